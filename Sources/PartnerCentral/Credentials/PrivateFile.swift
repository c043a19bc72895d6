import Crypto
import Foundation

/// Writes files that hold secrets (cached tokens and credentials): readable by the owner only from the first byte,
/// and replaced atomically (a temporary file in the same directory, then a rename), so a reader never sees half a file.
enum PrivateFile {
    /// A write that failed, with the path and what went wrong (never the content).
    struct WriteError: Error, Sendable {
        var path: String
        var detail: String
    }

    /// Writes `data` to `url`, creating its directory (owner-only) when missing.
    static func write(_ data: Data, to url: URL) throws(WriteError) {
        let manager = FileManager.default
        let directory = url.deletingLastPathComponent()
        do {
            try manager.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw WriteError(path: directory.path, detail: "cannot create the directory")
        }
        // Unique per write without a random source: the content's hash plus the process id (two processes writing
        // the same bytes clash harmlessly).
        let unique = String(SHA256.hash(data: data).hexString.prefix(16)) + "-\(getpid())"
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(unique).tmp")
        guard manager.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw WriteError(path: temporary.path, detail: "cannot create a temporary file")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            try? manager.removeItem(at: temporary)
            throw WriteError(path: temporary.path, detail: "cannot write the temporary file")
        }
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            try? manager.removeItem(at: temporary)
            throw WriteError(path: url.path, detail: "rename failed (errno \(code))")
        }
    }
}
