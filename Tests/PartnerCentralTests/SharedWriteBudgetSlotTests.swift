import Foundation
import Testing

@testable import PartnerCentral

/// The shared write slot: one interval between writes, and a write in flight holds the slot until it is answered,
/// its holder dies, or it outlives any attempt. Times are given, never read from a clock.
@Suite("Shared write slot")
struct SharedWriteBudgetSlotTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pt-slot-\(UUID().uuidString)")

    func budget(alive: Bool = true) -> SharedWriteBudget {
        SharedWriteBudget(directory: directory, interval: 1, holdLimit: 31, isAlive: { _ in alive })
    }

    var file: URL { directory.appendingPathComponent("write-budget-test") }

    @Test func aWriteInFlightHoldsTheSlotUntilItsAnswerArrives() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let budget = budget()
        guard case .claimed(let first) = try budget.claim(file, now: 100, pid: 11) else {
            Issue.record("an empty slot was not claimed")
            return
        }
        // The request is slow to arrive: a second later the slot is still held, so nobody follows it too closely.
        #expect(try budget.claim(file, now: 101.5, pid: 12) == .wait(SharedWriteBudget.heldPollInterval))
        try budget.finished(file, claim: first, now: 102)
        #expect(try budget.claim(file, now: 102.5, pid: 12) == .wait(0.5))
        #expect(try budget.claim(file, now: 103, pid: 12) == .claimed(.init(pid: 12, at: 103)))
    }

    @Test func theAnswerReleasesAClaimMadeAtAnyFractionOfASecond() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let budget = budget()
        let now = 1_764_633_600.123_456_789
        guard case .claimed(let claim) = try budget.claim(file, now: now, pid: 11) else {
            Issue.record("an empty slot was not claimed")
            return
        }
        try budget.finished(file, claim: claim, now: now + 0.25)
        guard case .wait(let wait) = try budget.claim(file, now: now + 0.5, pid: 12) else {
            Issue.record("a write followed the last one within the interval")
            return
        }
        #expect(abs(wait - 0.75) < 0.001)
    }

    @Test func aHolderThatDiedOrOutlivedEveryAttemptReleasesTheSlot() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try budget().claim(file, now: 100, pid: 11)
        #expect(try budget(alive: false).claim(file, now: 101, pid: 12) == .claimed(.init(pid: 12, at: 101)))
        _ = try budget().claim(file, now: 200, pid: 13)
        #expect(try budget().claim(file, now: 230, pid: 14) == .wait(SharedWriteBudget.heldPollInterval))
        #expect(try budget().claim(file, now: 231, pid: 14) == .claimed(.init(pid: 14, at: 231)))
    }

    @Test func aLateAnswerDoesNotReleaseALaterClaim() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let budget = budget()
        guard case .claimed(let stale) = try budget.claim(file, now: 100, pid: 11) else { return }
        guard case .claimed = try budget.claim(file, now: 140, pid: 12) else {
            Issue.record("an expired hold was not taken over")
            return
        }
        try budget.finished(file, claim: stale, now: 140.5)
        #expect(try budget.claim(file, now: 142, pid: 13) == .wait(SharedWriteBudget.heldPollInterval))
    }

    @Test(arguments: ["", "garbage", "nan", "1e400 5 x", "1700000000.5\n"])
    func anUnreadableOrOldFileIsAnEmptySlot(text: String) throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        #expect(try budget().claim(file, now: 1_800_000_000, pid: 12) == .claimed(.init(pid: 12, at: 1_800_000_000)))
    }

    @Test func aTimeAheadOfNowHoldsAWriteBackOneIntervalAtMost() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let budget = budget()
        guard case .claimed(let claim) = try budget.claim(file, now: 500, pid: 11) else { return }
        try budget.finished(file, claim: claim, now: 500.2)
        // The clock went back 400 s.
        #expect(try budget.claim(file, now: 100, pid: 12) == .wait(1))
    }
}
