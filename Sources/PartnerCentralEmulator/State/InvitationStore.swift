import Foundation
import PartnerCentral

/// The emulator's state: invitations per catalog, accept tasks, idempotency tokens; every mutation is serialised.
///
/// Time-dependent state is computed lazily from the injected clock on each call: a `PENDING` invitation whose
/// `ExpirationDate` has passed reads (and acts) as `EXPIRED`, and an accept task finishes on the first call at or
/// after its finish time, which is also when its invitation becomes `ACCEPTED`.
public actor InvitationStore {
    private struct Catalogued {
        /// Invitations by id.
        var invitations: [String: EngagementInvitation] = [:]
        /// Ids in descending ``RowKey`` order (newest `InvitationDate` first, ties by descending id), so that
        /// ascending order is the exact reverse; sorted once, since dates never change.
        var newestFirst: [String] = []
        /// Tasks in start order.
        var tasks: [AcceptTask] = []
    }

    private var catalogs: [String: Catalogued] = [:]
    private let acceptTaskFailures: [String: AcceptTaskFailure]
    private var tokens: [String: Int] = [:]
    private var taskCounter = 0
    private let clock: EmulatorClock
    private let taskDuration: TimeInterval
    private let accountId: String
    private let pageToken: PageToken

    /// Catalogs the service knows.
    static let knownCatalogs = Catalog.allCases.map(\.rawValue)

    /// Creates a store from a seed (already rebased).
    ///
    /// - Parameters:
    ///   - taskDuration: how long an accept task stays `IN_PROGRESS`.
    ///   - accountId: the partner's account, used in task ARNs.
    ///   - tokenKey: the key that signs `NextToken`s.
    public init(
        seed: EmulatorSeed, clock: EmulatorClock, taskDuration: TimeInterval, accountId: String, tokenKey: [UInt8]
    ) {
        self.clock = clock
        self.taskDuration = taskDuration
        self.accountId = accountId
        self.pageToken = PageToken(keyBytes: tokenKey)
        self.acceptTaskFailures = seed.acceptTaskFailures
        var catalogs: [String: Catalogued] = [:]
        for name in InvitationStore.knownCatalogs { catalogs[name] = Catalogued() }
        let loadedAt = Timestamp(clock.now())
        for var invitation in seed.invitations {
            // Seed files may leave the date out; the invitation then arrived as the emulator started.
            if invitation.invitationDate == nil { invitation.invitationDate = loadedAt }
            catalogs[invitation.catalog, default: Catalogued()].invitations[invitation.id] = invitation
        }
        for (name, catalog) in catalogs {
            catalogs[name]?.newestFirst = catalog.invitations.values
                .sorted { InvitationStore.key($1) < InvitationStore.key($0) }
                .map(\.id)
        }
        self.catalogs = catalogs
    }

    // MARK: - Inspection (tests, the CLI)

    /// The invitation as `GetEngagementInvitation` would show it now, or `nil`.
    public func invitation(id: String, catalog: String) -> EngagementInvitation? {
        let now = clock.now()
        advanceTasks(now: now)
        return catalogs[catalog]?.invitations[id].map { effective($0, now: now) }
    }

    /// Every invitation of a catalog as it reads now, newest first.
    public func invitations(catalog: String) -> [EngagementInvitation] {
        let now = clock.now()
        advanceTasks(now: now)
        guard let entry = catalogs[catalog] else { return [] }
        return entry.newestFirst.compactMap { entry.invitations[$0] }.map { effective($0, now: now) }
    }

    /// Every accept task of a catalog as it reads now, in start order.
    public func tasks(catalog: String) -> [StartEngagementByAcceptingInvitationTaskResponse] {
        advanceTasks(now: clock.now())
        return catalogs[catalog]?.tasks.map(\.summary) ?? []
    }

    // MARK: - Operations

    func list(_ request: ListEngagementInvitationsRequest) throws(AWSJSONError) -> ListEngagementInvitationsResponse {
        let now = clock.now()
        advanceTasks(now: now)
        let entry = try catalogEntry(request.catalog)
        let order = request.sort?.sortOrder ?? .descending
        let query = PageToken.queryHash(
            [
                "ListEngagementInvitations", request.catalog, request.participantType.rawValue,
                (request.status ?? []).map(\.rawValue).sorted().joined(separator: ","),
                (request.payloadType ?? []).map(\.rawValue).sorted().joined(separator: ","),
                (request.engagementIdentifier ?? []).sorted().joined(separator: ","),
                (request.senderAwsAccountId ?? []).sorted().joined(separator: ","),
                order.rawValue, request.sort?.sortBy.rawValue ?? "",
            ])
        let cursor = try resumeKey(request.nextToken, query: query)
        let statuses = request.status.map(Set.init)
        let payloadTypes = request.payloadType.map(Set.init)
        let engagementIds = request.engagementIdentifier.map(Set.init)
        let senders = request.senderAwsAccountId.map(Set.init)
        // The emulator only holds invitations received by the caller.
        let ids = request.participantType == .receiver
            ? (order == .ascending ? Array(entry.newestFirst.reversed()) : entry.newestFirst) : []
        let pageSize = request.maxResults ?? 50
        var page: [EngagementInvitationSummary] = []
        var more = false
        for id in ids {
            guard let stored = entry.invitations[id] else { continue }
            if let cursor, !InvitationStore.key(stored).follows(cursor, in: order) { continue }
            let invitation = effective(stored, now: now)
            if let statuses, !statuses.contains(invitation.status ?? .pending) { continue }
            if let payloadTypes, !payloadTypes.contains(invitation.payloadType ?? "") { continue }
            if let engagementIds, !InvitationStore.matches(engagementIds, engagementOf: invitation) { continue }
            if let senders, !senders.contains(invitation.senderAwsAccountId ?? "") { continue }
            guard page.count < pageSize else {
                more = true
                break
            }
            page.append(invitation.summary)
        }
        let next =
            more ? page.last.map { pageToken.make(after: RowKey($0.invitationDate?.date, id: $0.id), query: query) } : nil
        return ListEngagementInvitationsResponse(engagementInvitationSummaries: page, nextToken: next)
    }

    func get(catalog: String, identifier: String) throws(AWSJSONError) -> EngagementInvitation {
        let now = clock.now()
        advanceTasks(now: now)
        return effective(try stored(catalog: catalog, identifier: identifier), now: now)
    }

    func reject(catalog: String, identifier: String, reason: String?) throws(AWSJSONError) {
        let now = clock.now()
        advanceTasks(now: now)
        let invitation = effective(try stored(catalog: catalog, identifier: identifier), now: now)
        try requirePending(invitation, action: "rejected")
        try requireNoRunningTask(invitation)
        catalogs[catalog]?.invitations[invitation.id]?.status = .rejected
        catalogs[catalog]?.invitations[invitation.id]?.rejectionReason = reason
    }

    func accept(catalog: String, identifier: String) throws(AWSJSONError) {
        let now = clock.now()
        advanceTasks(now: now)
        let invitation = effective(try stored(catalog: catalog, identifier: identifier), now: now)
        try requirePending(invitation, action: "accepted")
        try requireNoRunningTask(invitation)
        catalogs[catalog]?.invitations[invitation.id]?.status = .accepted
    }

    func startAcceptTask(
        _ request: StartEngagementByAcceptingInvitationTaskRequest
    ) throws(AWSJSONError) -> StartEngagementByAcceptingInvitationTaskResponse {
        let now = clock.now()
        advanceTasks(now: now)
        let catalog = request.catalog
        _ = try catalogEntry(catalog)
        let target = try stored(catalog: catalog, identifier: request.identifier)
        let fingerprint = ([target.id] + (request.tags ?? []).map { "\($0.key)=\($0.value)" }).joined(separator: "\u{1F}")
        let tokenKey = "\(catalog)\u{1F}\(request.clientToken)"
        if let index = tokens[tokenKey], let task = catalogs[catalog]?.tasks[index] {
            // Idempotency: the same token and request answer with the same task, in its current state.
            guard task.fingerprint == fingerprint else {
                throw .conflict(
                    "The ClientToken was already used with a different request (task \(task.id)); use a new token.")
            }
            return task.summary
        }
        let invitation = effective(target, now: now)
        try requirePending(invitation, action: "accepted")
        try requireNoRunningTask(invitation)
        taskCounter += 1
        let taskId = "task-" + InvitationStore.base36(taskCounter, width: 13)
        let failure = acceptTaskFailures[EmulatorSeed.key(catalog: catalog, id: invitation.id)]
        let outcome: AcceptTask.Outcome = failure.map { .failed($0) }
            ?? .complete(
                opportunityId: "O\(5_000_000 + taskCounter)",
                resourceSnapshotJobId: "job-" + InvitationStore.base36(taskCounter, width: 13))
        let task = AcceptTask(
            id: taskId, arn: InvitationARN.taskArn(catalog: catalog, account: accountId, id: taskId),
            catalog: catalog, invitationId: invitation.id, clientToken: request.clientToken,
            fingerprint: fingerprint, startTime: Timestamp(now), finishesAt: now.addingTimeInterval(taskDuration),
            status: .inProgress, outcome: outcome)
        catalogs[catalog]?.tasks.append(task)
        tokens[tokenKey] = (catalogs[catalog]?.tasks.count ?? 1) - 1
        advanceTasks(now: now)
        return catalogs[catalog]?.tasks.last?.summary ?? task.summary
    }

    func listTasks(
        _ request: ListEngagementByAcceptingInvitationTasksRequest
    ) throws(AWSJSONError) -> ListEngagementByAcceptingInvitationTasksResponse {
        advanceTasks(now: clock.now())
        let entry = try catalogEntry(request.catalog)
        let order = request.sort?.sortOrder ?? .descending
        let query = PageToken.queryHash(
            [
                "ListEngagementByAcceptingInvitationTasks", request.catalog,
                (request.taskStatus ?? []).map(\.rawValue).sorted().joined(separator: ","),
                (request.opportunityIdentifier ?? []).sorted().joined(separator: ","),
                (request.engagementInvitationIdentifier ?? []).sorted().joined(separator: ","),
                (request.taskIdentifier ?? []).sorted().joined(separator: ","),
                order.rawValue, request.sort?.sortBy.rawValue ?? "",
            ])
        let cursor = try resumeKey(request.nextToken, query: query)
        let statuses = request.taskStatus.map(Set.init)
        let opportunities = request.opportunityIdentifier.map(Set.init)
        let invitations = request.engagementInvitationIdentifier.map(Set.init)
        let taskIds = request.taskIdentifier.map(Set.init)
        let ascending = entry.tasks.sorted { InvitationStore.key($0) < InvitationStore.key($1) }
        let ordered = order == .ascending ? ascending : ascending.reversed()
        let matches = ordered.filter { task in
            cursor.map { InvitationStore.key(task).follows($0, in: order) } ?? true
        }.map(\.summary).filter { task in
            if let statuses, !statuses.contains(task.taskStatus ?? .inProgress) { return false }
            if let opportunities, !opportunities.contains(task.opportunityId ?? "") { return false }
            if let invitations, let id = task.engagementInvitationId,
                !invitations.contains(where: {
                    InvitationARN.names($0, id: id, arn: InvitationARN.arn(catalog: request.catalog, id: id))
                })
            {
                return false
            }
            if let taskIds, !taskIds.contains(where: {
                InvitationARN.names($0, id: task.taskId ?? "", arn: task.taskArn ?? "")
            }) {
                return false
            }
            return true
        }
        let pageSize = request.maxResults ?? 100
        let page = Array(matches.prefix(pageSize))
        let next = page.count < matches.count
            ? page.last.map { task in
                pageToken.make(after: RowKey(task.startTime?.date, id: task.taskId ?? ""), query: query)
            } : nil
        return ListEngagementByAcceptingInvitationTasksResponse(taskSummaries: page, nextToken: next)
    }

    // MARK: - Rules

    private func catalogEntry(_ catalog: String) throws(AWSJSONError) -> Catalogued {
        guard let entry = catalogs[catalog] else {
            throw .validation([
                ValidationIssue(
                    fieldName: "Catalog", code: .invalidValue,
                    message: "Value '\(catalog)' at 'Catalog' failed to satisfy constraint: Member must be one of [\(InvitationStore.knownCatalogs.joined(separator: ", "))]"
                )
            ])
        }
        return entry
    }

    private func stored(catalog: String, identifier: String) throws(AWSJSONError) -> EngagementInvitation {
        let entry = try catalogEntry(catalog)
        guard let invitation = entry.invitations[InvitationARN.candidateId(identifier)],
            InvitationARN.names(
                identifier, id: invitation.id,
                arn: invitation.arn ?? InvitationARN.arn(catalog: invitation.catalog, id: invitation.id))
        else {
            throw .notFound("Engagement invitation \(identifier) was not found in catalog \(catalog).")
        }
        return invitation
    }

    /// The key a page resumes after; `nil` for a first page.
    private func resumeKey(_ token: String?, query: String) throws(AWSJSONError) -> RowKey? {
        guard let token else { return nil }
        do {
            return try pageToken.lastKey(of: token, query: query)
        } catch {
            let message = error == .otherQuery
                ? "The NextToken was issued for a request with different parameters."
                : "The NextToken is not valid."
            throw .validation([ValidationIssue(fieldName: "NextToken", code: .invalidValue, message: message)])
        }
    }

    private func requirePending(_ invitation: EngagementInvitation, action: String) throws(AWSJSONError) {
        let status = invitation.status ?? .pending
        guard status == .pending else {
            throw .conflict(
                "Engagement invitation \(invitation.id) is \(status.rawValue); only PENDING invitations can be \(action).")
        }
    }

    private func requireNoRunningTask(_ invitation: EngagementInvitation) throws(AWSJSONError) {
        if let task = catalogs[invitation.catalog]?.tasks.first(where: {
            $0.invitationId == invitation.id && $0.status == .inProgress
        }) {
            throw .conflict(
                "Engagement invitation \(invitation.id) is being accepted by task \(task.id), which is IN_PROGRESS.")
        }
    }

    /// The invitation as it reads at `now`: pending past its expiry reads as expired.
    private func effective(_ invitation: EngagementInvitation, now: Date) -> EngagementInvitation {
        guard invitation.status == .pending, let expiry = invitation.expirationDate?.date, expiry <= now else {
            return invitation
        }
        var copy = invitation
        copy.status = .expired
        return copy
    }

    /// Finishes the tasks whose time has come; a completed task accepts its invitation.
    private func advanceTasks(now: Date) {
        for name in catalogs.keys {
            guard let tasks = catalogs[name]?.tasks else { continue }
            for (index, task) in tasks.enumerated() where task.status == .inProgress && task.finishesAt <= now {
                switch task.outcome {
                case .complete:
                    catalogs[name]?.tasks[index].status = .complete
                    catalogs[name]?.invitations[task.invitationId]?.status = .accepted
                case .failed:
                    catalogs[name]?.tasks[index].status = .failed
                }
            }
        }
    }

    /// Whether an `EngagementIdentifier` filter names the invitation's engagement, by id or by its exact ARN.
    private static func matches(_ identifiers: Set<String>, engagementOf invitation: EngagementInvitation) -> Bool {
        guard let engagementId = invitation.engagementId else { return false }
        let arn = InvitationARN.engagementArn(catalog: invitation.catalog, id: engagementId)
        return identifiers.contains(engagementId) || identifiers.contains(arn)
    }

    private static func key(_ invitation: EngagementInvitation) -> RowKey {
        RowKey(invitation.invitationDate?.date, id: invitation.id)
    }

    private static func key(_ task: AcceptTask) -> RowKey {
        RowKey(task.startTime.date, id: task.id)
    }

    static func base36(_ value: Int, width: Int) -> String {
        let digits = String(value, radix: 36)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
