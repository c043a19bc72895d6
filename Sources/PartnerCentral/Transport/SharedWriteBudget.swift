import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The write quota (1 write/s per account) shared by every process of this user: a small file per account key and
/// endpoint, read and advanced under `flock`, so parallel runs together stay within the quota instead of each pacing
/// alone.
///
/// The file holds the time of the last write and, while a write is on the wire, who sent it and when. A write in
/// flight holds the slot until its answer arrives (or its holder dies, or it has taken longer than any attempt may),
/// because only then is it sure to have reached the service: a request that took a second to arrive must not let the
/// next one follow it a moment later.
struct SharedWriteBudget: Sendable {
    /// Where the slot files live (`$XDG_RUNTIME_DIR/partner-triage`, else the state directory).
    let directory: URL
    /// Seconds between two writes.
    let interval: Double
    /// The longest a write in flight holds the slot (beyond it the holder is presumed lost).
    var holdLimit: Double = 60
    /// Whether a process still runs (injectable for tests of a holder that died).
    var isAlive: @Sendable (Int32) -> Bool = SharedWriteBudget.processIsAlive

    /// How long a claimant waits before looking again at a slot held by a write in flight.
    static let heldPollInterval = 0.05

    /// A claim of the slot, to be released by ``finished(_:claim:now:)``.
    struct Claim: Sendable, Equatable {
        /// The claiming process.
        let pid: Int32
        /// When the claim was made (seconds since 1970); with `pid`, tells this claim from a later one.
        let at: Double
    }

    /// What a claim attempt gave: the slot, or the seconds to wait before asking again.
    enum Answer: Sendable, Equatable {
        case claimed(Claim)
        case wait(Double)
    }

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

    /// The slot file of one account at one endpoint (hashed: the name reveals neither). The quota is the
    /// account's, so every key of it shares one file: a long-term key, and the temporary keys of each role session.
    func fileURL(accessKeyId: String, endpoint: String) -> URL {
        let owner = AccessKeyAccount.accountID(of: accessKeyId).map { "account \($0)" } ?? "key \(accessKeyId)"
        let digest = SHA256.hash(data: Data("\(endpoint)\n\(owner)".utf8)).hexString.prefix(24)
        return directory.appendingPathComponent("write-budget-\(digest)")
    }

    /// Claims the write budget for a write sent now, when no write is in flight and the last one (sent, or answered)
    /// is at least one interval ago; otherwise claims nothing and says how many seconds to wait before asking again.
    ///
    /// The claim is made just before the send, so a process that is slow between waiting and sending never takes a
    /// slot that another process has used since.
    ///
    /// - Parameter now: seconds since 1970 (a clock every process shares).
    /// - Throws: ``PrivateFile/WriteError`` when the file cannot be used safely.
    func claim(_ file: URL, now: Double, pid: Int32 = getpid()) throws -> Answer {
        try update(file) { slot in
            if slot.holder != 0, now - slot.heldSince < holdLimit, now >= slot.heldSince, isAlive(slot.holder) {
                return (slot, .wait(Self.heldPollInterval))
            }
            // A time ahead of now (a clock set back, a damaged file) holds a write back one interval at most.
            let last = min(slot.last, now)
            let wait = last + interval - now
            guard wait <= 0 else { return (Slot(last: last), .wait(wait)) }
            // The claim names the time as the file keeps it (six decimals), so its release recognises it.
            let held = Slot(text: Slot(last: now, holder: pid, heldSince: now).text)
            return (held, .claimed(Claim(pid: pid, at: held.heldSince)))
        }
    }

    /// Records that a write's response (or failure) arrived at `now` and releases the slot: the next write waits one
    /// interval from here, so the service never sees two writes closer than that however long this one took.
    func finished(_ file: URL, claim: Claim, now: Double) throws {
        try update(file) { slot in
            let mine = slot.holder == claim.pid && slot.heldSince == claim.at
            let last = max(slot.last, now)
            return (mine ? Slot(last: last) : Slot(last: last, holder: slot.holder, heldSince: slot.heldSince), ())
        }
    }

    /// Whether process `pid` runs (a process of another user counts as running).
    static func processIsAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// The file's content: the last write, and the write in flight (holder 0: none).
    struct Slot: Equatable {
        var last: Double
        var holder: Int32 = 0
        var heldSince: Double = 0

        /// Parses "last [holder heldSince]"; anything unreadable is an empty slot.
        init(text: String) {
            let fields = text.split(whereSeparator: \.isWhitespace)
            let last = fields.first.flatMap { Double($0) } ?? 0
            self.last = last.isFinite ? last : 0
            if fields.count >= 3, let holder = Int32(fields[1]), let since = Double(fields[2]), since.isFinite {
                self.holder = holder
                self.heldSince = since
            }
        }

        init(last: Double, holder: Int32 = 0, heldSince: Double = 0) {
            self.last = last
            self.holder = holder
            self.heldSince = heldSince
        }

        var text: String { String(format: "%.6f %d %.6f\n", last, holder, heldSince) }
    }

    /// Reads the stored slot, stores the new one, all under an exclusive lock.
    private func update<Result>(_ file: URL, _ change: (Slot) -> (Slot, Result)) throws -> Result {
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
        let size = 128
        var buffer = [UInt8](repeating: 0, count: size)
        let count = pread(descriptor, &buffer, size, 0)
        let stored = Slot(text: count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self) : "")
        let (next, result) = change(stored)
        let text = Array(next.text.utf8)
        _ = ftruncate(descriptor, 0)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return result
    }
}
