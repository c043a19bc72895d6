import Foundation
import PartnerCentral
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the UI's `--debug` diagnostics go: lines written to standard error would be drawn over the screen, so they
/// are appended to `debug.log` beside the audit log (mode 0600) and the path is printed when the UI exits.
final class DebugLogFile: Console, Sendable {
    /// The file.
    let url: URL
    private let descriptor: Int32
    /// One append at a time, so lines from concurrent requests do not interleave.
    private let lock = Mutex(())

    /// The real sessions' file name; `--demo` uses its own.
    static let defaultName = "debug.log"

    /// Opens (creating with mode 0600) `fileName` in `directory` for appending; the directory must be private.
    ///
    /// - Throws: ``CLIError`` naming the file and the system's reason.
    init(directory: URL, fileName: String = DebugLogFile.defaultName) throws {
        do { try PrivateDirectory.prepare(directory) } catch {
            throw CLIError.usage("Not writing the debug log: \(error)")
        }
        url = directory.appendingPathComponent(fileName)
        // Never through a planted link: O_NOFOLLOW, and a regular file only.
        descriptor = PrivateDirectory.openFile(url.path, flags: O_WRONLY | O_APPEND | O_CREAT)
        guard descriptor >= 0 else {
            throw CLIError.usage("cannot write the debug log \(url.path): \(String(cString: strerror(errno)))")
        }
        // A file left by an earlier run with a looser mode is tightened: it holds request details.
        _ = fchmod(descriptor, 0o600)
    }

    deinit { close(descriptor) }

    #if canImport(Glibc)
        private static let systemWrite = Glibc.write
    #else
        private static let systemWrite = Darwin.write
    #endif

    func write(_ text: String) { append(text) }

    func writeError(_ text: String) { append(text) }

    func readLine() -> String? { nil }

    private func append(_ text: String) {
        let bytes = Array(text.utf8)
        lock.withLock { _ in
            _ = bytes.withUnsafeBytes { Self.systemWrite(descriptor, $0.baseAddress, $0.count) }
        }
    }
}
