import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing
import TriageCore

@testable import PartnerTriageCLI

/// The config file: every setting read, and a bad file refused whole with one line naming the file, line and key.
@Suite("Config file")
struct ConfigFileTests {
    static let path = "/home/u/.config/partner-triage/config.toml"

    func parse(_ text: String) throws(ConfigFileError) -> PartnerTriageConfiguration {
        try ConfigFileParser.parse(text, path: Self.path)
    }

    func error(_ text: String) -> ConfigFileError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func everySettingIsRead() throws {
        let configuration = try parse(
            """
            # defaults for the sales team
            catalog = "sandbox"
            profile = "sales"
            columns = ["customer", "spend", "score", "country", "expires"]
            refresh_minutes = 5
            grace_seconds = 5

            [keys]
            reject = "x"
            tag = "space"
            """)
        #expect(configuration.catalog == .sandbox)
        #expect(configuration.profile == "sales")
        #expect(configuration.columns == [.customer, .spend, .score, .country, .expires])
        #expect(configuration.refreshMinutes == 5)
        #expect(configuration.graceSeconds == 5)
        #expect(configuration.keys.key(for: .reject) == .char("x"))
        #expect(configuration.keys.key(for: .tag) == .space)
        #expect(configuration.keys.key(for: .accept) == .char("a"))
    }

    @Test func anEmptyFileSetsNothing() throws {
        #expect(try parse("") == PartnerTriageConfiguration())
    }

    @Test func aSyntaxErrorNamesTheLineTheParserFound() {
        let failure = error("catalog = \"Sandbox\"\nprofile = sales\n")
        #expect(failure?.line == 2)
        #expect(failure?.description.hasPrefix("config file \(Self.path), line 2: not valid TOML: ") == true)
    }

    @Test func aKeyGivenTwiceIsASyntaxError() {
        #expect(error("profile = \"a\"\nprofile = \"b\"\n")?.line == 2)
    }

    @Test func theBellAndTheColumnsReachTheListSettings() throws {
        let configuration = try parse("bell = true\nrefresh_minutes = 2\ncolumns = [\"customer\", \"expires\"]\n")
        #expect(
            configuration.listSettings
                == ListSettings(columns: [.title, .customer, .expires], refreshSeconds: 120, bell: true))
        #expect(try parse("").listSettings == ListSettings())
        #expect(
            error("bell = 3\n")?.description.contains("line 1, bell: must be true or false, not an integer.") == true)
    }

    @Test func theRosterNamesWhoOpportunitiesCanBeAssignedTo() throws {
        let configuration = try parse(
            """
            [[roster]]
            name = "Ana"
            email = "ana@example.com"
            first_name = "Ana"
            last_name = "Silva"

            [[roster]]
            email = "ben@example.com"
            first_name = "Ben"
            last_name = "Ito"
            title = "Sales Rep"
            phone = "+1 555 0100"
            """)
        #expect(
            configuration.roster == [
                RosterPerson(name: "Ana", email: "ana@example.com", firstName: "Ana", lastName: "Silva"),
                RosterPerson(
                    name: "Ben Ito", email: "ben@example.com", firstName: "Ben", lastName: "Ito",
                    businessTitle: "Sales Rep", phone: "+1 555 0100"),
            ])
        #expect(AssignCommand.person(named: "ben@EXAMPLE.com", in: configuration.roster)?.name == "Ben Ito")
        #expect(AssignCommand.person(named: "ana", in: configuration.roster)?.email == "ana@example.com")
    }

    @Test(arguments: [
        ("[[roster]]\nemail = \"a@example.com\"\nfirst_name = \"A\"\n", "entry 1 needs last_name"),
        ("[[roster]]\nemail = \"nobody\"\nfirst_name = \"A\"\nlast_name = \"B\"\n", "is not an email address"),
        (
            "[[roster]]\nemail = \"a@example.com\"\nfirst_name = \"A\"\nlast_name = \"B\"\nteam = \"x\"\n",
            "team is not a roster field"
        ),
        ("roster = \"Ana\"\n", "must be a list of [[roster]] tables"),
    ])
    func aBadRosterEntryIsOneLineNamingIt(_ text: String, _ problem: String) {
        let failure = error(text)?.description ?? ""
        #expect(failure.contains("roster") && failure.contains(problem), "\(failure)")
    }

    @Test func anUnknownKeyIsNamedWithItsLine() {
        let failure = error("catalog = \"AWS\"\n\ncolums = [\"title\"]\n")
        #expect(
            failure?.description
                == "config file \(Self.path), line 3, colums: not a setting; the settings are catalog, profile, "
                + "columns, refresh_minutes, grace_seconds, bell, keys, roster.")
    }

    @Test(arguments: [
        ("catalog = 1", "catalog: must be a string, not an integer."),
        ("catalog = \"Prod\"", "catalog: unknown catalog \"Prod\": use \"AWS\" or \"Sandbox\"."),
        ("profile = \"  \"", "profile: needs a profile name, like \"sales\"."),
        (
            "columns = \"title\"",
            "columns: must be a list of column names, like [\"customer\", \"expires\"], not a string."
        ),
        (
            "columns = [\"title\", \"colour\"]",
            "columns: unknown column \"colour\"; the columns are status, type, title, customer, sender, spend, score, country, invited, expires."
        ),
        ("columns = [\"title\", \"title\"]", "columns: names \"title\" twice."),
        (
            "columns = []",
            "columns: names no column; the columns are status, type, title, customer, sender, spend, score, country, invited, expires."
        ),
        ("refresh_minutes = \"5\"", "refresh_minutes: must be a whole number, not a string."),
        ("refresh_minutes = 0", "refresh_minutes: 0 is out of range: use 1 to 1440."),
        ("grace_seconds = 2.5", "grace_seconds: must be a whole number, not a floating-point number."),
        ("keys = 3", "keys: must be a table ([keys] with lines like reject = \"x\"), not an integer."),
    ])
    func aWrongValueIsNamedWithItsLine(line: String, message: String) {
        #expect(error("# settings\n" + line + "\n")?.description == "config file \(Self.path), line 2, " + message)
    }

    @Test(arguments: [
        (
            "x = \"r\"",
            "keys.x: not an action; write action = \"key\" (reject = \"x\"), with one of reject, accept, tag, tag_all, untag_all, filter, status, type, sort, reverse, copy_id, copy_arn, open, assign, reload, catalog, help, quit."
        ),
        ("reject = \"xy\"", "keys.reject: \"xy\" is not a key: use one printable character or \"space\"."),
        ("reject = 1", "keys.reject: must be a string, like \"x\", not an integer."),
        ("reject = \"a\"", "keys.reject: a is already the key of accept; give each action its own key."),
        ("reject = \"j\"", "keys.reject: j keeps its own meaning (movement, F, Q or a digit); choose another key."),
    ])
    func aBadKeyMappingIsNamedWithItsLine(line: String, message: String) {
        #expect(error("[keys]\nhelp = \"h\"\n" + line + "\n")?.description.hasSuffix(", line 3, " + message) == true)
    }

    @Test func twoActionsOnOneKeyAreRefused() {
        let failure = error("[keys]\nreject = \"x\"\naccept = \"x\"\n")
        #expect(failure?.key == "keys.reject" || failure?.key == "keys.accept")
        #expect(failure?.description.contains("x is already the key of") == true)
    }

    @Test func twoActionsMaySwapKeys() throws {
        let keys = try parse("[keys]\nreject = \"a\"\naccept = \"r\"\n").keys
        #expect(keys.key(for: .reject) == .char("a"))
        #expect(keys.key(for: .accept) == .char("r"))
    }

    @Test func theFileIsFoundLikeTheXDGSpecSays() {
        #expect(
            ConfigFile.location(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"])?.path
                == "/c/partner-triage/config.toml")
        #expect(
            ConfigFile.location(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"])?.path
                == "/h/.config/partner-triage/config.toml")
        #expect(ConfigFile.location(environment: [:]) == nil)
    }

    @Test func theProfileComesAfterTheFlagAndTheEnvironment() {
        let configuration = PartnerTriageConfiguration(profile: "sales")
        #expect(configuration.applyingProfile(to: ClientOptions(), environment: [:]).profile == "sales")
        #expect(configuration.applyingProfile(to: ClientOptions(profile: "ops"), environment: [:]).profile == "ops")
        #expect(configuration.applyingProfile(to: ClientOptions(), environment: ["AWS_PROFILE": "dev"]).profile == nil)
        #expect(
            configuration.applyingProfile(to: ClientOptions(), environment: ["AWS_ACCESS_KEY_ID": "AKID"]).profile
                == nil)
    }

    // MARK: - Through the command line

    /// Runs `arguments` with `config` as the config file and returns the code, the output and the profile the
    /// command connected with.
    func run(_ arguments: [String], config: String?, environment: [String: String] = [:]) async throws
        -> (code: Int32, console: CapturingConsole, profile: String??, connections: Int)
    {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let directory = home.url.appendingPathComponent("config/partner-triage")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if let config { try Data(config.utf8).write(to: directory.appendingPathComponent("config.toml")) }
        let console = CapturingConsole()
        let connections = ConnectionCounter()
        let service = FakePartnerCentral(invitations: [makeInvitation("engi-0000000000001")])
        var context = makeTestContext(
            console: console,
            environment: ["HOME": home.url.path, "XDG_CONFIG_HOME": home.url.appendingPathComponent("config").path]
                .merging(environment) { $1 },
            service: service, connections: connections)
        let profile = SharedValue<String??>(nil)
        let connect = context.connect
        context.connect = { options in
            profile.withLock { $0 = .some(options.profile) }
            return try await connect(options)
        }
        let code = await PartnerTriageMain.run(arguments: arguments, context: context)
        return (code, console, profile.current, connections.count)
    }

    @Test func theCatalogAndProfileComeFromTheFile() async throws {
        let result = try await run(
            ["list", "--output", "ids"], config: "catalog = \"Sandbox\"\nprofile = \"sales\"\n")
        #expect(result.code == 0)
        #expect(result.console.output == "engi-0000000000001\n")
        #expect(result.profile == .some("sales"))
    }

    @Test func theFlagsWinOverTheFile() async throws {
        let result = try await run(
            ["list", "--output", "ids", "--catalog", "AWS", "--profile", "ops"], config: "profile = \"sales\"\n",
            environment: ["AWS_PROFILE": "dev"])
        #expect(result.code == 0)
        #expect(result.profile == .some("ops"))
    }

    @Test func aBadFileStopsEveryCommandWithOneLineAndExitTwo() async throws {
        let result = try await run(
            ["list", "--catalog", "Sandbox"], config: "catalog = \"Sandbox\"\n[keys]\nreject = \"a\"\n")
        #expect(result.code == ExitStatus.usage)
        #expect(result.connections == 0)
        #expect(result.console.output.isEmpty)
        let lines = result.console.errors.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("error: config file /") == true)
        #expect(lines.first?.contains("/config/partner-triage/config.toml, line 3, keys.reject: ") == true)
    }

    @Test func helpStillWorksBesideABadFile() async throws {
        let result = try await run(["list", "--help"], config: "this is not toml")
        #expect(result.code == 0, "\(result.console.errors)")
        #expect(result.console.output.contains("USAGE: partner-triage list"))
    }
}
