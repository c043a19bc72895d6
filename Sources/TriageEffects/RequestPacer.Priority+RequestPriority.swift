import PartnerCentral
import TriageCore

extension RequestPacer.Priority {
    /// The client's pacer priority for the core's request priority: the one place the two meet, so the core needs
    /// no transport type.
    init(_ priority: RequestPriority) {
        switch priority {
        case .foreground: self = .interactive
        case .background: self = .background
        }
    }
}
