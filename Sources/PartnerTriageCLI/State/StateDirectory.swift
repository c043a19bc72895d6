import Foundation
import PartnerCentral
import TriageEffects

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The tool's state directory, `$XDG_STATE_HOME/partner-triage` (default `~/.local/state/partner-triage`), beside the
/// audit log, and the safe way to read and replace the small JSON files kept there.
///
/// Files are read only from a directory that passes the audit log's checks (a real directory of this user that
/// no one else may write to) and never through a symbolic link; they are replaced atomically, mode 0600.
enum StateDirectory {
    /// The directory for `environment`, or `nil` when neither `XDG_STATE_HOME` nor `HOME` is an absolute path.
    static func url(environment: [String: String]) -> URL? {
        AuditLog.location(environment: environment)?.deletingLastPathComponent()
    }

    /// The contents of `url`, `nil` when it does not exist; at most `limit` bytes are read.
    ///
    /// - Throws: ``StateFileError`` for an unsafe directory, a link or non-regular file, or a file over `limit`.
    static func read(_ url: URL, limit: Int) throws(StateFileError) -> Data? {
        let directory = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: url.path) || isLink(url.path) else { return nil }
        do { try PrivateDirectory.check(directory) } catch {
            throw StateFileError(path: url.path, problem: "\(error)")
        }
        let descriptor = PrivateDirectory.openFile(url.path, flags: O_RDONLY)
        guard descriptor >= 0 else {
            throw StateFileError(path: url.path, problem: "cannot be opened (\(String(cString: strerror(errno)))).")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: limit + 1) ?? Data() } catch {
            throw StateFileError(path: url.path, problem: "cannot be read.")
        }
        guard data.count <= limit else { throw StateFileError(path: url.path, problem: "is larger than expected.") }
        return data
    }

    /// Replaces `url` with `data` atomically (a temporary file, then a rename), mode 0600.
    ///
    /// - Throws: ``StateFileError`` naming the file and the reason.
    static func write(_ data: Data, to url: URL) throws(StateFileError) {
        do { try PrivateFile.write(data, to: url) } catch {
            throw StateFileError(path: url.path, problem: "cannot be written: \(error)")
        }
    }

    private static func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && Int(status.st_mode) & Int(S_IFMT) == Int(S_IFLNK)
    }
}

/// A state file that could not be read or written, as one line.
struct StateFileError: Error, Equatable, CustomStringConvertible {
    /// The file.
    var path: String
    /// What is wrong.
    var problem: String

    var description: String { "state file \(path) \(problem)" }
}
