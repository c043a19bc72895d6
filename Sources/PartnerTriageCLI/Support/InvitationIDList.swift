import Foundation
import PartnerCentral
import TriageCore

/// The invitations a `reject` or `accept` run acts on: ids from the arguments and from `--from-file`, checked
/// against the model's identifier pattern and de-duplicated (first occurrence wins; an id and its ARN count as one)
/// before anything is sent.
struct InvitationIDList: Equatable {
    /// The ids in the order given, each once.
    var ids: [String]

    /// The most ids one run takes: more is a mistake (a wrong file, `yes |`), not a batch.
    static let maxIDs = 10_000
    /// The most bytes an id file (or standard input) may hold: 10,000 ARNs with comments fit easily.
    static let maxFileBytes = 4 << 20

    /// Collects and checks ids.
    ///
    /// - Parameters:
    ///   - arguments: ids given on the command line.
    ///   - fileText: the `--from-file` contents: one id per line; blank lines and `#` comments are skipped.
    ///   - fileName: how to name the file in errors (`standard input` for `-`).
    /// - Throws: ``CLIError/usage(_:)`` naming the first bad id and where it came from, or when there is none.
    init(arguments: [String], fileText: String?, fileName: String?) throws {
        var seen = Set<String>()
        var ids: [String] = []
        func add(_ raw: String, origin: String) throws {
            let id = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard ModelPattern.invitationIdentifier.matches(id) else {
                throw CLIError.usage(
                    "Invalid invitation id '\(TerminalText.quote(id))' (\(origin)): expected engi- and 13 lowercase "
                        + "letters or digits, or an invitation ARN. Nothing was sent."
                )
            }
            // An id and its ARN name the same invitation: it is acted on once, as first given.
            if seen.insert(InvitationIdentity.plainID(id)).inserted { ids.append(id) }
            guard ids.count <= InvitationIDList.maxIDs else {
                throw CLIError.usage(
                    "Too many invitation ids (more than \(InvitationIDList.maxIDs), \(origin)): split the list into "
                        + "smaller runs. Nothing was sent."
                )
            }
        }
        for (index, argument) in arguments.enumerated() {
            try add(argument, origin: "argument \(index + 1)")
        }
        if let fileText {
            let name = fileName ?? "the id file"
            guard fileText.utf8.count <= InvitationIDList.maxFileBytes else {
                throw InvitationIDList.tooLarge(name)
            }
            // A byte order mark (as Windows editors write) is not part of the first id.
            let fileText = fileText.hasPrefix("\u{feff}") ? String(fileText.dropFirst()) : fileText
            for (index, line) in fileText.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .enumerated()
            {
                let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                try add(trimmed, origin: "line \(index + 1) of \(name)")
            }
        }
        guard !ids.isEmpty else {
            throw CLIError.usage(
                fileText == nil
                    ? "No invitation ids given: pass ids as arguments or --from-file FILE (- for standard input)."
                    : "No invitation ids in \(fileName ?? "the id file"): it needs one id per line."
            )
        }
        self.ids = ids
    }

    /// The error for an id file or standard input beyond ``maxFileBytes``.
    static func tooLarge(_ name: String) -> CLIError {
        CLIError.usage(
            "\(name.prefix(1).uppercased() + name.dropFirst()) is larger than \(maxFileBytes >> 20) MiB: an id file "
                + "holds at most \(maxIDs) ids, one per line. Nothing was sent."
        )
    }
}
