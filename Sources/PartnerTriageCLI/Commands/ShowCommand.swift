import ArgumentParser
import PartnerCentral
import TriageCore

/// `partner-triage show`: one invitation with its payload.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one invitation: customer, project, contacts and status.",
        discussion: "--output json prints exactly what `aws partnercentral-selling get-engagement-invitation` prints."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The invitation id (engi-…) or ARN.", valueName: "id"))
    var id: String

    @Option(
        help: "The catalog the invitation is in: AWS (production) or Sandbox (testing) (default: the config file's)."
    )
    var catalog: CatalogArgument?

    @Option(help: "How to print: json or text (default: text on a terminal, else json).")
    var output: ShowOutputFormat?

    func validate() throws {
        guard ModelPattern.invitationIdentifier.matches(id) else {
            throw ValidationError(
                "Invalid invitation id '\(TerminalText.quote(id))': expected engi- and 13 lowercase letters or "
                    + "digits, or an invitation ARN."
            )
        }
    }

    func run() async throws {
        let context = try CommandContext.required
        let format = output ?? (context.stdoutIsTerminal ? .text : .json)
        let catalog = try context.catalog(catalog)
        let request = GetEngagementInvitationRequest(catalog: catalog.rawValue, identifier: id)
        let invitation = try await context.withService(global) {
            try await $0.getInvitation(request, priority: .foreground)
        }
        switch format {
        case .json:
            // On a terminal, C1 and bidi characters are escaped too (the same data); piped, the AWS CLI's bytes.
            context.console.write(
                AWSCLIOutput.invitation(invitation, escapingTerminalControls: context.stdoutIsTerminal))
        case .text: context.console.write(InvitationText.render(invitation).joined(separator: "\n") + "\n")
        }
    }
}
