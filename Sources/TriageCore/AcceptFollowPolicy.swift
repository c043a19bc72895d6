/// How a run follows an accept once it is sent: the caller chooses, the core applies it.
///
/// The UI keeps its run going and polls each started task alongside; the command line waits for each accept's end
/// (its task, or a lead's engagement) before it sends the next, or only starts tasks (`--no-wait`).
public struct AcceptFollowPolicy: Hashable, Sendable {
    /// Whether the run waits for an accept's follow-up (task end, lead engagement) before sending the next request.
    public var waitsBeforeNext: Bool
    /// Whether started tasks are polled at all; without it a started task is reported as started.
    public var followsTasks: Bool
    /// The wait before the first poll.
    public var firstDelay: Duration
    /// Waits double after each poll that finds the task running, up to this.
    public var maxDelay: Duration
    /// Polls that find the task running before the run stops following it (`nil`: no limit).
    public var maxPolls: Int?
    /// Polls that may fail in a row before the run stops following the task.
    public var maxFailedPolls: Int

    /// The UI's: polls each task alongside the run, 1 s apart, giving up after 5 failed polls in a row.
    public static let alongside = AcceptFollowPolicy(
        waitsBeforeNext: false, followsTasks: true, firstDelay: .seconds(1), maxDelay: .seconds(1), maxPolls: nil,
        maxFailedPolls: 5)
    /// The command line's: waits for each task before the next request, backing off from 0.5 s to 5 s for up to
    /// 70 polls (about five minutes); a failed poll ends the wait.
    public static let waitForEach = AcceptFollowPolicy(
        waitsBeforeNext: true, followsTasks: true, firstDelay: .milliseconds(500), maxDelay: .seconds(5),
        maxPolls: 70, maxFailedPolls: 1)
    /// `--no-wait`: a started task is reported as started; a lead's engagement is still read before the next.
    public static let startOnly = AcceptFollowPolicy(
        waitsBeforeNext: true, followsTasks: false, firstDelay: .zero, maxDelay: .zero, maxPolls: 0,
        maxFailedPolls: 1)

    /// The wait before the next poll, after `polls` polls found the task running.
    public func delay(afterPolls polls: Int) -> Duration {
        var delay = firstDelay
        for _ in 0..<polls where delay < maxDelay { delay = min(delay * 2, maxDelay) }
        return delay
    }
}
