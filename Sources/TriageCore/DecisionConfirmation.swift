import PartnerCentral

/// The content of a reject or accept confirmation: what will be sent if the user presses `y`.
public struct DecisionConfirmation: Hashable, Sendable {
    /// How many titles a bulk confirmation lists before "… and N more".
    public static let listedTitles = 3

    /// Reject with a reason, or accept.
    public var decision: Decision
    /// The catalog the requests go to.
    public var catalog: Catalog
    /// The invitations that will be sent, in list order.
    public var targets: [DecisionTarget]
    /// Tagged invitations that are no longer pending and will not be sent.
    public var skipped: [DecisionTarget]
    /// Who sends the requests (profile, role, account), terminal-safe; empty when unknown.
    public var identity: String
    /// Seconds a reject waits after `y` before it is sent, while `u` can undo it; 0 sends at once.
    public var graceSeconds: Int
    /// What else the user should know before `y`, e.g. the partner's opportunity an invitation duplicates.
    public var notes: [String] = []

    /// Creates a confirmation.
    public init(
        decision: Decision, catalog: Catalog, targets: [DecisionTarget], skipped: [DecisionTarget] = [],
        identity: String = "", graceSeconds: Int = 0
    ) {
        self.decision = decision
        self.catalog = catalog
        self.targets = targets
        self.skipped = skipped
        self.identity = identity
        self.graceSeconds = graceSeconds
    }

    /// Whether the requests go to production (drawn in the warning colour).
    public var isProduction: Bool { catalog == .aws }

    /// The question heading the dialog.
    public var title: String {
        let verb = decision == .accept ? "Accept" : "Reject"
        if targets.count == 1 { return "\(verb) this invitation?" }
        return "\(verb) \(targets.count) invitations?"
    }

    /// The body lines of the dialog, already terminal-safe; the last line names the keys.
    public var lines: [String] {
        var lines: [String] = []
        let catalogText = catalog == .aws ? "AWS (production)" : catalog.rawValue
        if targets.count == 1, let target = targets.first {
            lines.append("Title:   \(target.title)")
            lines.append("Sender:  \(target.sender)")
            lines.append("Id:      \(target.idLabel)")
            lines.append("Catalog: \(catalogText)")
        } else {
            lines.append("Catalog: \(catalogText)")
        }
        // Partners switch accounts: the dialog names the one that will receive the decision, even when the header
        // is too narrow to show it whole.
        if !identity.isEmpty {
            lines.append("As:      \(identity)")
        }
        if case .reject(let reason) = decision {
            lines.append("Reason:  \(reason.rawValue)")
        }
        if targets.count > 1 {
            for target in targets.prefix(DecisionConfirmation.listedTitles) {
                lines.append("  • \(target.title)")
            }
            if targets.count > DecisionConfirmation.listedTitles {
                lines.append("  … and \(targets.count - DecisionConfirmation.listedTitles) more")
            }
        }
        if !skipped.isEmpty {
            lines.append("\(skipped.count) tagged no longer pending: skipped, not sent.")
        }
        lines += notes
        switch decision {
        case .reject where graceSeconds > 0:
            lines.append("It is sent \(graceSeconds) s after y; u undoes it until then.")
            lines.append("Once sent, it cannot be undone.")
            lines.append("y reject · n/Esc cancel")
        case .reject:
            lines.append("This cannot be undone.")
            lines.append("y reject · n/Esc cancel")
        case .accept:
            lines.append("This starts the engagement and cannot be undone.")
            lines.append("y accept · n/Esc cancel")
        }
        return lines
    }
}
