/// The counts a bulk run reports at its end.
struct BulkSummary: Equatable, Sendable {
    var total: Int
    var succeeded = 0
    var unchanged = 0
    var failed = 0
    /// Accept tasks started whose end could not be learned.
    var unconfirmed = 0
    var interrupted = false

    var finished: Int { succeeded + unchanged + failed + unconfirmed }
    var notSent: Int { total - finished }

    /// The process's exit code: 130 after Ctrl-C, 1 when any failed, else 0.
    var exitCode: Int32 {
        if interrupted { return ExitStatus.interrupted }
        return failed > 0 || unconfirmed > 0 ? ExitStatus.requestFailed : ExitStatus.success
    }

    /// One line, e.g. `Rejected 9 of 10 invitations in Sandbox, 1 failed. Audit log: …`.
    func line(verb: String, catalog: String, auditPath: String) -> String {
        var parts = ["\(verb) \(succeeded) of \(total) invitation\(total == 1 ? "" : "s") in \(catalog)"]
        if unchanged > 0 { parts.append("\(unchanged) unchanged") }
        if unconfirmed > 0 { parts.append("\(unconfirmed) started but not confirmed") }
        parts.append("\(failed) failed")
        if interrupted { parts.append("\(notSent) not sent (stopped by Ctrl-C)") }
        return parts.joined(separator: ", ") + ". Audit log: \(auditPath)"
    }
}
