import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The write quota (1 write/s per account) shared by every process of this user: a small file per account key and
/// endpoint holding the wall-clock time of the last write (sent or answered), read and advanced under `flock`, so parallel runs
/// together stay within the quota instead of each pacing alone.
struct SharedWriteBudget: Sendable {
    /// Where the slot files live (`$XDG_RUNTIME_DIR/partner-triage`, else the state directory).
    let directory: URL
    /// Seconds between two writes.
    let interval: Double

    /// The directory for `environment`: `$XDG_RUNTIME_DIR/partner-triage`, else `$XDG_STATE_HOME/partner-triage`,
    /// else `~/.local/state/partner-triage`; `nil` when none is an absolute path.
    static func directory(environment: [String: String]) -> URL? {
        if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") {
            return URL(fileURLWithPath: runtime).appendingPathComponent("partner-triage")
        }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("partner-triage")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home).appendingPathComponent(".local/state/partner-triage")
        }
        return nil
    }

    /// The slot file of one access key at one endpoint (hashed: the name reveals neither).
    func fileURL(accessKeyId: String, endpoint: String) -> URL {
        let digest = SHA256.hash(data: Data("\(endpoint)\n\(accessKeyId)".utf8)).hexString.prefix(24)
        return directory.appendingPathComponent("write-budget-\(digest)")
    }

    /// Claims the write budget for a write sent now, when the last write (sent, or answered) is at least one interval
    /// ago; otherwise claims nothing and returns how many seconds to wait before asking again.
    ///
    /// The claim is made just before the send, so a process that is slow between waiting and sending never takes a
    /// slot that another process has used since.
    ///
    /// - Parameter now: seconds since 1970 (a clock every process shares).
    /// - Returns: 0 when the write may go out now, else the seconds to wait.
    /// - Throws: ``PrivateFile/WriteError`` when the file cannot be used safely.
    func claim(_ file: URL, now: Double) throws -> Double {
        try update(file) { stored in
            // A time ahead of now (a clock set back, a damaged file) holds a write back one interval at most.
            let last = min(stored, now)
            let wait = last + interval - now
            return wait <= 0 ? (now, 0) : (last, wait)
        }
    }

    /// Records that a write's response arrived at `now`: the next write waits one interval from here, so the
    /// service never sees two writes closer than that however long this one took.
    func finished(_ file: URL, now: Double) throws {
        try update(file) { last in (max(last, now), ()) }
    }

    /// Reads the stored slot, stores the new one, all under an exclusive lock.
    private func update<Result>(_ file: URL, _ change: (Double) -> (Double, Result)) throws -> Result {
        try PrivateDirectory.prepare(directory)
        let descriptor = PrivateDirectory.openFile(file.path, flags: O_RDWR | O_CREAT)
        guard descriptor >= 0 else {
            throw PrivateFile.WriteError(path: file.path, detail: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else {
            throw PrivateFile.WriteError(path: file.path, detail: "cannot lock (\(String(cString: strerror(errno))))")
        }
        defer { flock(descriptor, LOCK_UN) }
        let size = 64
        var buffer = [UInt8](repeating: 0, count: size)
        let count = pread(descriptor, &buffer, size, 0)
        let stored = count > 0 ? Double(String(decoding: buffer.prefix(count), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 : 0
        let (next, result) = change(stored.isFinite ? stored : 0)
        let text = Array(String(format: "%.6f\n", next).utf8)
        _ = ftruncate(descriptor, 0)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return result
    }
}
