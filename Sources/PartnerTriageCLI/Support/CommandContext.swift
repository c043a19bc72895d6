import Foundation
import PartnerCentral
import TriageEffects

/// Everything a command takes from the outside world, built once by ``PartnerTriageMain`` (the composition root)
/// and replaced wholesale in tests.
///
/// Commands read it through the task-local ``current``, because swift-argument-parser creates the command values
/// and gives them no way to receive dependencies.
struct CommandContext: Sendable {
    /// The process environment (credentials, `HOME`, `XDG_STATE_HOME`, `AWS_*`, `NO_COLOR`).
    var environment: [String: String]
    /// Standard output, standard error and standard input.
    var console: any Console
    /// Whether standard input is a terminal (a confirmation prompt can be answered).
    var stdinIsTerminal: Bool
    /// Whether standard output is a terminal (tables by default).
    var stdoutIsTerminal: Bool
    /// The wall clock, for audit records.
    var now: @Sendable () -> Date
    /// Makes a fresh `ClientToken` for each accept intent.
    var makeClientToken: @Sendable () -> String
    /// Waits between polls of an accept task.
    var sleep: @Sendable (Duration) async throws -> Void
    /// Reads a `--from-file` or `--seed-file` path.
    var readFile: @Sendable (String) throws -> String
    /// SIGINT/SIGTERM delivery for bulk runs and the emulator.
    var signals: any SignalWatching
    /// Connects to Partner Central (or the emulator) with the command's options.
    var connect: @Sendable (ClientOptions) async throws -> ServiceConnection
    /// Starts the interactive UI and returns its exit code.
    var launchUI: @Sendable (UILaunchOptions) async -> Int32
    /// Loads the seed and starts the emulator; the command stops it on SIGINT/SIGTERM.
    var startEmulator: @Sendable (EmulatorSettings) async throws -> EmulatorHandle
    /// The config file's settings, read once before the command runs.
    var configuration = PartnerTriageConfiguration()

    /// The context of the running command.
    @TaskLocal static var current: CommandContext?

    /// The running command's context; commands only run inside ``PartnerTriageMain/run(arguments:context:)``.
    static var required: CommandContext {
        get throws {
            guard let current else {
                throw CLIError(message: "internal: command run outside PartnerTriageMain", exitCode: 70)
            }
            return current
        }
    }
}

/// A running emulator as the `emulator` command sees it.
struct EmulatorHandle: Sendable {
    /// `http://127.0.0.1:4777`.
    var endpoint: String
    /// The access key id requests must be signed with.
    var accessKeyId: String
    /// The matching secret key, printed only when it is the documented demo secret.
    var secretAccessKey: String
    /// Whether the credentials are the documented demo ones (safe to print in full).
    var isDemoCredentials: Bool
    /// How many invitations the seed holds, and where they came from (`the built-in demo data`, a file name).
    var invitationCount: Int
    var seedSource: String
    /// The fault seed in use, printed so a run with faults can be replayed.
    var faultSeed: UInt64
    /// How many SSO tokens the seed gave the identity side (the tokens themselves are secrets and never printed).
    var ssoTokenCount: Int = 0
    /// Stops serving; returns once the socket is closed.
    var stop: @Sendable () async -> Void
}

/// The `emulator` command's options.
struct EmulatorSettings: Sendable, Equatable {
    var host: String
    var port: Int
    var seedFile: String?
    var accessKeyId: String?
    var secretAccessKey: String?
    /// Required with the keys when set, as with temporary credentials.
    var sessionToken: String? = nil
    var enforceQuotas: Bool
    var faultRate: Double
    var faultSeed: UInt64?
    var latencyMilliseconds: Int
    /// Seconds issued temporary credentials live; `nil` for the requested duration (one hour by default).
    var credentialLifetime: Int? = nil
    /// Answer sparsely and with values from the future (`--sparse-responses`).
    var sparseResponses = false
    /// `--contact-delay`: seconds after an accept before customer contacts are shared.
    var contactDelaySeconds = 0
}
