/// One opportunity to hand over: the invitation it came from and the opportunity's id.
public struct AssignTarget: Hashable, Sendable {
    /// The invitation id.
    public var id: String
    /// The opportunity id exactly as the service sent it.
    public var opportunityID: String
    /// The invitation's title, cleaned.
    public var title: String
}

/// Opportunities being assigned to one person, one request at a time (the client paces them to the write quota).
public struct AssignRun: Hashable, Sendable {
    /// Who they go to.
    public var person: RosterPerson
    /// Still to send, in order.
    public var queue: [AssignTarget]
    /// Sent and not answered yet.
    public var inFlight: AssignTarget?
    /// Answered with success.
    public var assigned = 0
    /// Refused or failed.
    public var failed = 0
    /// All of them.
    public var total: Int

    /// The status line, e.g. `Assigning 2/5 to Ana Silva · 1 failed`.
    public var progressLine: String {
        let done = assigned + failed
        var line = "Assigning \(min(done + 1, total))/\(total) to \(person.name)"
        if failed > 0 { line += " · \(failed) failed" }
        return line
    }
}
