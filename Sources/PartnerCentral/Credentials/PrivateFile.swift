import Crypto
import Foundation

/// Writes files that hold secrets (cached tokens and credentials): readable by the owner only from the first byte,
/// and replaced atomically (a temporary file in the same directory, then a rename), so a reader never sees half a file.
package enum PrivateFile {
    /// A write that failed, with the path and what went wrong (never the content).
    package struct WriteError: Error, Sendable, CustomStringConvertible {
        package var path: String
        package var detail: String

        package var description: String { "Cannot write \(path): \(detail)" }
    }

    /// Writes `data` to `url`, creating its directory (owner-only) when missing; a directory that is a symbolic link,
    /// another user's or writable by others is refused, and the temporary file is never opened through a link.
    package static func write(_ data: Data, to url: URL) throws(WriteError) {
        let directory = url.deletingLastPathComponent()
        do { try PrivateDirectory.prepare(directory) } catch {
            throw WriteError(path: error.path, detail: "it \(error.problem). \(error.fix)")
        }
        // Unique per write without a random source: the content's hash plus the process id (two processes writing
        // the same bytes clash harmlessly).
        let unique = String(SHA256.hash(data: data).hexString.prefix(16)) + "-\(getpid())"
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(unique).tmp")
        unlink(temporary.path)
        let descriptor = PrivateDirectory.openFile(temporary.path, flags: O_WRONLY | O_CREAT | O_EXCL)
        guard descriptor >= 0 else {
            throw WriteError(path: temporary.path, detail: "cannot create a temporary file")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            unlink(temporary.path)
            throw WriteError(path: temporary.path, detail: "cannot write the temporary file")
        }
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            unlink(temporary.path)
            throw WriteError(path: url.path, detail: "rename failed (errno \(code))")
        }
    }
}
