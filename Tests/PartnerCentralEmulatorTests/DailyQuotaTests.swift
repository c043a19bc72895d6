import Foundation
import PartnerCentral
import Testing

@testable import PartnerCentralEmulator

/// The documented daily quotas (100,000 reads and 10,000 writes per rolling 24 hours), scaled down so a test reaches
/// them: a limiter allowing three writes a day.
@Suite struct DailyQuotaTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func writesStopAtTheDailyLimitUntilTheOldestLeavesTheWindow() {
        let limiter = QuotaLimiter(dailyReads: 100_000, dailyWrites: 3)
        let at = { (seconds: TimeInterval) in Self.start.addingTimeInterval(seconds) }
        #expect(limiter.admit(.rejectEngagementInvitation, now: at(0)))
        // Throttled by the per-second bucket: it does not count against the day.
        #expect(!limiter.admit(.rejectEngagementInvitation, now: at(0.1)))
        #expect(limiter.admit(.rejectEngagementInvitation, now: at(1)))
        #expect(limiter.admit(.startEngagementByAcceptingInvitationTask, now: at(2)))
        // The day is used up; the per-second bucket alone would allow these.
        #expect(!limiter.admit(.rejectEngagementInvitation, now: at(10)))
        #expect(!limiter.admit(.rejectEngagementInvitation, now: at(QuotaLimiter.day - 1)))
        // Reads have their own daily count.
        #expect(limiter.admit(.listEngagementInvitations, now: at(QuotaLimiter.day - 1)))
        // 24 hours after the first write, one write fits again, and only one.
        #expect(limiter.admit(.rejectEngagementInvitation, now: at(QuotaLimiter.day)))
        #expect(!limiter.admit(.rejectEngagementInvitation, now: at(QuotaLimiter.day + 0.5)))
        #expect(limiter.admit(.rejectEngagementInvitation, now: at(QuotaLimiter.day + 1)))
    }

    @Test func theDocumentedLimitsAreTheDefaults() {
        let limiter = QuotaLimiter()
        var admitted = 0
        // Just under ten reads a second for three and a half hours: 108,000 attempts, of which the day admits 100,000.
        for tick in 0..<108_000 {
            let now = Self.start.addingTimeInterval(Double(tick) * 0.11)
            if limiter.admit(.getEngagementInvitation, now: now) { admitted += 1 }
        }
        #expect(admitted == 100_000)
    }

    @Test func memoryIsBoundedByTheWindowNotByTraffic() {
        var counter = RollingWindowCounter(limit: .max, window: 3_600)
        for second in 0..<20_000 {
            let now = Self.start.addingTimeInterval(Double(second))
            let fits = counter.hasRoom(now: now)
            #expect(fits)
            counter.record(now: now)
            counter.record(now: now)
        }
        #expect(counter.heldSeconds <= 3_600)
        #expect(counter.count == 7_200)
    }
}
