import Foundation
import PartnerCentral

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The append-only record of every reject and accept attempt, one JSON line each, at
/// `$XDG_STATE_HOME/partner-triage/audit.jsonl` (default `~/.local/state/partner-triage/audit.jsonl`).
///
/// The directory is created `0700` and the file `0600`, since it names customers' invitations. Each line is written
/// with a single `write(2)` on an `O_APPEND` descriptor, so concurrent writers never interleave, and `fsync`'d
/// before ``append(_:)`` returns, so a decision reported as done is on disk.
///
/// ```swift
/// let log = try AuditLog(environment: ProcessInfo.processInfo.environment)
/// try log.append(AuditRecord(time: now, catalog: "Sandbox", id: id, action: .reject, reason: "Other",
///                            outcome: .rejected, requestId: requestId))
/// ```
public struct AuditLog: Sendable {
    /// The file the log appends to.
    public let fileURL: URL

    /// Uses an explicit file (tests).
    public init(fileURL: URL) {
        self.fileURL = fileURL
    }

    /// Finds the log from `XDG_STATE_HOME` or `HOME` in `environment`.
    ///
    /// - Throws: ``AuditLogError/noLocation`` when neither is set to an absolute path.
    public init(environment: [String: String]) throws {
        guard let url = AuditLog.location(environment: environment) else { throw AuditLogError.noLocation }
        self.fileURL = url
    }

    /// The log's path for `environment`: a relative `XDG_STATE_HOME` is ignored, as the XDG spec requires.
    public static func location(environment: [String: String]) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("partner-triage/audit.jsonl")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home).appendingPathComponent(".local/state/partner-triage/audit.jsonl")
        }
        return nil
    }

    /// Appends one record and flushes it to disk.
    ///
    /// - Throws: ``AuditLogError/cannotWrite(path:reason:)`` naming the file and the system's reason.
    public func append(_ record: AuditRecord) throws {
        try createDirectory()
        let path = fileURL.path
        let descriptor = PrivateDirectory.openFile(path, flags: O_WRONLY | O_APPEND | O_CREAT)
        guard descriptor >= 0 else { throw AuditLogError.cannotWrite(path: path, reason: AuditLog.lastError()) }
        defer { close(descriptor) }
        // A file created earlier by another tool (or with a looser umask) is tightened on every append.
        _ = fchmod(descriptor, 0o600)
        let bytes = Array((record.jsonLine + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw AuditLogError.cannotWrite(path: path, reason: written < 0 ? AuditLog.lastError() : "short write")
        }
        guard fsync(descriptor) == 0 else { throw AuditLogError.cannotWrite(path: path, reason: AuditLog.lastError()) }
    }

    /// Creates the directory and the file (`0700`/`0600`) without writing, so a run that cannot keep its record
    /// fails before it sends anything.
    ///
    /// - Throws: ``AuditLogError/cannotWrite(path:reason:)``.
    public func prepare() throws {
        try createDirectory()
        let descriptor = PrivateDirectory.openFile(fileURL.path, flags: O_WRONLY | O_APPEND | O_CREAT)
        guard descriptor >= 0 else {
            throw AuditLogError.cannotWrite(path: fileURL.path, reason: AuditLog.lastError())
        }
        _ = fchmod(descriptor, 0o600)
        close(descriptor)
    }

    /// Every record in the log, oldest first (for tests and summaries); unreadable lines are skipped.
    public func records() throws -> [AuditRecord] {
        guard FileManager.default.fileExists(atPath: fileURL.path) else { return [] }
        let text = try String(contentsOf: fileURL, encoding: .utf8)
        let decoder = JSONDecoder()
        return text.split(separator: "\n").compactMap { try? decoder.decode(AuditRecord.self, from: Data($0.utf8)) }
    }

    /// Creates the directory (0700) and refuses one that is a symbolic link, another user's or writable by others.
    private func createDirectory() throws {
        do { try PrivateDirectory.prepare(fileURL.deletingLastPathComponent()) } catch {
            // A directory that cannot be made is a write failure, not an unsafe directory.
            if error.problem.hasPrefix("cannot be created") {
                throw AuditLogError.cannotWrite(path: error.path, reason: error.problem)
            }
            throw AuditLogError.unsafeDirectory(error)
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// Why the audit log could not be written.
package enum AuditLogError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Neither `XDG_STATE_HOME` nor `HOME` is an absolute path.
    case noLocation
    /// Creating the directory or writing the file failed.
    case cannotWrite(path: String, reason: String)
    /// The log's directory is a symbolic link, another user's, or writable by group or others.
    case unsafeDirectory(PrivateDirectory.Unsafe)

    package var description: String {
        switch self {
        case .noLocation:
            "Cannot find where to keep the audit log: set HOME or XDG_STATE_HOME to an absolute path."
        case .cannotWrite(let path, let reason):
            "Cannot write the audit log \(path): \(reason). Fix the file's permissions or set XDG_STATE_HOME."
        case .unsafeDirectory(let problem):
            "Not writing the audit log: \(problem)"
        }
    }
}
