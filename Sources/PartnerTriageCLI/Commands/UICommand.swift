import ArgumentParser
import PartnerCentral

/// `partner-triage [ui]`: the interactive triage UI, the default when no subcommand is given.
///
/// It is a default subcommand rather than options on the root because swift-argument-parser lets a parent's
/// options be written after a subcommand, so a root `--catalog` or `--profile` would swallow the subcommands' own.
struct UICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Open the keyboard-driven triage UI (the default command).",
        discussion: """
            Browse, filter, tag and decide on invitations in the terminal; ? shows the keys. Decisions are \
            appended to the same audit log as reject and accept. With --debug, request diagnostics go to \
            debug.log beside the audit log instead of over the screen.
            """
    )

    @Flag(help: "Run against a built-in emulator with demo data instead of AWS.")
    var demo = false

    @Option(
        help: """
            Open this catalog directly: AWS (production) or Sandbox (testing) (default: the config file's, else the \
            last one opened).
            """
    )
    var catalog: CatalogArgument?

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("no-color"), help: "Draw without colors (NO_COLOR in the environment does too).")
    var noColor = false

    @Option(
        name: .customLong("refresh"),
        help: ArgumentHelp(
            "Reload the list every this many seconds, marking new invitations (default: 300; 0 turns it off).",
            valueName: "seconds"))
    var refreshSeconds: Int?

    @Flag(help: "Ring the terminal bell when a reload brings new invitations.")
    var bell = false

    @Option(
        help: ArgumentHelp(
            "Seconds a confirmed reject waits before it is sent, while u undoes it; 0 sends at once.",
            valueName: "seconds"))
    var grace: Int?

    func validate() throws {
        try GraceWindowOption.validate(grace)
        if demo && global.endpointURL != nil {
            throw ValidationError("--demo runs its own emulator: drop --endpoint-url or --demo.")
        }
        if let refreshSeconds, !(0...86_400).contains(refreshSeconds) {
            throw ValidationError("--refresh must be a number of seconds from 0 (off) to 86400.")
        }
        if demo && global.profile != nil {
            throw ValidationError("--demo uses the emulator's demo credentials: drop --profile or --demo.")
        }
    }

    /// The launcher's options: the global options' client options plus the UI's own flags, with the config file's
    /// catalog, profile and keys below the flags (a demo ignores the profile, as it ignores all AWS set-up).
    func launchOptions(
        environment: [String: String], configuration: PartnerTriageConfiguration = PartnerTriageConfiguration()
    ) -> UILaunchOptions {
        let catalog = catalog.flatMap { Catalog(matching: $0.rawValue) } ?? configuration.catalog
        let client =
            demo
            ? global.clientOptions : configuration.applyingProfile(to: global.clientOptions, environment: environment)
        var options = UILaunchOptions(
            catalog: catalog, client: client, noColor: noColor, demo: demo, environment: environment,
            graceSeconds: grace ?? configuration.graceSeconds ?? UILaunchOptions.defaultGraceSeconds)
        options.keyBindings = configuration.keys
        options.configuration = configuration
        options.list = configuration.listSettings
        if let refreshSeconds { options.list.refreshSeconds = refreshSeconds > 0 ? refreshSeconds : nil }
        if bell { options.list.bell = true }
        return options
    }

    func run() async throws {
        let context = try CommandContext.required
        let code = await context.launchUI(
            launchOptions(environment: context.environment, configuration: context.configuration))
        if code != 0 { throw ExitCode(code) }
    }
}
