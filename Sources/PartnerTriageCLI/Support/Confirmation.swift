import Foundation
import PartnerCentral
import TriageEffects

/// Asks the person at the terminal before a decision that cannot be undone, naming exactly what will be sent:
/// each invitation (id and title), the catalog and who sends it.
enum Confirmation {
    /// How many invitations the question lists (and reads titles for) before "… and N more".
    static let listedInvitations = 20

    /// Refuses at once, before anything is read or sent, when nobody can answer: no `--yes` and standard input is
    /// not a terminal.
    /// - Throws: ``CLIError/usage(_:)``.
    static func requireAnswerable(verb: String, count: Int, assumeYes: Bool, context: CommandContext) throws {
        if assumeYes || context.stdinIsTerminal { return }
        throw CLIError.usage(
            "Refusing to \(verb) \(count) invitation\(count == 1 ? "" : "s") without confirmation: standard "
                + "input is not a terminal. Add --yes to confirm. Nothing was sent."
        )
    }

    /// With `--yes`, nothing; else reads the titles of the listed invitations (reads only, within the read quota
    /// through the client's pacer), shows the question and requires a "y".
    ///
    /// - Parameters:
    ///   - heading: the first line, e.g. `Reject 3 invitations:`.
    ///   - details: lines after the identity (the reason).
    /// - Throws: ``CLIError/usage(_:)`` when the answer is not yes (nothing was sent).
    static func ask(
        heading: String, details: [String] = [], ids: [String], catalog: CatalogArgument,
        connection: ServiceConnection, assumeYes: Bool, context: CommandContext
    ) async throws {
        if assumeYes { return }
        let titles = await readTitles(
            ids.prefix(listedInvitations), catalog: catalog.catalog, service: connection.service)
        let summary =
            [heading] + invitationLines(ids: ids, titles: titles) + [catalogLine(catalog)]
            + identityLines(connection.auditDestination) + details
        try requireYes(summary, context: context)
    }

    /// Shows `summary` on stderr and requires a typed "y" or "yes".
    /// - Throws: ``CLIError/usage(_:)`` for any other answer (nothing was sent).
    static func requireYes(_ summary: [String], context: CommandContext) throws {
        for line in summary { context.console.errorLine(line) }
        context.console.writeError("Continue? [y/N] ")
        let answer = context.console.readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
        guard answer == "y" || answer == "yes" else {
            throw CLIError.usage("Cancelled; nothing was sent.")
        }
    }

    /// What the question shows for one invitation: its title, or why there is none.
    enum Title: Equatable, Sendable {
        case known(String)
        case notFound
        case unread
    }

    /// The titles of `ids`, one `GetEngagementInvitation` each, in order. After a failure other than "not found"
    /// (credentials, network) the rest are not read: each would fail the same way, slowly.
    static func readTitles(
        _ ids: ArraySlice<String>, catalog: Catalog, service: any TriageService
    ) async -> (titles: [String: Title], failure: String?) {
        var titles: [String: Title] = [:]
        for id in ids {
            do {
                let invitation = try await service.getInvitation(
                    GetEngagementInvitationRequest(catalog: catalog.rawValue, identifier: id), priority: .foreground)
                titles[id] = .known(invitation.engagementTitle ?? "")
            } catch let error as PartnerCentralError where error.code == .resourceNotFound {
                titles[id] = .notFound
            } catch {
                return (titles, EffectRunner.describe(error).message)
            }
        }
        return (titles, nil)
    }

    /// One line per listed invitation (`  engi-…  Title`), then `  … and N more`; service text is cleaned.
    static func invitationLines(ids: [String], titles: (titles: [String: Title], failure: String?)) -> [String] {
        var lines: [String] = []
        for id in ids.prefix(listedInvitations) {
            let title: String
            switch titles.titles[id] ?? .unread {
            case .known(let text): title = TerminalSafeLine.clean(text)
            case .notFound: title = "(not found in this catalog)"
            case .unread: title = "(title not read)"
            }
            lines.append("  \(TerminalSafeLine.clean(id))  \(title)")
        }
        if ids.count > listedInvitations {
            lines.append("  … and \(ids.count - listedInvitations) more")
        }
        if let failure = titles.failure {
            lines.append("Titles could not be read: \(TerminalSafeLine.clean(failure))")
        }
        return lines
    }

    /// Who sends the requests and where: the profile or credential source with the account where known, and the
    /// endpoint (partners switch accounts; a decision must never go to one the question did not name).
    static func identityLines(_ destination: AuditDestination?) -> [String] {
        guard let destination else { return ["As: (credentials not known)"] }
        var parts = [destination.credentials]
        if let account = destination.account, !destination.credentials.contains(account) {
            parts.append("account \(account)")
        }
        return [
            "As: \(TerminalSafeLine.clean(parts.joined(separator: " · ")))",
            "Endpoint: \(TerminalSafeLine.clean(destination.endpoint))",
        ]
    }

    /// The catalog line of a confirmation: production gets a warning.
    static func catalogLine(_ catalog: CatalogArgument) -> String {
        switch catalog {
        case .aws: "Catalog: AWS — PRODUCTION: real customers, and this cannot be undone."
        case .sandbox: "Catalog: Sandbox (testing)."
        }
    }
}
