import ArgumentParser
import TriageEffects

/// `partner-triage`: the root; without a subcommand it runs ``UICommand`` (the interactive triage UI).
struct PartnerTriageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner-triage",
        abstract: "Triage AWS Partner Central engagement invitations: accept, reject, or look closer.",
        discussion: """
            Without a subcommand, opens the keyboard-driven triage UI: `partner-triage [--demo] [--catalog \
            AWS|Sandbox] [--profile P] [--region R] [--endpoint-url URL] [--no-color] [--debug]` (see \
            `partner-triage ui --help`). --demo runs it against a built-in emulator with demo data, no AWS \
            account needed.

            Credentials and region come from --profile/--region or the usual AWS environment variables and \
            files, as with the AWS CLI.

            Exit codes: 0 success; 1 a request failed (service or network); 2 bad usage or invalid input \
            (nothing was sent); 130 a bulk run stopped by Ctrl-C.
            """,
        version: "partner-triage \(BuildInfo.description)",
        subcommands: [
            UICommand.self, ListCommand.self, ShowCommand.self, RejectCommand.self, AcceptCommand.self,
            ReportCommand.self, DuplicatesCommand.self, AssignCommand.self, EmulatorCommand.self,
        ],
        defaultSubcommand: UICommand.self
    )
}
