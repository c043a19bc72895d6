import Clocks
import Foundation
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentral
@testable import PartnerCentralEmulator

@Suite struct RequestPacerTests {
    @Test func tokenBucketRefillsAtItsRateUpToItsCapacity() {
        var bucket = TokenBucket(rate: 10, capacity: 10)
        func takes(_ count: Int, at now: Double) -> Int { (0..<count).filter { _ in bucket.take(now: now) }.count }
        #expect(takes(11, at: 0) == 10)
        let wait = bucket.timeUntilToken(now: 0)
        #expect(abs(wait - 0.1) < 1e-9)
        #expect(takes(1, at: 0.05) == 0)
        #expect(takes(1, at: 0.1) == 1)
        let later = bucket.timeUntilToken(now: 100)
        #expect(later == 0)
        #expect(takes(11, at: 100) == 10)
    }

    @Test func writesArePacedToOnePerSecondWithoutBlockingReads() async throws {
        let clock = TestClock<Duration>()
        let pacer = RequestPacer(quotas: .partnerCentral, clock: clock)
        let done = Recorder<String>()

        try await pacer.acquire(readOnly: false)
        let second = Task {
            try await pacer.acquire(readOnly: false)
            await done.append("write 2")
        }
        try await eventually("the second write to wait") { await pacer.waitingCount == 1 }
        try await pacer.acquire(readOnly: true)  // reads have their own budget
        #expect(await done.values.isEmpty)

        try await eventually("the pacer's timer") { await clock.hasSleepers }
        await clock.advance(by: .milliseconds(500))
        #expect(await clock.hasSleepers)  // half a second later the timer has not fired
        #expect(await done.values.isEmpty)
        await clock.advance(by: .milliseconds(500))
        try await second.value
        #expect(await done.values == ["write 2"])
        #expect(clock.elapsed == .seconds(1))
    }

    @Test func interactiveCallsGoBeforeBackgroundCallsWaitingForTheSameBudget() async throws {
        let clock = TestClock<Duration>()
        let pacer = RequestPacer(quotas: .init(readsPerSecond: 1, writesPerSecond: 1), clock: clock)
        let order = Recorder<String>()
        try await pacer.acquire(readOnly: true)  // spend the only token

        let background = Task {
            try await pacer.acquire(readOnly: true, priority: .background)
            await order.append("background")
        }
        try await eventually("the background read to wait") { await pacer.waitingCount == 1 }
        let interactive = Task {
            try await pacer.acquire(readOnly: true, priority: .interactive)
            await order.append("interactive")
        }
        try await eventually("both reads to wait") { await pacer.waitingCount == 2 }

        try await eventually("the pacer's timer") { await clock.hasSleepers }
        await clock.advance(by: .seconds(1))
        try await interactive.value
        #expect(await order.values == ["interactive"])
        try await eventually("the next timer") { await clock.hasSleepers }
        await clock.advance(by: .seconds(1))
        try await background.value
        #expect(await order.values == ["interactive", "background"])
    }

    @Test func waitingForTheBudgetTakesNoneOfIt() async throws {
        let clock = TestClock<Duration>()
        let pacer = RequestPacer(quotas: .init(readsPerSecond: 1, writesPerSecond: 1), clock: clock)
        try await pacer.waitForBudget(readOnly: false)
        try await pacer.waitForBudget(readOnly: false)
        try await pacer.acquire(readOnly: false)  // the token is still there after two waits
        let waiter = Task { try await pacer.waitForBudget(readOnly: false) }
        try await eventually("the wait to queue") { await pacer.waitingCount == 1 }
        try await eventually("the pacer's timer") { await clock.hasSleepers }
        await clock.advance(by: .seconds(1))
        try await waiter.value
        try await pacer.acquire(readOnly: false)  // and the wait did not take the new one
        #expect(clock.elapsed == .seconds(1))
    }

    @Test func theNextWriteIsCountedFromTheLastWritesAnswer() async throws {
        let clock = TestClock<Duration>()
        let pacer = RequestPacer(quotas: .init(readsPerSecond: 1, writesPerSecond: 1), clock: clock)
        try await pacer.acquire(readOnly: false)
        await clock.advance(by: .milliseconds(800))  // a slow answer
        await pacer.writeFinished()
        let next = Task { try await pacer.acquire(readOnly: false) }
        try await eventually("the next write to wait") { await pacer.waitingCount == 1 }
        try await eventually("the pacer's timer") { await clock.hasSleepers }
        await clock.advance(by: .milliseconds(500))  // 1.3 s after the grant, but only 0.5 s after the answer
        #expect(await pacer.waitingCount == 1)
        try await eventually("the next timer") { await clock.hasSleepers }
        await clock.advance(by: .milliseconds(500))
        try await next.value
        #expect(clock.elapsed == .milliseconds(1800))
    }

    @Test func theClientPacesATenthUnderTheDocumentedQuotas() {
        #expect(RequestPacer.Quotas.partnerCentral == .init(readsPerSecond: 10, writesPerSecond: 1))
        #expect(ClientOptions().quotas == .partnerCentralWithHeadroom)
        #expect(
            RequestPacer.Quotas.partnerCentralWithHeadroom
                == .init(readsPerSecond: 9, writesPerSecond: 0.9, readBurst: 10, writeBurst: 1))
    }

    @Test func twentyPagesStartWithTheServicesBurstAndStayWithinItsQuota() {
        // The pacer's read bucket with the default quotas, asked for 20 pages as fast as it grants them.
        let quotas = RequestPacer.Quotas.partnerCentralWithHeadroom
        var bucket = TokenBucket(rate: quotas.readsPerSecond, capacity: quotas.readBurst)
        var now = 0.0
        var times: [Double] = []
        for _ in 0..<20 {
            now += bucket.timeUntilToken(now: now)
            let taken = bucket.take(now: now)
            #expect(taken)
            times.append(now)
        }
        #expect(times.prefix(10).allSatisfy { $0 == 0 })
        // Ten at once, then nine a second: the twentieth at 10/9 s, where a bucket of nine would take 11/9 s.
        #expect(abs(times[19] - 10.0 / 9) < 0.001)
        // The emulator's model of the service's bucket, written apart from the pacer, refuses none of them.
        var service = ServiceQuotaBucket(rate: 10, burst: 10)
        for time in times {
            let granted = service.take(now: Date(timeIntervalSince1970: time))
            #expect(granted, "refused at \(time) s")
        }
    }

    @Test func aCancelledWaiterLeavesTheQueue() async throws {
        let clock = TestClock<Duration>()
        let pacer = RequestPacer(quotas: .init(readsPerSecond: 1, writesPerSecond: 1), clock: clock)
        try await pacer.acquire(readOnly: false)
        let waiter = Task { try await pacer.acquire(readOnly: false) }
        try await eventually("the write to wait") { await pacer.waitingCount == 1 }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(await pacer.waitingCount == 0)
    }
}
