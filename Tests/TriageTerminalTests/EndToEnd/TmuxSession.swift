import Foundation
import PartnerTriageTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A detached tmux server on its own socket running one command in a pane of fixed size, driven with send-keys and
/// read with capture-pane. Every wait polls with a deadline; nothing sleeps for a fixed time.
final class TmuxSession {
    let socket: String
    private let tmux: String

    /// Starts `command` (run by `sh -c`) in a new `columns`×`rows` session.
    init(command: String, columns: Int, rows: Int, environment: [String: String]) throws {
        tmux = try Self.locate("tmux")
        socket = "pt-e2e-\(UUID().uuidString.prefix(8).lowercased())"
        var arguments = ["-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)"]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments.append(command)
        // The server this starts keeps whatever stdout it inherits open, so no pipe here: reading one would never end.
        let status = try run(arguments, captureOutput: false).status
        try #require(status == 0, "tmux new-session failed (status \(status))")
    }

    deinit {
        _ = try? run(["kill-server"])
        // kill-server can leave the socket file behind.
        let directory = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(directory)/tmux-\(getuid())/\(socket)")
    }

    /// The pane's text now.
    func capture() -> String {
        (try? run(["capture-pane", "-p", "-t", "0"]).output) ?? ""
    }

    /// The pane's text with colours and attributes as escape sequences (for the README screenshot).
    func captureWithEscapes() -> String {
        (try? run(["capture-pane", "-p", "-e", "-t", "0"]).output) ?? ""
    }

    /// A tmux format value of the pane, e.g. `#{alternate_on}`.
    func format(_ format: String) -> String {
        ((try? run(["display-message", "-p", "-t", "0", format]).output) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs a tmux command against this session's server and returns what it printed (e.g. `show-buffer`).
    func tmux(_ arguments: String...) -> String {
        (try? run(arguments).output) ?? ""
    }

    /// Sends tmux key names (`Enter`, `Escape`, `Space`, `r`, …).
    func send(_ keys: String...) {
        _ = try? run(["send-keys", "-t", "0"] + keys)
    }

    /// Types text literally.
    func type(_ text: String) {
        _ = try? run(["send-keys", "-t", "0", "-l", text])
    }

    /// Resizes the window (the program gets SIGWINCH).
    func resize(columns: Int, rows: Int) {
        _ = try? run(["resize-window", "-t", "0", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Waits until `condition` holds for the pane's text; records an issue with the last screen if it never does.
    @discardableResult
    func waitFor(
        _ what: String, timeout: Duration = .seconds(30), sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        var screen = capture()
        while ContinuousClock.now < deadline {
            if condition(screen) { return true }
            try? await Task.sleep(for: .milliseconds(50))
            screen = capture()
        }
        if condition(screen) { return true }
        Issue.record("timed out waiting for \(what); screen was:\n\(screen)", sourceLocation: sourceLocation)
        return false
    }

    /// The process id of the pane's shell.
    var panePID: Int32 { Int32(format("#{pane_pid}")) ?? 0 }

    @discardableResult
    private func run(_ arguments: [String], captureOutput: Bool = true) throws -> (status: Int32, output: String) {
        try spawnAndWait([tmux, "-L", socket] + arguments, captureOutput: captureOutput)
    }

    /// Finds an executable on PATH.
    static func locate(_ name: String) throws -> String {
        try #require(
            HostTools.find(
                name, searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"),
            "\(name) is not on PATH; install it (apt-get install \(name)) to run the terminal tests")
    }
}

/// Runs a program to completion with posix_spawn, every signal unblocked and at its default action.
///
/// Foundation's Process passes on the spawning thread's signal mask, and test threads block almost every signal;
/// a tmux server started that way never sees SIGCHLD, so its panes never close and kill-server never finishes.
func spawnAndWait(_ arguments: [String], captureOutput: Bool) throws -> (status: Int32, output: String) {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pipeEnds: [Int32] = [-1, -1]
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if captureOutput {
        guard pipe(&pipeEnds) == 0 else { throw POSIXError(.EMFILE) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ)
    if captureOutput { close(pipeEnds[1]) }
    guard spawned == 0 else {
        if captureOutput { close(pipeEnds[0]) }
        throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL)
    }
    var output = [UInt8]()
    if captureOutput {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(pipeEnds[0], &buffer, buffer.count)
            if count > 0 {
                output += buffer[0..<count]
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        close(pipeEnds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return (exitStatus, String(decoding: output, as: UTF8.self))
}

/// Children of a process, for signalling the program a pane's shell started.
func childProcesses(of parent: Int32) -> [Int32] {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
    return entries.compactMap { Int32($0) }.filter { pid in
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 && Int32(fields[1]) == parent
    }
}
