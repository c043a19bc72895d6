import Foundation
import PartnerCentral

/// The emulator's state: invitations per catalog, accept tasks, idempotency tokens and the partner's opportunities;
/// every mutation is serialised.
///
/// Time-dependent state is computed lazily from the injected wall clock on each call: a `PENDING` invitation whose
/// `ExpirationDate` has passed reads (and acts) as `EXPIRED`, and an accept task finishes on the first call at or
/// after its finish time, which is also when its invitation becomes `ACCEPTED`.
public actor InvitationStore {
    private struct Catalogued {
        /// Invitations by id.
        var invitations: [String: StoredInvitation] = [:]
        /// Ids by seeded `Arn`, so that an identifier naming an invitation by its ARN finds it exactly.
        var idsByArn: [String: String] = [:]
        /// Ids in descending ``RowKey`` order (newest `InvitationDate` first, ties by descending id), so that
        /// ascending order is the exact reverse; sorted once, since dates never change.
        var newestFirst: [String] = []
        /// Tasks in start order.
        var tasks: [AcceptTask] = []
    }

    private var catalogs: [String: Catalogued] = [:]
    /// Every write that reached the store, in order (`reject ID`, `accept ID`, `start ID`, `assign ID`), refused ones too, so a
    /// test can tell "nothing was sent" from "sent and refused", and count a write sent exactly once.
    public internal(set) var writes: [String] = []
    private let acceptTaskFailures: [String: AcceptTaskFailure]
    private var tokens: [String: Int] = [:]
    private var taskCounter = 0
    private var opportunityCounter = 0
    let now: @Sendable () -> Date
    private let taskDuration: TimeInterval
    let accountId: String
    let pageToken: PageToken
    /// The partner's opportunities: seeded, and made as invitations are accepted.
    var opportunityBook = OpportunityBook()
    /// How long after an accept AWS withholds the customer's contacts.
    let contactDelay: TimeInterval

    /// Catalogs the service knows.
    static let knownCatalogs = Catalog.allCases.map(\.rawValue)

    /// Creates a store from a seed (already rebased).
    ///
    /// - Parameters:
    ///   - taskDuration: how long an accept task stays `IN_PROGRESS`.
    ///   - accountId: the partner's account, used in task ARNs.
    ///   - tokenKey: the key that signs `NextToken`s.
    ///   - contactDelay: how long after an accept the customer's contacts stay withheld (0: shared at once).
    public init(
        seed: EmulatorSeed, now: @escaping @Sendable () -> Date, taskDuration: TimeInterval, accountId: String,
        tokenKey: [UInt8],
        contactDelay: TimeInterval = 0
    ) {
        self.now = now
        self.contactDelay = contactDelay
        self.taskDuration = taskDuration
        self.accountId = accountId
        self.pageToken = PageToken(keyBytes: tokenKey)
        self.acceptTaskFailures = seed.acceptTaskFailures
        var catalogs: [String: Catalogued] = [:]
        for name in InvitationStore.knownCatalogs { catalogs[name] = Catalogued() }
        // Seed files may leave the date out; the invitation then arrived as the emulator started.
        let loadedAt = Timestamp(self.now())
        for element in seed.elements {
            guard let invitation = StoredInvitation(element, loadedAt: loadedAt) else { continue }
            catalogs[invitation.catalog, default: Catalogued()].invitations[invitation.id] = invitation
            catalogs[invitation.catalog]?.idsByArn[invitation.arn] = invitation.id
        }
        for (name, catalog) in catalogs {
            catalogs[name]?.newestFirst = catalog.invitations.values.sorted { $1.key < $0.key }.map(\.id)
        }
        self.catalogs = catalogs
        for element in seed.opportunities {
            guard
                let opportunity = StoredOpportunity(element.object, awsSummary: element.awsSummary, loadedAt: loadedAt)
            else { continue }
            opportunityBook[opportunity.catalog, opportunity.id] = opportunity
        }
    }

    // MARK: - Inspection (tests, the CLI)

    /// Adds an invitation as AWS would share a new one (dated now unless it says otherwise); `false` when it has
    /// no `Id` or `Catalog`, or one with that id is already there.
    @discardableResult
    public func add(_ invitation: EngagementInvitation) -> Bool {
        guard let stored = StoredInvitation(SeedInvitation(invitation), loadedAt: Timestamp(now())),
            catalogs[stored.catalog]?.invitations[stored.id] == nil
        else { return false }
        catalogs[stored.catalog, default: Catalogued()].invitations[stored.id] = stored
        catalogs[stored.catalog]?.idsByArn[stored.arn] = stored.id
        if let catalog = catalogs[stored.catalog] {
            catalogs[stored.catalog]?.newestFirst = catalog.invitations.values.sorted { $1.key < $0.key }.map(\.id)
        }
        return true
    }

    /// The invitation as `GetEngagementInvitation` would show it now, or `nil`.
    public func invitation(id: String, catalog: String) -> EngagementInvitation? {
        let now = self.now()
        advanceTasks(now: now)
        return catalogs[catalog]?.invitations[id].map { EngagementInvitation(json: .object($0.output(at: now))) }
    }

    /// Every invitation of a catalog as it reads now, newest first.
    public func invitations(catalog: String) -> [EngagementInvitation] {
        let now = self.now()
        advanceTasks(now: now)
        guard let entry = catalogs[catalog] else { return [] }
        return entry.newestFirst.compactMap { entry.invitations[$0] }.map {
            EngagementInvitation(json: .object($0.output(at: now)))
        }
    }

    /// Every accept task of a catalog as it reads now, in start order.
    public func tasks(catalog: String) -> [StartEngagementByAcceptingInvitationTaskResponse] {
        advanceTasks(now: self.now())
        return catalogs[catalog]?.tasks.map(\.summary) ?? []
    }

    // MARK: - Operations

    /// One page of rows, written as compact JSON.
    func list(_ request: ListEngagementInvitationsRequest) throws(AWSJSONError) -> String {
        let now = self.now()
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
        let payloadTypes = request.payloadType.map { Set($0.map(\.rawValue)) }
        let engagementIds = request.engagementIdentifier.map(Set.init)
        let senders = request.senderAwsAccountId.map(Set.init)
        // The emulator only holds invitations received by the caller.
        let ids =
            request.participantType == .receiver
            ? (order == .ascending ? Array(entry.newestFirst.reversed()) : entry.newestFirst) : []
        let pageSize = request.maxResults ?? 50
        var page: [StoredInvitation] = []
        var more = false
        for id in ids {
            guard let invitation = entry.invitations[id] else { continue }
            if let cursor, !invitation.key.follows(cursor, in: order) { continue }
            if let statuses, !statuses.contains(invitation.status(at: now)) { continue }
            if let payloadTypes, !payloadTypes.contains(invitation.payloadType ?? "") { continue }
            if let engagementIds, !InvitationStore.matches(engagementIds, engagementOf: invitation) { continue }
            if let senders, !senders.contains(invitation.sender ?? "") { continue }
            guard page.count < pageSize else {
                more = true
                break
            }
            page.append(invitation)
        }
        // The same bytes as writing the page's JSON value compactly.
        var text = "{\"EngagementInvitationSummaries\":["
        text += page.map { $0.writtenSummary(at: now) }.joined(separator: ",")
        text += "]"
        if more, let last = page.last {
            text += ",\"NextToken\":" + PythonJSONWriter.compact(.string(pageToken.make(after: last.key, query: query)))
        }
        return text + "}"
    }

    func get(catalog: String, identifier: String) throws(AWSJSONError) -> JSONValue {
        let now = self.now()
        advanceTasks(now: now)
        return .object(try stored(catalog: catalog, identifier: identifier).output(at: now))
    }

    func reject(catalog: String, identifier: String, reason: String?) throws(AWSJSONError) {
        writes.append("reject \(identifier)")
        let now = self.now()
        advanceTasks(now: now)
        let invitation = try stored(catalog: catalog, identifier: identifier)
        try requirePending(invitation, now: now, action: "rejected")
        try requireNoRunningTask(invitation)
        update(catalog: catalog, id: invitation.id) { invitation in
            invitation.status = .rejected
            invitation.statusChanged = true
            invitation.rejectionReason = reason
        }
    }

    func accept(catalog: String, identifier: String) throws(AWSJSONError) {
        writes.append("accept \(identifier)")
        let now = self.now()
        advanceTasks(now: now)
        let invitation = try stored(catalog: catalog, identifier: identifier)
        try requirePending(invitation, now: now, action: "accepted")
        try requireNoRunningTask(invitation)
        markAccepted(catalog: catalog, id: invitation.id, opportunityId: nextOpportunityId(), now: now)
    }

    func startAcceptTask(
        _ request: StartEngagementByAcceptingInvitationTaskRequest
    ) throws(AWSJSONError) -> StartEngagementByAcceptingInvitationTaskResponse {
        writes.append("start \(request.identifier)")
        let now = self.now()
        advanceTasks(now: now)
        let catalog = request.catalog
        _ = try catalogEntry(catalog)
        let invitation = try stored(catalog: catalog, identifier: request.identifier)
        let fingerprint = ([invitation.id] + (request.tags ?? []).map { "\($0.key)=\($0.value)" })
            .joined(separator: "\u{1F}")
        let tokenKey = "\(catalog)\u{1F}\(request.clientToken)"
        if let index = tokens[tokenKey], let task = catalogs[catalog]?.tasks[index] {
            // Idempotency: the same token and request answer with the same task, in its current state.
            guard task.fingerprint == fingerprint else {
                throw .conflict(
                    "The ClientToken was already used with a different request (task \(task.id)); use a new token.")
            }
            return task.summary
        }
        try requirePending(invitation, now: now, action: "accepted")
        try requireNoRunningTask(invitation)
        taskCounter += 1
        let taskId = "task-" + InvitationStore.base36(taskCounter, width: 13)
        let failure = acceptTaskFailures[EmulatorSeed.key(catalog: catalog, id: invitation.id)]
        let outcome: AcceptTask.Outcome =
            failure.map { .failed($0) }
            ?? .complete(
                opportunityId: nextOpportunityId(),
                resourceSnapshotJobId: "job-" + InvitationStore.base36(taskCounter, width: 13))
        let task = AcceptTask(
            id: taskId, arn: InvitationARN.taskArn(catalog: catalog, account: accountId, id: taskId),
            catalog: catalog, invitationId: invitation.id, invitationArn: invitation.arn,
            clientToken: request.clientToken, fingerprint: fingerprint, startTime: Timestamp(now),
            finishesAt: now.addingTimeInterval(taskDuration), status: .inProgress, outcome: outcome)
        catalogs[catalog]?.tasks.append(task)
        tokens[tokenKey] = (catalogs[catalog]?.tasks.count ?? 1) - 1
        advanceTasks(now: now)
        return catalogs[catalog]?.tasks.last?.summary ?? task.summary
    }

    func listTasks(
        _ request: ListEngagementByAcceptingInvitationTasksRequest
    ) throws(AWSJSONError) -> ListEngagementByAcceptingInvitationTasksResponse {
        advanceTasks(now: self.now())
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
            if let cursor, !InvitationStore.key(task).follows(cursor, in: order) { return false }
            if let statuses, !statuses.contains(task.status) { return false }
            if let opportunities, !opportunities.contains(task.summary.opportunityId ?? "") { return false }
            if let invitations,
                !invitations.contains(where: {
                    InvitationARN.names($0, id: task.invitationId, arn: task.invitationArn)
                })
            {
                return false
            }
            if let taskIds, !taskIds.contains(where: { InvitationARN.names($0, id: task.id, arn: task.arn) }) {
                return false
            }
            return true
        }
        let pageSize = request.maxResults ?? 100
        let page = Array(matches.prefix(pageSize))
        let next =
            page.count < matches.count
            ? page.last.map { pageToken.make(after: InvitationStore.key($0), query: query) } : nil
        return ListEngagementByAcceptingInvitationTasksResponse(
            taskSummaries: page.map { ListEngagementByAcceptingInvitationTaskSummary(json: $0.summary.json) },
            nextToken: next)
    }

    // MARK: - Rules

    /// Accepts an invitation at `now` and gives the partner the opportunity it becomes, with the id the accept reports.
    private func markAccepted(catalog: String, id: String, opportunityId: String, now: Date) {
        update(catalog: catalog, id: id) { invitation in
            invitation.status = .accepted
            invitation.statusChanged = true
            invitation.acceptedAt = now
        }
        guard let accepted = catalogs[catalog]?.invitations[id],
            let opportunity = AcceptedOpportunity.make(
                from: EngagementInvitation(json: .object(accepted.output(at: now))), id: opportunityId,
                accountId: accountId, at: now, contactDelay: contactDelay)
        else { return }
        opportunityBook[catalog, opportunityId] = opportunity
    }

    /// A fresh opportunity id, `O` and digits as the model requires, never one a seed already holds.
    private func nextOpportunityId() -> String {
        repeat {
            opportunityCounter += 1
        } while opportunityBook.contains(id: "O\(5_000_000 + opportunityCounter)")
        return "O\(5_000_000 + opportunityCounter)"
    }

    /// Throws the service's `ValidationException` for a catalog it does not know.
    func requireCatalog(_ catalog: String) throws(AWSJSONError) {
        _ = try catalogEntry(catalog)
    }

    /// The invitation whose engagement `identifier` names (its id, or its ARN), read now, and whether AWS has shared
    /// the customer's contacts yet (only once accepted, and ``contactDelay`` after an accept made here).
    func engagementInvitation(
        catalog: String, identifier: String
    ) throws(AWSJSONError) -> (invitation: EngagementInvitation, contactsShared: Bool) {
        let now = self.now()
        advanceTasks(now: now)
        let entry = try catalogEntry(catalog)
        for id in entry.newestFirst {
            guard let stored = entry.invitations[id], let engagementId = stored.engagementId,
                InvitationARN.names(
                    identifier, id: engagementId, arn: InvitationARN.engagementArn(catalog: catalog, id: engagementId))
            else { continue }
            let shared =
                stored.status == .accepted
                && (stored.acceptedAt.map { now >= $0.addingTimeInterval(contactDelay) } ?? true)
            return (EngagementInvitation(json: .object(stored.output(at: now))), shared)
        }
        throw .notFound("Engagement \(identifier) was not found in catalog \(catalog).")
    }

    private func catalogEntry(_ catalog: String) throws(AWSJSONError) -> Catalogued {
        guard let entry = catalogs[catalog] else {
            throw .validation([
                ValidationIssue(
                    fieldName: "Catalog", code: .invalidValue,
                    message:
                        "Value '\(catalog)' at 'Catalog' failed to satisfy constraint: Member must be one of [\(InvitationStore.knownCatalogs.joined(separator: ", "))]"
                )
            ])
        }
        return entry
    }

    /// The invitation an identifier names: its id, or exactly its ARN as seeded.
    private func stored(catalog: String, identifier: String) throws(AWSJSONError) -> StoredInvitation {
        let entry = try catalogEntry(catalog)
        guard
            let invitation = entry.invitations[identifier]
                ?? entry.idsByArn[identifier].flatMap({ entry.invitations[$0] })
        else {
            throw .notFound("Engagement invitation \(identifier) was not found in catalog \(catalog).")
        }
        return invitation
    }

    private func update(catalog: String, id: String, _ change: (inout StoredInvitation) -> Void) {
        guard var invitation = catalogs[catalog]?.invitations[id] else { return }
        change(&invitation)
        catalogs[catalog]?.invitations[id] = invitation
    }

    /// The key a page resumes after; `nil` for a first page.
    func resumeKey(_ token: String?, query: String) throws(AWSJSONError) -> RowKey? {
        guard let token else { return nil }
        do {
            return try pageToken.lastKey(of: token, query: query)
        } catch {
            let message =
                error == .otherQuery
                ? "The NextToken was issued for a request with different parameters."
                : "The NextToken is not valid."
            throw .validation([ValidationIssue(fieldName: "NextToken", code: .invalidValue, message: message)])
        }
    }

    private func requirePending(_ invitation: StoredInvitation, now: Date, action: String) throws(AWSJSONError) {
        let status = invitation.status(at: now)
        guard status == .pending else {
            throw .conflict(
                "Engagement invitation \(invitation.id) is \(status.rawValue); only PENDING invitations can be \(action)."
            )
        }
    }

    private func requireNoRunningTask(_ invitation: StoredInvitation) throws(AWSJSONError) {
        if let task = catalogs[invitation.catalog]?.tasks.first(where: {
            $0.invitationId == invitation.id && $0.status == .inProgress
        }) {
            throw .conflict(
                "Engagement invitation \(invitation.id) is being accepted by task \(task.id), which is IN_PROGRESS.")
        }
    }

    /// Finishes the tasks whose time has come; a completed task accepts its invitation.
    func advanceTasks(now: Date) {
        for name in catalogs.keys {
            guard let tasks = catalogs[name]?.tasks else { continue }
            for (index, task) in tasks.enumerated() where task.status == .inProgress && task.finishesAt <= now {
                switch task.outcome {
                case .complete(let opportunityId, _):
                    catalogs[name]?.tasks[index].status = .complete
                    markAccepted(
                        catalog: name, id: task.invitationId, opportunityId: opportunityId, now: task.finishesAt)
                case .failed:
                    catalogs[name]?.tasks[index].status = .failed
                }
            }
        }
    }

    /// Whether an `EngagementIdentifier` filter names the invitation's engagement, by id or by its exact ARN.
    private static func matches(_ identifiers: Set<String>, engagementOf invitation: StoredInvitation) -> Bool {
        guard let engagementId = invitation.engagementId else { return false }
        let arn = InvitationARN.engagementArn(catalog: invitation.catalog, id: engagementId)
        return identifiers.contains(engagementId) || identifiers.contains(arn)
    }

    private static func key(_ task: AcceptTask) -> RowKey {
        RowKey(task.startTime.date, id: task.id)
    }

    static func base36(_ value: Int, width: Int) -> String {
        let digits = String(value, radix: 36)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
