import Foundation
import PartnerCentral
import Synchronization
import Testing
import TriageCore

@testable import TriageTerminal

/// A scripted terminal: hands out queued input events and records what was drawn.
final class FakeBackend: TerminalBackend {
    var size: TerminalSize
    var input: [InputEvent]
    var frames: [Grid] = []
    var polls = 0
    /// Called on every poll, e.g. to post to the mailbox once the loop is running.
    var onPoll: (Int) -> Void = { _ in }

    init(size: TerminalSize, input: [InputEvent]) {
        self.size = size
        self.input = input
    }

    func poll(timeoutMilliseconds: Int) -> InputEvent? {
        polls += 1
        onPoll(polls)
        precondition(polls < 10_000, "the loop never finished")
        return input.isEmpty ? nil : input.removeFirst()
    }

    func draw(_ grid: Grid) { frames.append(grid) }
    func restore() {}
}

/// Records effects instead of running them.
final class RecordingEffects: EffectHandler {
    let started = Mutex<[TriageEffect]>([])
    func start(_ effect: TriageEffect, mailbox: any MessageSink) {
        started.withLock { $0.append(effect) }
    }
}

@Suite struct TriageRunLoopTests {
    let clock: @Sendable () -> Date = { ViewFixtures.now }

    func state() -> TriageState {
        TriageState(
            catalog: .sandbox, identityLabel: "endpoint http://127.0.0.1:1", now: ViewFixtures.now,
            sessionNonce: "nonce")
    }

    @Test func startsTheFirstPageAndQuitsOnQ() {
        let backend = FakeBackend(size: TerminalSize(columns: 100, rows: 30), input: [.key(.char("q"))])
        let effects = RecordingEffects()
        let outcome = TriageRunLoop(backend: backend, effects: effects, mailbox: Mailbox(), clock: clock).run(state())
        guard case .quit(let final) = outcome else {
            Issue.record("expected a quit, got \(outcome)")
            return
        }
        #expect(outcome.exitCode == 0)
        #expect(final.cols == 100 && final.rows == 30)
        let started = effects.started.withLock { $0 }
        #expect(started.contains { if case .listPage = $0 { true } else { false } })
        #expect(!started.contains(.quit))
        #expect(backend.frames.first?.columns == 100)
    }

    @Test func keysPassTheTranslationBeforeTheCore() {
        // x stands for ? (help): x opens the help, q closes it, q quits; ? itself is dropped.
        let backend = FakeBackend(
            size: TerminalSize(columns: 100, rows: 30),
            input: [.key(.char("?")), .key(.char("x")), .key(.char("q")), .key(.char("q"))])
        let seen = Mutex<[ScreenKind]>([])
        let outcome = TriageRunLoop(
            backend: backend, effects: RecordingEffects(), mailbox: Mailbox(), clock: clock,
            translateKey: { key, state in
                seen.withLock { $0.append(state.activeKind) }
                return key == .char("x") ? .char("?") : key == .char("?") ? nil : key
            }
        ).run(state())
        #expect(outcome.exitCode == 0)
        #expect(seen.withLock { $0 } == [.list, .list, .help, .list])
    }

    @Test func effectResultsArriveThroughTheMailboxAndAreDrawn() {
        let mailbox = Mailbox()
        let backend = FakeBackend(size: TerminalSize(columns: 80, rows: 24), input: [])
        let summaries = ViewFixtures.invitations.map(\.summary)
        backend.onPoll = { poll in
            if poll == 2 {
                mailbox.post(.pageLoaded(catalog: .sandbox, generation: 1, summaries: summaries, nextToken: nil))
            }
            if poll == 4 { backend.input.append(.key(.char("q"))) }
        }
        let outcome = TriageRunLoop(backend: backend, effects: RecordingEffects(), mailbox: mailbox, clock: clock)
            .run(state())
        #expect(outcome.state.loadedCount == summaries.count)
        #expect(backend.frames.last?.textSnapshot().contains("Data lake modernisa") == true)
    }

    @Test func aKeyIsHandledAtTheTimeItWasTypedSoTheGraceWindowStartsThere() {
        let mailbox = Mailbox()
        let now = Mutex(ViewFixtures.now)
        let backend = FakeBackend(size: TerminalSize(columns: 80, rows: 24), input: [])
        let summaries = ViewFixtures.invitations.map(\.summary)
        backend.onPoll = { poll in
            if poll == 2 {
                mailbox.post(.pageLoaded(catalog: .sandbox, generation: 1, summaries: summaries, nextToken: nil))
            }
            // Half a second after the last tick, too soon for the next one: the key brings its own time.
            if poll == 4 {
                now.withLock { $0 = ViewFixtures.now.addingTimeInterval(0.5) }
                backend.input += [.key(.char("r")), .key(.char("1")), .key(.char("y"))]
            }
            if poll == 8 { backend.input += [.key(.char("q")), .key(.char("y"))] }
        }
        let initial = TriageState(
            catalog: .sandbox, identityLabel: "endpoint http://127.0.0.1:1", now: ViewFixtures.now,
            sessionNonce: "nonce", graceSeconds: 5)
        let effects = RecordingEffects()
        let outcome = TriageRunLoop(
            backend: backend, effects: effects, mailbox: mailbox, clock: { now.withLock { $0 } }
        ).run(initial)
        #expect(outcome.state.grace?.deadline == ViewFixtures.now.addingTimeInterval(5.5))
        // Quitting in the window sent nothing.
        #expect(!effects.started.withLock { $0 }.contains { if case .reject = $0 { true } else { false } })
    }

    @Test func aSignalEndsTheLoopWithItsExitCode() {
        let mailbox = Mailbox()
        let backend = FakeBackend(size: TerminalSize(columns: 80, rows: 24), input: [])
        backend.onPoll = { poll in if poll == 3 { mailbox.post(signal: SIGTERM) } }
        let outcome = TriageRunLoop(backend: backend, effects: RecordingEffects(), mailbox: mailbox, clock: clock)
            .run(state())
        #expect(outcome.exitCode == 143)
    }

    @Test func resizeReachesTheCoreAndRedraws() {
        let backend = FakeBackend(
            size: TerminalSize(columns: 80, rows: 24),
            input: [.resize(TerminalSize(columns: 60, rows: 15)), .key(.char("q"))])
        let outcome = TriageRunLoop(backend: backend, effects: RecordingEffects(), mailbox: Mailbox(), clock: clock)
            .run(state())
        #expect(outcome.state.cols == 60 && outcome.state.rows == 15)
    }

    @Test func unchangedStateIsNotRedrawn() {
        let backend = FakeBackend(size: TerminalSize(columns: 80, rows: 24), input: [])
        backend.onPoll = { poll in if poll == 20 { backend.input.append(.key(.char("q"))) } }
        _ = TriageRunLoop(backend: backend, effects: RecordingEffects(), mailbox: Mailbox(), clock: clock).run(state())
        #expect(backend.frames.count == 1)
    }

    @Test func fullScreenDetailsReportWhereTheTextEnds() {
        var loaded = ViewFixtures.listState(cols: 80, rows: 24)
        let third = loaded.visibleRows.firstIndex { $0.id == "engi-0000000000003" } ?? 0
        ViewFixtures.press(Array(repeating: .down, count: third) + [.enter], on: &loaded)
        _ = loaded.update(
            .detailsLoaded(catalog: .sandbox, id: "engi-0000000000003", invitation: ViewFixtures.invitations[2]))
        let limit = TriageView.detailsScrollLimit(loaded)
        #expect(limit?.id == "engi-0000000000003")
        #expect((limit?.maxScroll ?? 0) > 0)
    }
}
