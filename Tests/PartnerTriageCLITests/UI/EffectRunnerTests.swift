import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Synchronization
import Testing
import TriageCore
import TriageTerminal

@testable import PartnerTriageCLI
@testable import TriageEffects

/// A scripted Partner Central for the UI's effect runner; records calls and an event log shared with the audit.
final class FakeTriageService: TriageService {
    let events = Mutex<[String]>([])
    let listRequests = Mutex<[(ListEngagementInvitationsRequest, RequestPriority)]>([])
    let taskRequests = Mutex<[ListEngagementByAcceptingInvitationTasksRequest]>([])
    let rejectError: PartnerCentralError?
    /// Background list calls take 200 ms, long enough to be cancelled first (to test `.cancelBackground`).
    let backgroundListsHang: Bool

    init(rejectError: PartnerCentralError? = nil, backgroundListsHang: Bool = false) {
        self.rejectError = rejectError
        self.backgroundListsHang = backgroundListsHang
    }

    func listPage(_ request: ListEngagementInvitationsRequest, priority: RequestPriority) async throws
        -> ListEngagementInvitationsResponse
    {
        listRequests.withLock { $0.append((request, priority)) }
        if backgroundListsHang && priority == .background {
            try await Task.sleep(for: .milliseconds(200))
        }
        return ListEngagementInvitationsResponse(
            engagementInvitationSummaries: [
                EngagementInvitationSummary(id: "engi-aaaaaaaaaaaaa", catalog: request.catalog)
            ],
            nextToken: "next")
    }

    func getInvitation(_ request: GetEngagementInvitationRequest, priority: RequestPriority) async throws
        -> EngagementInvitation
    {
        EngagementInvitation(id: request.identifier, catalog: request.catalog)
    }

    /// While set, a write waits here for the budget until the test clears it or the wait is cancelled.
    let budgetClosed = Mutex(false)
    /// While set, a reject that has been sent waits here for its answer.
    let answerHeld = Mutex(false)

    func waitForWriteBudget() async throws {
        events.withLock { $0.append("budget") }
        while budgetClosed.withLock({ $0 }) {
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    func reject(_ request: RejectEngagementInvitationRequest) async throws -> WriteReceipt {
        events.withLock { $0.append("reject \(request.identifier) \(request.rejectionReason ?? "")") }
        while answerHeld.withLock({ $0 }) {
            // As the real client does: a cancelled request throws, although the service may have acted on it.
            if Task.isCancelled { throw CancellationError() }
            try? await Task.sleep(for: .milliseconds(5))
        }
        if let rejectError { throw rejectError }
        return WriteReceipt(requestId: "req-1")
    }

    func startAccept(_ request: StartEngagementByAcceptingInvitationTaskRequest) async throws
        -> (StartEngagementByAcceptingInvitationTaskResponse, requestId: String?)
    {
        events.withLock { $0.append("start \(request.identifier) \(request.clientToken)") }
        return (StartEngagementByAcceptingInvitationTaskResponse(taskId: "task-1", taskStatus: .inProgress), "req-2")
    }

    func acceptLead(_ request: AcceptEngagementInvitationRequest) async throws -> WriteReceipt {
        events.withLock { $0.append("accept \(request.identifier)") }
        return WriteReceipt(requestId: "req-3")
    }

    func getEngagement(_ request: GetEngagementRequest) async throws -> GetEngagementResponse {
        events.withLock { $0.append("engagement \(request.identifier)") }
        return GetEngagementResponse(id: request.identifier)
    }

    func listAcceptTasks(_ request: ListEngagementByAcceptingInvitationTasksRequest) async throws
        -> ListEngagementByAcceptingInvitationTasksResponse
    {
        taskRequests.withLock { $0.append(request) }
        return ListEngagementByAcceptingInvitationTasksResponse(
            taskSummaries: [ListEngagementByAcceptingInvitationTaskSummary(taskId: "task-1", taskStatus: .complete)])
    }
}

/// Forwards to a mailbox and notes when the last reference to it goes: the runner's task for an effect holds the
/// sink it was started with until the task has ended, so once it is released nothing more can be posted or audited
/// for that effect, which lets a test check for something that must not happen without guessing how long to wait.
final class ReleaseTrackingSink: MessageSink {
    private let mailbox: Mailbox
    private let released: SharedFlag

    private init(_ mailbox: Mailbox, released: SharedFlag) {
        self.mailbox = mailbox
        self.released = released
    }

    deinit { released.set() }

    func post(_ message: TriageMessage) { mailbox.post(message) }

    /// Starts `effect` on `runner` with a sink forwarding to `mailbox`; the result says whether its task has ended.
    static func start(_ effect: TriageEffect, on runner: EffectRunner, mailbox: Mailbox) -> @Sendable () -> Bool {
        let released = SharedFlag()
        runner.start(effect, mailbox: ReleaseTrackingSink(mailbox, released: released))
        return { released.isSet }
    }
}

/// A flag another object sets when it goes away.
final class SharedFlag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}

@Suite struct EffectRunnerTests {
    static let now = Date(timeIntervalSince1970: 1_795_694_400)

    /// Waits (bounded) until the mailbox has produced `count` messages.
    func messages(_ mailbox: Mailbox, count: Int) async -> [TriageMessage] {
        var collected: [TriageMessage] = []
        let deadline = ContinuousClock.now + .seconds(120)
        while collected.count < count && ContinuousClock.now < deadline {
            for item in mailbox.drain() {
                if case .message(let message) = item { collected.append(message) }
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return collected
    }

    @Test func listPageAnswersWithTheSameGenerationAndTheQuerysRequest() async {
        let service = FakeTriageService()
        let mailbox = Mailbox()
        let runner = EffectRunner(service: service, audit: nil, clock: { Self.now }, sleep: { _ in })
        runner.start(
            .listPage(
                catalog: .sandbox, query: ListQuery(status: .rejected), token: "t1", generation: 7,
                priority: .foreground),
            mailbox: mailbox)
        let received = await messages(mailbox, count: 1)
        guard case .pageLoaded(let catalog, let generation, let summaries, let nextToken)? = received.first else {
            Issue.record("expected pageLoaded, got \(received)")
            return
        }
        #expect(catalog == .sandbox && generation == 7 && summaries.count == 1 && nextToken == "next")
        let (request, priority) = service.listRequests.withLock { $0[0] }
        #expect(request.nextToken == "t1" && request.status == [.rejected] && request.catalog == "Sandbox")
        #expect(priority == .foreground)
    }

    @Test func rejectIsAuditedBeforeItsResultIsPosted() async {
        let service = FakeTriageService()
        let mailbox = Mailbox()
        let runner = EffectRunner(
            service: service,
            audit: { record in
                service.events.withLock {
                    $0.append("audit \(record.id) \(record.outcome.rawValue) \(record.reason ?? "")")
                }
            }, clock: { Self.now }, sleep: { _ in })
        runner.start(.reject(catalog: .sandbox, id: "engi-aaaaaaaaaaaaa", reason: .unableToSupport), mailbox: mailbox)
        let received = await messages(mailbox, count: 1)
        guard case .rejectSucceeded(_, let id, let reason)? = received.first else {
            Issue.record("expected rejectSucceeded, got \(received)")
            return
        }
        #expect(id == "engi-aaaaaaaaaaaaa" && reason == .unableToSupport)
        #expect(
            service.events.withLock { $0 } == [
                "budget", "audit engi-aaaaaaaaaaaaa attempting Unable to support",
                "reject engi-aaaaaaaaaaaaa Unable to support", "audit engi-aaaaaaaaaaaaa rejected Unable to support",
            ])
    }

    @Test func withdrawingAWriteStillWaitingForTheBudgetSendsNothing() async {
        let service = FakeTriageService()
        service.budgetClosed.withLock { $0 = true }
        let audited = Mutex<[AuditRecord]>([])
        let mailbox = Mailbox()
        let runner = EffectRunner(
            service: service, audit: { record in audited.withLock { $0.append(record) } }, clock: { Self.now },
            sleep: { _ in })
        runner.start(.reject(catalog: .sandbox, id: "engi-aaaaaaaaaaaaa", reason: .other), mailbox: mailbox)
        await waitUntil("the write to wait for the budget") { service.events.withLock { $0 } == ["budget"] }
        runner.start(.withdrawUnsentWrites, mailbox: mailbox)
        let received = await messages(mailbox, count: 1)
        guard case .writeNotSent(.sandbox, "engi-aaaaaaaaaaaaa")? = received.first, received.count == 1 else {
            Issue.record("expected writeNotSent, got \(received)")
            return
        }
        #expect(service.events.withLock { $0 } == ["budget"])
        #expect(audited.withLock { $0 }.isEmpty)
    }

    @Test func aWriteAlreadySentIsNotWithdrawn() async {
        let service = FakeTriageService()
        service.answerHeld.withLock { $0 = true }
        let mailbox = Mailbox()
        let runner = EffectRunner(service: service, audit: nil, clock: { Self.now }, sleep: { _ in })
        runner.start(.reject(catalog: .sandbox, id: "engi-aaaaaaaaaaaaa", reason: .other), mailbox: mailbox)
        await waitUntil("the reject to be sent") { service.events.withLock { $0 }.count == 2 }
        runner.start(.withdrawUnsentWrites, mailbox: mailbox)
        service.answerHeld.withLock { $0 = false }
        let received = await messages(mailbox, count: 1)
        guard case .rejectSucceeded(.sandbox, "engi-aaaaaaaaaaaaa", .other)? = received.first, received.count == 1
        else {
            Issue.record("expected rejectSucceeded, got \(received)")
            return
        }
    }

    @Test func aFailedRejectPostsTheClientsOneLineMessageAndCode() async {
        let service = FakeTriageService(
            rejectError: .conflict(
                ErrorContext(
                    operation: .rejectEngagementInvitation, catalog: "Sandbox", identifier: "engi-aaaaaaaaaaaaa",
                    code: "ConflictException", serviceMessage: "Invitation is not PENDING", requestId: "req-9")))
        let audited = Mutex<[AuditRecord]>([])
        let mailbox = Mailbox()
        let runner = EffectRunner(
            service: service, audit: { record in audited.withLock { $0.append(record) } }, clock: { Self.now },
            sleep: { _ in })
        runner.start(.reject(catalog: .sandbox, id: "engi-aaaaaaaaaaaaa", reason: .other), mailbox: mailbox)
        let received = await messages(mailbox, count: 1)
        guard case .rejectFailed(_, _, let message, let code)? = received.first else {
            Issue.record("expected rejectFailed, got \(received)")
            return
        }
        #expect(code == "ConflictException")
        #expect(!message.isEmpty && !message.contains("\n"))
        #expect(audited.withLock { $0 }.map(\.outcome) == [.attempting, .failed])
        let record = audited.withLock { $0.last }
        #expect(record?.outcome == .failed && record?.errorCode == "ConflictException" && record?.requestId == "req-9")
    }

    @Test func cancelBackgroundDropsBackgroundReadsButNotTheUsers() async {
        let service = FakeTriageService(backgroundListsHang: true)
        let mailbox = Mailbox()
        let runner = EffectRunner(service: service, audit: nil, clock: { Self.now }, sleep: { _ in })
        let backgroundEnded = ReleaseTrackingSink.start(
            .listPage(catalog: .sandbox, query: ListQuery(), token: "t2", generation: 1, priority: .background),
            on: runner, mailbox: mailbox)
        runner.start(.cancelBackground, mailbox: mailbox)
        runner.start(
            .getInvitation(catalog: .sandbox, id: "engi-bbbbbbbbbbbbb", priority: .foreground), mailbox: mailbox)
        let received = await messages(mailbox, count: 1)
        #expect(received.count == 1)
        if case .detailsLoaded(_, let id, _)? = received.first {
            #expect(id == "engi-bbbbbbbbbbbbb")
        } else {
            Issue.record("expected detailsLoaded, got \(received)")
        }
        // Uncancelled, the page would answer after 200 ms; cancelled, its task ends without a word.
        await waitUntil("the background read to end", backgroundEnded)
        #expect(mailbox.drain().isEmpty)
    }

    @Test func acceptStartsWithTheCoresTokenAndPollsTheTask() async {
        let service = FakeTriageService()
        let mailbox = Mailbox()
        let runner = EffectRunner(service: service, audit: nil, clock: { Self.now }, sleep: { _ in })
        runner.start(
            .startAccept(catalog: .sandbox, id: "engi-ccccccccccccc", clientToken: "nonce-1"), mailbox: mailbox)
        runner.start(
            .pollAcceptTask(catalog: .sandbox, id: "engi-ccccccccccccc", taskID: "task-1", delay: .seconds(60)),
            mailbox: mailbox)
        let received = await messages(mailbox, count: 2)
        #expect(received.count == 2)
        #expect(service.events.withLock { $0 } == ["budget", "start engi-ccccccccccccc nonce-1"])
        #expect(service.taskRequests.withLock { $0.first?.taskIdentifier } == ["task-1"])
    }

    @Test func aLeadIsAcceptedDirectlyAuditedAndItsEngagementRead() async {
        let service = FakeTriageService()
        let mailbox = Mailbox()
        let runner = EffectRunner(
            service: service,
            audit: { record in service.events.withLock { $0.append("audit \(record.id) \(record.outcome.rawValue)") } },
            clock: { Self.now }, sleep: { _ in })
        runner.start(.acceptLead(catalog: .sandbox, id: "engi-ddddddddddddd"), mailbox: mailbox)
        let accepted = await messages(mailbox, count: 1)
        guard case .leadAccepted(_, let acceptedID)? = accepted.first else {
            Issue.record("expected leadAccepted, got \(accepted)")
            return
        }
        #expect(acceptedID == "engi-ddddddddddddd")
        runner.start(
            .getEngagement(catalog: .sandbox, id: "engi-ddddddddddddd", engagementID: "eng-00000000000009"),
            mailbox: mailbox)
        let loaded = await messages(mailbox, count: 1)
        guard case .engagementLoaded(_, let id, let engagement)? = loaded.first else {
            Issue.record("expected engagementLoaded, got \(loaded)")
            return
        }
        #expect(id == "engi-ddddddddddddd" && engagement.id == "eng-00000000000009")
        #expect(
            service.events.withLock { $0 } == [
                "budget", "audit engi-ddddddddddddd attempting", "accept engi-ddddddddddddd",
                "audit engi-ddddddddddddd accepted",
                "engagement eng-00000000000009",
            ])
    }

    // MARK: - Quitting while a write is in flight

    @Test func quittingWhileARejectIsInFlightRecordsItUnknownNeverFailed() async {
        let service = FakeTriageService()
        service.answerHeld.withLock { $0 = true }
        let audited = Mutex<[AuditRecord]>([])
        let mailbox = Mailbox()
        let runner = EffectRunner(
            service: service, audit: { record in audited.withLock { $0.append(record) } }, clock: { Self.now },
            sleep: { _ in })
        let writeEnded = ReleaseTrackingSink.start(
            .reject(catalog: .sandbox, id: "engi-aaaaaaaaaaaaa", reason: .other), on: runner, mailbox: mailbox)
        await waitUntil("the reject to be sent") { !runner.writesInFlight.isEmpty }

        let left = await runner.settleWrites(within: .milliseconds(100))
        runner.cancelAll()

        #expect(left.map(\.id) == ["engi-aaaaaaaaaaaaa"])
        // The cancelled request ends with an error; it must not add a "failed" line after the "unknown" one.
        await waitUntil("the cancelled write to end", writeEnded)
        #expect(audited.withLock { $0 }.map(\.outcome) == [.attempting, .unknown])
        #expect(audited.withLock { $0 }.last?.errorCode == "SessionEnded")
    }

    @Test func quittingWaitsForAnAnswerThatComesInTimeAndTheSummaryCountsIt() async {
        let service = FakeTriageService()
        service.answerHeld.withLock { $0 = true }
        let audited = Mutex<[AuditRecord]>([])
        let mailbox = Mailbox()
        let runner = EffectRunner(
            service: service, audit: { record in audited.withLock { $0.append(record) } }, clock: { Self.now },
            sleep: { _ in })
        runner.start(.reject(catalog: .sandbox, id: "engi-aaaaaaaaaaaaa", reason: .other), mailbox: mailbox)
        await waitUntil("the reject to be sent") { !runner.writesInFlight.isEmpty }
        Task {
            try? await Task.sleep(for: .milliseconds(200))
            service.answerHeld.withLock { $0 = false }
        }
        let state = TriageState(catalog: .sandbox, identityLabel: "test", now: Self.now, sessionNonce: "n")

        let (final, abandoned) = await TriageUILauncher.settleWrites(
            runner: runner, mailbox: mailbox, state: state, timeout: .seconds(120), standardError: { _ in })

        #expect(abandoned.isEmpty)
        #expect(audited.withLock { $0 }.map(\.outcome) == [.attempting, .rejected])
        #expect(final.session.summary == "This session: 1 rejected, 0 accepted, 0 failed.")
    }

    @Test func aRejectWhoseAnswerWasLostIsUnknownNotFailed() async {
        let service = FakeTriageService(
            rejectError: .transport(
                .timeout(seconds: 30), ErrorContext(operation: .rejectEngagementInvitation, catalog: "Sandbox")))
        let audited = Mutex<[AuditRecord]>([])
        let mailbox = Mailbox()
        let runner = EffectRunner(
            service: service, audit: { record in audited.withLock { $0.append(record) } }, clock: { Self.now },
            sleep: { _ in })
        runner.start(.reject(catalog: .sandbox, id: "engi-aaaaaaaaaaaaa", reason: .other), mailbox: mailbox)
        let received = await messages(mailbox, count: 1)
        guard case .writeOutcomeUnknown(.sandbox, "engi-aaaaaaaaaaaaa", _)? = received.first else {
            Issue.record("expected writeOutcomeUnknown, got \(received)")
            return
        }
        #expect(audited.withLock { $0 }.map(\.outcome) == [.attempting, .unknown])
        #expect(audited.withLock { $0 }.last?.errorCode == "RequestTimeout")
    }
}
