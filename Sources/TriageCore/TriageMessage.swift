import Foundation
import PartnerCentral

/// Everything that can happen to the app: key presses, terminal events, time, and the results of effects.
///
/// Results carry only service models and plain one-line strings (the client's error message), never `Error`
/// values, so nothing secret can reach the state or the screen.
public enum TriageMessage: Sendable {
    /// A decoded key press.
    case key(Key)
    /// The terminal's size (sent once at start and on every resize).
    case resize(cols: Int, rows: Int)
    /// The current time; the runner sends it about once a second. `update` never reads a clock.
    case tick(now: Date)

    // MARK: - List

    /// A page of `ListEngagementInvitations` arrived for the load `generation`.
    case pageLoaded(catalog: Catalog, generation: Int, summaries: [EngagementInvitationSummary], nextToken: String?)
    /// Listing failed after the client's retries.
    case pageFailed(catalog: Catalog, generation: Int, message: String)

    // MARK: - Details

    /// `GetEngagementInvitation` succeeded (for details, prefetch or a refresh after a conflict).
    case detailsLoaded(catalog: Catalog, id: String, invitation: EngagementInvitation)
    /// `GetEngagementInvitation` failed.
    case detailsFailed(catalog: Catalog, id: String, message: String)

    // MARK: - Reject

    /// `RejectEngagementInvitation` succeeded.
    case rejectSucceeded(catalog: Catalog, id: String, reason: RejectionReason)
    /// `RejectEngagementInvitation` failed; `errorCode` is the service's exception name (`ConflictException`, …).
    case rejectFailed(catalog: Catalog, id: String, message: String, errorCode: String?)

    // MARK: - Accept

    /// `StartEngagementByAcceptingInvitationTask` answered (the task may already be complete or failed).
    case acceptTaskStarted(catalog: Catalog, id: String, task: StartEngagementByAcceptingInvitationTaskResponse)
    /// A poll (`ListEngagementByAcceptingInvitationTasks` filtered to the task id) found the task; `nil` if absent.
    case acceptTaskPolled(catalog: Catalog, id: String, task: ListEngagementByAcceptingInvitationTaskSummary?)
    /// Starting the task, or accepting a lead, failed.
    case acceptFailed(catalog: Catalog, id: String, message: String, errorCode: String?)
    /// `AcceptEngagementInvitation` accepted the lead `id`.
    case leadAccepted(catalog: Catalog, id: String)
    /// `GetEngagement` answered for the accepted lead `id`.
    case engagementLoaded(catalog: Catalog, id: String, engagement: GetEngagementResponse)
    /// `GetEngagement` failed for the accepted lead `id`.
    case engagementFailed(catalog: Catalog, id: String, message: String)
    /// A poll failed (the task itself may still be fine).
    case acceptPollFailed(catalog: Catalog, id: String, message: String)
    /// A reject or accept was sent but its answer was lost (the connection dropped, the attempt timed out, the
    /// session ended first): the service may or may not have made the change.
    case writeOutcomeUnknown(catalog: Catalog, id: String, message: String)
    /// A reject or accept was withdrawn before it was sent (after `.withdrawUnsentWrites`).
    case writeNotSent(catalog: Catalog, id: String)
    /// A reject or accept was refused with a conflict, and the invitation read back (`invitation`) already has the
    /// status the decision wanted (see ``ConflictRule``): the decision was already made.
    case decisionAlreadyMade(catalog: Catalog, id: String, invitation: EngagementInvitation)
    /// Stop the run as Esc does (a signal on the command line): nothing more is sent, the request in flight
    /// finishes, and waiting for an accept's end is given up.
    case stopRun

    // MARK: - Layout

    /// The view measured the full-screen details of `id`: scrolling further than `maxScroll` lines shows nothing
    /// new. Optional; without it the core does not bound ``TriageState/detailsScroll`` and the view clamps.
    case detailsScrollLimit(id: String, maxScroll: Int)

    // MARK: - Environment

    /// The header's identity label became known or changed (profile name or endpoint).
    case identityResolved(label: String)
    /// The credentials need the current code of an MFA device; `prompt` is e.g. "Enter MFA code for
    /// arn:aws:iam::123456789012:mfa/alice:". Opens the MFA dialog over whatever screen is showing; answer it with
    /// ``TriageEffect/answerMFA(code:)``.
    case mfaCodeRequested(prompt: String)
    /// The partner's opportunities for the customer `key` arrived (from `.findPipeline`).
    case pipelineLoaded(catalog: Catalog, key: String, opportunities: [PipelineOpportunity])
    /// Looking up the partner's opportunities for the customer `key` failed.
    case pipelineFailed(catalog: Catalog, key: String, message: String)
    /// The accept task of invitation `id` named the opportunity it created (`nil`: no completed task names one).
    case acceptedOpportunityFound(catalog: Catalog, id: String, opportunityID: String?)
    /// `GetOpportunity` answered for what accepting invitation `id` created.
    case opportunityLoaded(catalog: Catalog, id: String, opportunity: GetOpportunityResponse)
    /// `GetAwsOpportunitySummary` answered for it.
    case awsSummaryLoaded(catalog: Catalog, id: String, summary: GetAwsOpportunitySummaryResponse)
    /// `ListEngagementMembers` answered for the accepted lead `id`.
    case membersLoaded(catalog: Catalog, id: String, members: [EngagementMember])
    /// A follow-up read failed.
    case followUpFailed(catalog: Catalog, id: String, read: FollowUpRead, message: String)
    /// `AssignOpportunity` answered for invitation `id`'s opportunity: `failure` is `nil` on success, else the
    /// client's one line.
    case assignAnswered(catalog: Catalog, id: String, failure: String?)
    /// No browser could be opened for `url` (no display, an SSH session): the core copies it instead.
    case urlNotOpened(url: String)
    /// A problem outside any one request (credentials missing, …), shown in the footer.
    case notice(message: String, severity: FooterMessage.Severity)
    /// Call `call` is waiting on the network (`text`, e.g. "no answer from HOST yet, attempt 2 of 3…"), or ended
    /// (`nil`), which clears its notice from the status line.
    case connectionProgress(call: Int, text: String?)
}
