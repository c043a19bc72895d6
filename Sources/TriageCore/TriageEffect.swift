import Foundation
import PartnerCentral

/// Whether a read was asked for by the user (goes first) or is background work (page loading, prefetch).
public enum RequestPriority: Hashable, Sendable {
    /// The user is waiting for it.
    case foreground
    /// Fill-in work that yields to foreground reads within the read quota.
    case background
}

/// Something the app wants done, as a value; the effect runner does it and answers with a ``TriageMessage``.
public enum TriageEffect: Hashable, Sendable {
    /// List one page; answer `.pageLoaded` / `.pageFailed` with the same `generation`.
    /// Build the request with ``ListQuery/request(catalog:token:)``.
    case listPage(catalog: Catalog, query: ListQuery, token: String?, generation: Int, priority: RequestPriority)
    /// `GetEngagementInvitation`; answer `.detailsLoaded` / `.detailsFailed`.
    case getInvitation(catalog: Catalog, id: String, priority: RequestPriority)
    /// `RejectEngagementInvitation`; answer `.rejectSucceeded` / `.rejectFailed`.
    case reject(catalog: Catalog, id: String, reason: RejectionReason)
    /// `StartEngagementByAcceptingInvitationTask` with this token (reuse it on every retry of this request);
    /// answer `.acceptTaskStarted` / `.acceptFailed`.
    case startAccept(catalog: Catalog, id: String, clientToken: String)
    /// `AcceptEngagementInvitation`, how leads are accepted (a lead has no AWS opportunity for the task to copy);
    /// answer `.leadAccepted` / `.acceptFailed`.
    case acceptLead(catalog: Catalog, id: String)
    /// `GetEngagement` for an accepted lead's engagement; answer `.engagementLoaded` / `.engagementFailed`.
    case getEngagement(catalog: Catalog, id: String, engagementID: String)
    /// After `delay`, `ListEngagementByAcceptingInvitationTasks` with `TaskIdentifier` = `taskID`;
    /// answer `.acceptTaskPolled` / `.acceptPollFailed`.
    case pollAcceptTask(catalog: Catalog, id: String, taskID: String, delay: Duration)
    /// `GetEngagementInvitation` to learn the real status after a conflict; answer `.detailsLoaded` / `.detailsFailed`.
    case refreshInvitation(catalog: Catalog, id: String)
    /// Withdraw reject or accept requests still waiting for the write budget (Esc stopped the run); answer
    /// `.writeNotSent` for each one withdrawn. A request already sent is left to finish.
    case withdrawUnsentWrites
    /// Drop queued background reads that have not started (a reload or catalog switch made them stale).
    case cancelBackground
    /// The MFA dialog was answered: the code typed, or `nil` when the user cancelled (the credential request that
    /// asked then fails with a clear message).
    case answerMFA(code: String?)
    /// `ListOpportunities` for `customer` (and `GetOpportunity` for the titles of those of the same customer), in
    /// the background; answer `.pipelineLoaded` / `.pipelineFailed` with `key`.
    case findPipeline(catalog: Catalog, customer: String, key: String)
    /// `ListEngagementByAcceptingInvitationTasks` for invitation `id` (accepted in an earlier session), to learn
    /// the opportunity its accept created; answer `.acceptedOpportunityFound`.
    case findAcceptedOpportunity(catalog: Catalog, id: String)
    /// `GetOpportunity` for what accepting invitation `id` created; answer `.opportunityLoaded` / `.followUpFailed`.
    case getOpportunity(catalog: Catalog, id: String, opportunityID: String)
    /// `GetAwsOpportunitySummary` for it; answer `.awsSummaryLoaded` / `.followUpFailed`.
    case getAwsSummary(catalog: Catalog, id: String, opportunityID: String)
    /// `ListEngagementMembers` of an accepted lead's engagement; answer `.membersLoaded` / `.followUpFailed`.
    case listEngagementMembers(catalog: Catalog, id: String, engagementID: String)
    /// `AssignOpportunity` of the opportunity accepting invitation `id` created, to `person` (a write, paced to
    /// the write quota and audited); answer `.assignAnswered`.
    case assign(catalog: Catalog, id: String, opportunityID: String, person: RosterPerson)
    /// Ring the terminal bell (watch mode found new invitations and the bell is on).
    case bell
    /// Put `text` on the clipboard of the terminal the user sits at (OSC 52, so it works over SSH).
    case copyToClipboard(text: String)
    /// Open `url` in a browser; answer `.urlNotOpened` when no browser can be opened from here.
    case openURL(String)
    /// Record that these invitations were shown, so later sessions and `list --new` know them.
    case rememberSeen(catalog: Catalog, ids: [String])
    /// Leave the run loop, restore the terminal and print ``SessionCounters/summary``.
    case quit
}
