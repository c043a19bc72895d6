import Foundation

/// Asks the person at the terminal before a decision that cannot be undone.
enum Confirmation {
    /// Requires `--yes` or a "y" typed on a terminal.
    ///
    /// - Parameters:
    ///   - summary: the lines describing what will happen (count, catalog, reason).
    ///   - verb: `reject`/`accept`, for the refusal message.
    /// - Throws: ``CLIError/usage(_:)`` when standard input is not a terminal or the answer is not yes.
    static func require(
        _ summary: [String],
        verb: String,
        count: Int,
        assumeYes: Bool,
        context: CommandContext
    ) throws {
        if assumeYes { return }
        guard context.stdinIsTerminal else {
            throw CLIError.usage(
                "Refusing to \(verb) \(count) invitation\(count == 1 ? "" : "s") without confirmation: standard "
                    + "input is not a terminal. Add --yes to confirm. Nothing was sent."
            )
        }
        for line in summary { context.console.errorLine(line) }
        context.console.writeError("Continue? [y/N] ")
        let answer = context.console.readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
        guard answer == "y" || answer == "yes" else {
            throw CLIError.usage("Cancelled; nothing was sent.")
        }
    }

    /// The catalog line of a confirmation: production gets a warning.
    static func catalogLine(_ catalog: CatalogArgument) -> String {
        switch catalog {
        case .aws: "Catalog: AWS — PRODUCTION: real customers, and this cannot be undone."
        case .sandbox: "Catalog: Sandbox (testing)."
        }
    }
}
