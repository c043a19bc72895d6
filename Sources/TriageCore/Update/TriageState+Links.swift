import Foundation

// MARK: - y, Y and o: the invitation outside the app

extension TriageState {
    /// Partner Central's documented console page; the console documents no address for one invitation, so the
    /// footer names the id to look for there.
    public static let consoleURL = "https://us-east-1.console.aws.amazon.com/partnercentral/home?region=us-east-1"

    /// `y` copies the id, `Y` the ARN, `o` opens the console (printing its address in the footer).
    mutating func rowLinkKey(_ key: Key, row: InvitationRow) -> [TriageEffect] {
        switch key {
        case .char("y"):
            show("Copied the id \(row.idLabel).", .info)
            return [.copyToClipboard(text: row.idLabel)]
        case .char("Y"):
            guard let arn = row.arnLabel else {
                show("The service sent no ARN for \(row.idLabel).", .warning)
                return []
            }
            show("Copied the ARN \(arn).", .info)
            return [.copyToClipboard(text: arn)]
        default:
            show("Opening \(TriageState.consoleURL) · find \(row.idLabel) under Opportunities.", .info)
            return [.openURL(TriageState.consoleURL)]
        }
    }

    /// No browser here (an SSH session, no display): the address goes to the clipboard and stays in the footer.
    mutating func urlNotOpened(_ url: String) -> [TriageEffect] {
        let clean = TerminalSafe.clean(url)
        show("No browser here; copied \(clean)", .info)
        return [.copyToClipboard(text: clean)]
    }
}
