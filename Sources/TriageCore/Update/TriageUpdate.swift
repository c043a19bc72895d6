import Foundation
import PartnerCentral

/// The pure update function: the next state and the effects to run, for one message.
///
/// No I/O, no clock, no randomness: the same state and message always give the same result.
/// ```swift
/// var (state, effects) = triageUpdate(state, .key(.char("r")))
/// ```
/// - Parameters:
///   - state: The current state.
///   - message: What happened.
/// - Returns: The next state and the effects to run, in order.
public func triageUpdate(_ state: TriageState, _ message: TriageMessage) -> (TriageState, [TriageEffect]) {
    var next = state
    let effects = next.update(message)
    return (next, effects)
}

extension TriageState {
    /// How long transient footer messages stay.
    static let footerLifetime: [FooterMessage.Severity: TimeInterval] = [
        .info: 5, .success: 6, .warning: 10, .error: 15,
    ]

    /// The effects to run at start-up: the first page when a catalog was given.
    public mutating func start() -> [TriageEffect] {
        guard catalog != nil else { return [] }
        return reload()
    }

    /// Applies one message and returns the effects to run.
    public mutating func update(_ message: TriageMessage) -> [TriageEffect] {
        switch message {
        case .key(let key):
            return handleKey(key)
        case .resize(let cols, let rows):
            if cols != self.cols || rows != self.rows { detailsMaxScroll = [:] }
            self.cols = max(0, cols)
            self.rows = max(0, rows)
            clampCursor()
            return detailsEffects()
        case .tick(let now):
            self.now = now
            if let expiry = footer?.expiresAt, expiry <= now { footer = nil }
            return expireGrace() + watchTick()
        case .pageLoaded(let catalog, let generation, let summaries, let nextToken):
            return pageLoaded(catalog: catalog, generation: generation, summaries: summaries, nextToken: nextToken)
        case .pageFailed(let catalog, let generation, let message):
            return pageFailed(catalog: catalog, generation: generation, message: message)
        case .detailsLoaded(let catalog, let id, let invitation):
            return detailsLoaded(catalog: catalog, id: id, invitation: invitation)
        case .detailsFailed(let catalog, let id, let message):
            return detailsFailed(catalog: catalog, id: id, message: message)
        case .rejectSucceeded(_, let id, let reason):
            return rejectSucceeded(id: id, reason: reason)
        case .rejectFailed(let catalog, let id, let message, let errorCode):
            return writeFailed(catalog: catalog, id: id, message: message, errorCode: errorCode)
        case .acceptTaskStarted(let catalog, let id, let task):
            return acceptTaskStarted(catalog: catalog, id: id, task: task)
        case .acceptTaskPolled(let catalog, let id, let task):
            return acceptTaskPolled(catalog: catalog, id: id, task: task)
        case .acceptFailed(let catalog, let id, let message, let errorCode):
            return writeFailed(catalog: catalog, id: id, message: message, errorCode: errorCode)
        case .leadAccepted(let catalog, let id):
            return leadAccepted(catalog: catalog, id: id)
        case .acceptPollFailed(let catalog, let id, let message):
            return acceptPollFailed(catalog: catalog, id: id, message: message)
        case .writeOutcomeUnknown(let catalog, let id, let message):
            return writeOutcomeUnknown(catalog: catalog, id: id, message: message)
        case .writeNotSent(_, let id):
            return writeNotSent(id: id)
        case .decisionAlreadyMade(let catalog, let id, let invitation):
            return decisionAlreadyMade(catalog: catalog, id: id, invitation: invitation)
        case .stopRun:
            return stopBatch()
        case .engagementLoaded(_, let id, let engagement):
            engagements[id] = .loaded(EngagementDetails(engagement: engagement))
            return engagementAnswered(id: id)
        case .engagementFailed(_, let id, let message):
            engagements[id] = .failed(TerminalSafe.clean(message))
            return engagementAnswered(id: id)
        case .detailsScrollLimit(let id, let maxScroll):
            detailsMaxScroll[id] = max(0, maxScroll)
            clampDetailsScroll()
            return []
        case .identityResolved(let label):
            identityLabel = TerminalSafe.clean(label)
            return []
        case .mfaCodeRequested(let prompt):
            stack.append(.mfaCode(prompt: TerminalSafe.clean(prompt), entered: ""))
            return []
        case .pipelineLoaded(let catalog, let key, let opportunities):
            return pipelineLoaded(catalog: catalog, key: key, opportunities: opportunities)
        case .pipelineFailed(let catalog, let key, let message):
            return pipelineFailed(catalog: catalog, key: key, message: message)
        case .acceptedOpportunityFound(let catalog, let id, let opportunityID):
            return acceptedOpportunityFound(catalog: catalog, id: id, opportunityID: opportunityID)
        case .opportunityLoaded(_, let id, let opportunity):
            accepted[id]?.opportunity = .loaded(OpportunityFacts(opportunity))
            return []
        case .awsSummaryLoaded(_, let id, let summary):
            accepted[id]?.awsSummary = .loaded(AwsSummaryFacts(summary))
            return []
        case .membersLoaded(_, let id, let members):
            engagementMembers[id] = .loaded(members.prefix(TerminalSafe.maxListItems).map(EngagementLines.member))
            return []
        case .followUpFailed(_, let id, let read, let message):
            followUpFailed(id: id, read: read, message: TerminalSafe.clean(message))
            return []
        case .assignAnswered(_, let id, let failure):
            return assignAnswered(id: id, failure: failure)
        case .urlNotOpened(let url):
            return urlNotOpened(url)
        case .notice(let message, let severity):
            show(TerminalSafe.clean(message), severity)
            return []
        case .connectionProgress(let call, let text):
            if let text {
                connectionNotice = ConnectionNotice(call: call, text: TerminalSafe.clean(text))
            } else if connectionNotice?.call == call {
                connectionNotice = nil
            }
            return []
        }
    }

    /// Sets the footer message; it clears itself on the first tick after its lifetime.
    mutating func show(_ text: String, _ severity: FooterMessage.Severity) {
        let lifetime = TriageState.footerLifetime[severity] ?? 5
        footer = FooterMessage(text: text, severity: severity, expiresAt: now.addingTimeInterval(lifetime))
    }

    /// Quits at once, or asks first while a reject or accept is in flight or a confirmed reject waits to be sent.
    mutating func requestQuit() -> [TriageEffect] {
        if quitNeedsConfirmation {
            if screen != .quitConfirm {
                stack.append(.quitConfirm)
                holdGrace()
            }
            return []
        }
        return [.quit]
    }

    /// Keeps the details scroll within what the view reported for the shown invitation.
    mutating func clampDetailsScroll() {
        detailsScroll = max(0, detailsScroll)
        if case .details(let id) = baseScreen, let limit = detailsMaxScroll[id] {
            detailsScroll = min(detailsScroll, limit)
        }
    }

    /// Removes the top layer (never the last one).
    mutating func pop() {
        if stack.count > 1 { stack.removeLast() }
    }
}
