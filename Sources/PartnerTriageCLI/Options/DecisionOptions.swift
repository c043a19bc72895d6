import ArgumentParser

/// What `reject` and `accept` share: the invitations to act on and the confirmation.
struct DecisionOptions: ParsableArguments, Sendable {
    @Argument(help: ArgumentHelp("Invitation ids (engi-…) or ARNs to act on.", valueName: "id"))
    var ids: [String] = []

    @Option(
        name: .customLong("from-file"),
        help: ArgumentHelp(
            "Also read ids from this file, one per line (- reads standard input, which then needs --yes).",
            valueName: "file"
        )
    )
    var fromFile: String?

    @Flag(name: [.customLong("yes"), .customShort("y")], help: "Do it without asking for confirmation.")
    var yes = false

    /// Whether the ids come from standard input, which then cannot also answer a confirmation prompt.
    var readsStandardInput: Bool { fromFile == "-" }

    func validate() throws {
        if ids.isEmpty && fromFile == nil {
            throw ValidationError("Give at least one invitation id, or --from-file FILE (- for standard input).")
        }
        if readsStandardInput && !yes {
            throw ValidationError(
                "--from-file - reads the ids from standard input, so it cannot also ask for confirmation: add --yes."
            )
        }
    }
}
