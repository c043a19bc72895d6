import TriageCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The counts a bulk run reports at its end.
struct BulkSummary: Equatable, Sendable {
    var total: Int
    var succeeded = 0
    var unchanged = 0
    var failed = 0
    /// Accept tasks started whose end could not be learned.
    var unconfirmed = 0
    /// Requests sent whose answer was lost: the change may or may not have been made.
    var unknown = 0
    /// The signal that stopped the run (SIGINT, SIGTERM, SIGHUP), if one did.
    var stoppedBy: Int32?

    var finished: Int { succeeded + unchanged + failed + unconfirmed + unknown }
    var notSent: Int { total - finished }

    /// Counts one finished invitation.
    mutating func count(_ outcome: RunResult.Outcome) {
        switch outcome {
        case .failed, .taskFailed: failed += 1
        case .unknown: unknown += 1
        case .alreadyMade: unchanged += 1
        case .taskNotConfirmed: unconfirmed += 1
        case .rejected, .leadAccepted, .taskCompleted, .taskStarted: succeeded += 1
        }
    }

    /// The process's exit code: 128 + the signal after a stop (130 after Ctrl-C), 1 when any failed or is not
    /// known to have succeeded, else 0.
    var exitCode: Int32 {
        if let stoppedBy { return 128 + stoppedBy }
        return failed > 0 || unconfirmed > 0 || unknown > 0 ? ExitStatus.requestFailed : ExitStatus.success
    }

    /// One line, e.g. `Rejected 9 of 10 invitations in Sandbox, 1 failed. Audit log: …`.
    func line(verb: String, catalog: String, auditPath: String) -> String {
        var parts = ["\(verb) \(succeeded) of \(total) invitation\(total == 1 ? "" : "s") in \(catalog)"]
        if unchanged > 0 { parts.append("\(unchanged) unchanged") }
        if unconfirmed > 0 { parts.append("\(unconfirmed) started but not confirmed") }
        parts.append("\(failed) failed")
        if unknown > 0 {
            parts.append(
                "\(unknown) unknown (sent, answer lost: check with partner-triage show ID --catalog \(catalog))")
        }
        if let stoppedBy { parts.append("\(notSent) not sent (stopped by \(BulkSummary.name(of: stoppedBy)))") }
        return parts.joined(separator: ", ") + ". Audit log: \(auditPath)"
    }

    /// How the summary names a signal: `Ctrl-C`, `SIGTERM`, `SIGHUP`.
    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGINT: "Ctrl-C"
        case SIGTERM: "SIGTERM"
        case SIGHUP: "SIGHUP"
        default: "signal \(signal)"
        }
    }
}
