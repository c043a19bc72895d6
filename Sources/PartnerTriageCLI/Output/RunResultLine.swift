import PartnerCentral
import TriageCore

/// One result line of `reject` or `accept`: `engi-…  rejected`, `engi-…  failed  …`. The id is never shortened
/// (ids were checked against the model's pattern, and two ARNs can differ only at their end).
enum RunResultLine {
    /// The line for `result`, its service text made terminal-safe.
    static func line(for result: RunResult, catalog: Catalog) -> String {
        let (outcome, detail) = parts(of: result, catalog: catalog)
        var line = "\(TerminalText.quote(result.id, limit: .max))  \(outcome)"
        if let detail, !detail.isEmpty { line += "  \(detail)" }
        return line
    }

    /// The audit-style outcome word and what follows it.
    static func parts(of result: RunResult, catalog: Catalog) -> (outcome: String, detail: String?) {
        let clean = TerminalSafeLine.clean
        switch result.outcome {
        case .rejected:
            return ("rejected", nil)
        case .alreadyMade(.rejected, let reason):
            return (
                "already-rejected",
                reason.map { "was already REJECTED (reason: \(clean($0)))" } ?? "was already REJECTED"
            )
        case .alreadyMade:
            return ("already-accepted", "was already ACCEPTED")
        case .failed(let message, _):
            return ("failed", clean(message))
        case .unknown(let message):
            return ("unknown", clean(message + " It may have been carried out: check before retrying."))
        case .leadAccepted(let engagementID, let engagement):
            guard let engagementID else { return ("accepted", "lead") }
            return ("accepted", clean("lead, engagement \(engagementID), \(contactText(engagement))"))
        case .taskCompleted(let taskID, let opportunityID):
            let opportunity = opportunityID.map { "opportunity \(clean($0)), " } ?? ""
            return ("accepted", opportunity + taskLabel(taskID))
        case .taskFailed(let taskID, let reasonCode, let message):
            let said = message.map { ": \(clean($0))" } ?? ""
            return ("failed", "\(taskLabel(taskID)) FAILED \(clean(reasonCode ?? ""))\(said)")
        case .taskStarted(let taskID):
            return ("accept-started", "\(taskLabel(taskID)) started")
        case .taskNotConfirmed(let taskID, .stillRunning):
            return ("accept-started", "\(taskLabel(taskID)) still IN_PROGRESS; check it later in Partner Central")
        case .taskNotConfirmed(let taskID, .pollFailed(let message)):
            return ("accept-started", "\(taskLabel(taskID)) started; could not follow it: \(clean(message))")
        case .taskNotConfirmed(let taskID, .stoppedWaiting):
            return (
                "accept-started",
                "\(taskLabel(taskID)) started; stopped waiting, it goes on at AWS: check it later with partner-triage "
                    + "show \(TerminalText.quote(result.id, limit: .max)) --catalog \(catalog.rawValue)"
            )
        }
    }

    private static func taskLabel(_ taskID: String?) -> String {
        taskID.map { "task \(TerminalSafeLine.clean($0))" } ?? "task"
    }

    private static func contactText(_ engagement: EngagementEntry?) -> String {
        guard case .loaded(let details) = engagement else { return "engagement could not be read" }
        guard let contact = details.contacts.first else { return "contact not shared yet" }
        return "contact "
            + [contact.name, contact.title, contact.email, contact.phone].compactMap { $0 }
            .joined(separator: " · ")
    }
}
