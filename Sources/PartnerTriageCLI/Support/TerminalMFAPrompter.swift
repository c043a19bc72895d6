import Foundation
import PartnerCentral

/// Asks for MFA codes on the controlling terminal (`/dev/tty`), as the AWS CLI does.
///
/// Not standard input: `--from-file -` may be reading invitation ids from it. The code is echoed, as the AWS CLI
/// echoes it (codes are single-use).
enum TerminalMFAPrompter {
    /// The prompter for the credential chain.
    static let prompter: MFATokenCodePrompter = { request in
        try await ask(request.prompt, profile: request.profile)
    }

    /// Writes `prompt` and a space to the terminal and returns the line typed, trimmed.
    ///
    /// - Throws: ``TerminalMFAPrompterError`` when there is no terminal or it closes before a line is typed.
    static func ask(_ prompt: String, profile: String, path: String = "/dev/tty") async throws -> String {
        // The read blocks until the user presses Enter; keep it off the concurrency pool's few threads.
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try askBlocking(prompt, profile: profile, path: path) })
            }
        }
    }

    private static func askBlocking(_ prompt: String, profile: String, path: String) throws -> String {
        let descriptor = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw TerminalMFAPrompterError.noTerminal(profile: profile) }
        defer { close(descriptor) }
        let bytes = Array((prompt + " ").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw TerminalMFAPrompterError.noTerminal(profile: profile) }
            offset += written
        }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        // A code is a few digits; the bound stops a runaway read on a strange device.
        while line.count < 256 {
            let count = read(descriptor, &byte, 1)
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                guard !line.isEmpty else { throw TerminalMFAPrompterError.noCodeEntered(profile: profile) }
                break
            }
            if byte == UInt8(ascii: "\n") { break }
            line.append(byte)
        }
        let code = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !code.isEmpty else { throw TerminalMFAPrompterError.noCodeEntered(profile: profile) }
        return code
    }
}

/// Why no MFA code could be read on the terminal; the message is one line and says what to do.
enum TerminalMFAPrompterError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// `/dev/tty` cannot be opened (run from cron, a pipe without a terminal, CI).
    case noTerminal(profile: String)
    /// The terminal closed or the line was empty.
    case noCodeEntered(profile: String)

    var description: String {
        switch self {
        case .noTerminal(let profile):
            "The profile \"\(profile)\" needs an MFA code, but there is no terminal to ask for it on; "
                + "run partner-triage from a terminal."
        case .noCodeEntered(let profile):
            "No MFA code was entered for the profile \"\(profile)\"; nothing was sent."
        }
    }

    var errorDescription: String? { description }
}
