import ArgumentParser
import Foundation
import PartnerCentral
import TriageCore

/// The entry point of the `partner-triage` executable: parses arguments, runs the command, maps every failure to
/// one line on stderr and an exit code (0 success, 1 a request failed, 2 bad usage or input, 130 interrupted).
public enum PartnerTriageMain {
    /// Runs the command line of this process and exits with its code; never returns.
    ///
    /// ```swift
    /// PartnerTriageMain.main()
    /// ```
    ///
    /// The command runs on the concurrency pool while the main thread serves the main queue in `RunLoop.main`. An async
    /// `main` would hand the thread to `dispatch_main`, which ends it with `pthread_exit`: a forced unwind at every
    /// start that reads the binary's unwind tables (0.6 MB kept resident, for a thread that has nothing to unwind).
    ///
    /// Not the argument parser's own `main()`: it prints bad usage as several lines (the error, the usage, a hint) and
    /// exits 64, where this tool promises one line and exit code 2 to the scripts that call it. ``run(arguments:context:)``
    /// uses the parser's public parse-and-report API (`parseAsRoot`, `exitCode(for:)`, `message(for:)`,
    /// `fullMessage(for:)`) instead, the path its documentation gives for custom error output.
    public static func main() -> Never {
        Task.detached {
            let code = await run(arguments: Array(CommandLine.arguments.dropFirst()), context: .live())
            exit(code)
        }
        while true { RunLoop.main.run() }
    }

    /// Parses `arguments`, runs the command inside `context` and returns the exit code.
    static func run(arguments: [String], context: CommandContext) async -> Int32 {
        do {
            let command = try PartnerTriageCommand.parseAsRoot(arguments)
            // After parsing and only for the tool's own commands (not help), so --help works beside a broken file;
            // before running, so nothing runs on half of one.
            var context = context
            let commands = PartnerTriageCommand.configuration.subcommands.map(ObjectIdentifier.init)
            if commands.contains(ObjectIdentifier(type(of: command))) {
                do {
                    context.configuration = try ConfigFile.load(environment: context.environment)
                } catch {
                    throw CLIError.usage("\(error)")
                }
            }
            try await CommandContext.$current.withValue(context) {
                if var asyncCommand = command as? any AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    var syncCommand = command
                    try syncCommand.run()
                }
            }
            return ExitStatus.success
        } catch {
            return report(error, arguments: arguments, console: context.console)
        }
    }

    /// Prints `error` as one line (help and version to stdout) and returns its exit code.
    static func report(_ error: any Error, arguments: [String], console: any Console) -> Int32 {
        switch error {
        case let error as CLIError:
            console.errorLine("error: \(error.message)")
            return error.exitCode
        case let failure as PartnerCentralError:
            console.errorLine("error: \(TerminalSafe.clean(failure.message, limit: .max))")
            // Nothing sent (invalid input, credentials, configuration) is a usage error; anything else a failed request.
            return failure.nothingSent || failure.isInputError ? ExitStatus.usage : ExitStatus.requestFailed
        case let code as ExitCode:
            return code.rawValue
        default:
            let code = PartnerTriageCommand.exitCode(for: error)
            if code == .success {
                console.write(PartnerTriageCommand.fullMessage(for: error) + "\n")
                return ExitStatus.success
            }
            guard code == .validationFailure else {
                console.errorLine("error: \(TerminalSafe.clean(PartnerTriageCommand.message(for: error), limit: .max))")
                return ExitStatus.requestFailed
            }
            let message = firstLine(of: PartnerTriageCommand.message(for: error))
            console.errorLine("error: \(message) See '\(helpCommand(for: arguments))'.")
            return ExitStatus.usage
        }
    }

    /// The first meaningful line of an argument-parser message, without its `Error: ` prefix.
    static func firstLine(of message: String) -> String {
        let line =
            message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? message
        let trimmed = TerminalSafe.clean(
            line.hasPrefix("Error: ") ? String(line.dropFirst("Error: ".count)) : line, limit: .max)
        // A question ("Did you mean 'list'?") already ends its sentence.
        return trimmed.last.map { ".?!".contains($0) } == true ? trimmed : trimmed + "."
    }

    /// `partner-triage list --help` when the arguments name a subcommand, else `partner-triage --help`.
    static func helpCommand(for arguments: [String]) -> String {
        // Every subcommand names itself in its configuration, so no name is derived from a type name.
        let names = PartnerTriageCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        if let name = arguments.first(where: { names.contains($0) }) { return "partner-triage \(name) --help" }
        return "partner-triage --help"
    }
}
