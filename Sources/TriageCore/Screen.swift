/// One layer of the screen stack: the bottom layer is the catalog picker, the list or the details; modal layers
/// (menus, confirmations, help) sit above it and are drawn over what lies beneath.
public enum Screen: Equatable, Sendable {
    /// Choose `AWS` or `Sandbox`; `selection` indexes ``Catalog/allCases``.
    case catalogPicker(selection: Int)
    /// The invitation list.
    case list
    /// The full-screen details of one invitation.
    case details(id: String)
    /// The five rejection reasons; `selection` indexes ``RejectionReason/allCases``.
    case rejectReasonMenu(selection: Int, targets: [String])
    /// "Reject …? This cannot be undone."
    case confirmReject(DecisionConfirmation)
    /// "Accept …?"
    case confirmAccept(DecisionConfirmation)
    /// The keys of the screen that was active when `?` was pressed.
    case help(for: ScreenKind)
    /// The roster: who the accepted opportunities of `targets` go to; `selection` indexes the roster.
    case assignMenu(selection: Int, targets: [String])
    /// "Assign … to …?"; `person` indexes the roster.
    case confirmAssign(person: Int, targets: [String])
    /// "A reject or accept is still being sent. Quit anyway?"
    case quitConfirm
    /// "Enter MFA code for …": asks for the current code of an MFA device (a role profile with `mfa_serial`). It
    /// opens over whatever is showing, because a background credential refresh can ask at any time; `entered` holds
    /// the digits typed so far.
    case mfaCode(prompt: String, entered: String)

    /// The payload-free name of this layer (for help, footers and tests).
    public var kind: ScreenKind {
        switch self {
        case .catalogPicker: .catalogPicker
        case .list: .list
        case .details: .details
        case .rejectReasonMenu: .rejectReasonMenu
        case .confirmReject: .confirmReject
        case .confirmAccept: .confirmAccept
        case .help: .help
        case .assignMenu: .assignMenu
        case .confirmAssign: .confirmAssign
        case .quitConfirm: .quitConfirm
        case .mfaCode: .mfaCode
        }
    }

    /// Whether this layer is drawn over the layers beneath it rather than replacing them.
    public var isModal: Bool {
        switch self {
        case .catalogPicker, .list, .details: false
        case .rejectReasonMenu, .confirmReject, .confirmAccept, .assignMenu, .confirmAssign, .help, .quitConfirm,
            .mfaCode:
            true
        }
    }
}

/// The name of a screen, without its data; `textFilter` is the list while `/` editing is active.
public enum ScreenKind: String, CaseIterable, Hashable, Sendable {
    /// The catalog picker.
    case catalogPicker
    /// The invitation list.
    case list
    /// The list while `/` text entry is active.
    case textFilter
    /// Full-screen details.
    case details
    /// The reason menu.
    case rejectReasonMenu
    /// The reject confirmation.
    case confirmReject
    /// The accept confirmation.
    case confirmAccept
    /// The roster menu of `A`.
    case assignMenu
    /// The assign confirmation.
    case confirmAssign
    /// The help overlay.
    case help
    /// The quit question.
    case quitConfirm
    /// The MFA code dialog.
    case mfaCode
}
