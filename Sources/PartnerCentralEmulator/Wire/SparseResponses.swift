import PartnerCentral

/// `--sparse-responses`: answers the way a service that does not keep its output promises might, so a client's
/// leniency is tested end to end. botocore enforces no `required` on output, and neither must the client.
///
/// The response JSON is transformed just before it is written. Each invitation's changes are chosen by a hash of
/// its `Id` (FNV-1a, the same on every run), so an invitation reads the same way in every list row and in
/// `GetEngagementInvitation`, and `Id` is always kept. For an invitation whose hash picks them:
/// - required members left out: `Catalog`, `Receiver.Account.AwsAccountId`, the opportunity payload's `Customer`;
/// - optional members left out: `EngagementTitle`, `ExpirationDate`, `SenderCompanyName`, `InvitationMessage`;
/// - scalars of another JSON type: `SenderAwsAccountId` and `ExpectedCustomerSpend[].Amount` as JSON numbers;
/// - `null` appended to its lists (`ExistingMembers`, `ReceiverResponsibilities`, `SenderContacts`,
///   `ExpectedCustomerSpend`);
/// - an unknown member, `"SomeFutureMember": {"Since": "2027-01-01", "Score": 7}`, at the top and in the payload;
/// - an unknown enum value: `Status` `"UNDER_REVIEW"`;
/// - an unknown union variant: `Payload` replaced by `{"FuturePlanningInvitation": {...}}` and `PayloadType`
///   `"FuturePlanningInvitation"`.
/// List responses also get a `null` row at the end of some pages; task responses get the unknown member and, for some
/// tasks, lose `TaskArn` (their `TaskId` and `TaskStatus` are kept, since a client follows a task by them).
enum SparseResponses {
    /// What one invitation's hash picks.
    struct Choice {
        let bits: UInt64
        init(id: String) { bits = SparseResponses.fnv1a(id) }
        func picks(_ bit: Int, oneIn share: UInt64 = 3) -> Bool { ((bits >> (bit * 4)) & 0xF) % share == 0 }

        var dropCatalog: Bool { picks(0) }
        var dropAwsAccountId: Bool { picks(1) }
        var dropCustomer: Bool { picks(2) }
        var dropOptional: Bool { picks(3) }
        var numbers: Bool { picks(4, oneIn: 2) }
        var nullsInLists: Bool { picks(5) }
        var futureMember: Bool { picks(6, oneIn: 2) }
        var futureStatus: Bool { picks(7, oneIn: 5) }
        var futurePayload: Bool { picks(8, oneIn: 5) }
    }

    static let futureMember: JSONValue = .object(
        JSONObject([("Since", .string("2027-01-01")), ("Score", .number("7"))]))
    static let futurePayload: JSONValue = .object(
        JSONObject([
            (
                "FuturePlanningInvitation",
                .object(JSONObject([("PlanName", .string("FY28 joint plan")), ("Horizon", .number("4"))]))
            )
        ]))

    /// The response `value` of `operation`, transformed.
    static func apply(to value: JSONValue, of operation: Operation) -> JSONValue {
        guard case .object(var object) = value else { return value }
        switch operation {
        case .getEngagementInvitation:
            return .object(invitation(object))
        case .listEngagementInvitations:
            guard case .array(let rows)? = object["EngagementInvitationSummaries"] else { return value }
            var sparse = rows.map { row in row.objectValue.map { JSONValue.object(invitation($0)) } ?? row }
            if let last = rows.last?.objectValue?["Id"]?.stringValue, Choice(id: last).nullsInLists {
                sparse.append(.null)
            }
            object["EngagementInvitationSummaries"] = .array(sparse)
            return .object(object)
        case .startEngagementByAcceptingInvitationTask:
            return .object(task(object))
        case .listEngagementByAcceptingInvitationTasks:
            guard case .array(let rows)? = object["TaskSummaries"] else { return value }
            object["TaskSummaries"] = .array(
                rows.map { row in row.objectValue.map { JSONValue.object(task($0)) } ?? row })
            return .object(object)
        default:
            return value
        }
    }

    /// An invitation or its list row, transformed as its `Id` picks.
    static func invitation(_ object: JSONObject) -> JSONObject {
        guard let id = object["Id"]?.stringValue else { return object }
        let choice = Choice(id: id)
        var out = object
        if choice.dropCatalog { out["Catalog"] = nil }
        if choice.dropOptional {
            for member in ["EngagementTitle", "ExpirationDate", "SenderCompanyName", "InvitationMessage"] {
                out[member] = nil
            }
        }
        if choice.numbers, let sender = out["SenderAwsAccountId"]?.stringValue, isDigits(sender), !sender.hasPrefix("0")
        {
            out["SenderAwsAccountId"] = .number(sender)
        }
        if choice.dropAwsAccountId, case .object(var receiver)? = out["Receiver"],
            case .object(var account)? = receiver["Account"]
        {
            account["AwsAccountId"] = nil
            receiver["Account"] = .object(account)
            out["Receiver"] = .object(receiver)
        }
        if choice.futureStatus, out["Status"] != nil { out["Status"] = .string("UNDER_REVIEW") }
        if choice.nullsInLists { out["ExistingMembers"] = appendingNull(out["ExistingMembers"]) }
        if choice.futurePayload {
            if out["PayloadType"] != nil { out["PayloadType"] = .string("FuturePlanningInvitation") }
            if out["Payload"] != nil { out["Payload"] = futurePayload }
        } else if case .object(let payload)? = out["Payload"] {
            out["Payload"] = .object(self.payload(payload, choice: choice))
        }
        if choice.futureMember { out["SomeFutureMember"] = futureMember }
        return out
    }

    private static func payload(_ payload: JSONObject, choice: Choice) -> JSONObject {
        var out = payload
        guard case .object(var opportunity)? = payload["OpportunityInvitation"] else { return out }
        if choice.dropCustomer { opportunity["Customer"] = nil }
        if choice.nullsInLists {
            for list in ["ReceiverResponsibilities", "SenderContacts"] {
                opportunity[list] = appendingNull(opportunity[list])
            }
        }
        if case .object(var project)? = opportunity["Project"],
            case .array(let spends)? = project["ExpectedCustomerSpend"]
        {
            var items = spends.map { spend -> JSONValue in
                guard choice.numbers, case .object(var entry) = spend, let amount = entry["Amount"]?.stringValue,
                    !amount.isEmpty, amount.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                    !amount.hasSuffix(".")
                else { return spend }
                entry["Amount"] = .number(amount)
                return .object(entry)
            }
            if choice.nullsInLists { items.append(.null) }
            project["ExpectedCustomerSpend"] = .array(items)
            opportunity["Project"] = .object(project)
        }
        if choice.futureMember { opportunity["SomeFutureMember"] = futureMember }
        out["OpportunityInvitation"] = .object(opportunity)
        return out
    }

    /// A task response or row: the unknown member always, `TaskArn` left out as its `TaskId` picks.
    static func task(_ object: JSONObject) -> JSONObject {
        guard let id = object["TaskId"]?.stringValue else { return object }
        var out = object
        if Choice(id: id).dropCatalog { out["TaskArn"] = nil }
        out["SomeFutureMember"] = futureMember
        return out
    }

    private static func appendingNull(_ list: JSONValue?) -> JSONValue? {
        guard case .array(let items)? = list else { return list }
        return .array(items + [.null])
    }

    private static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// 64-bit FNV-1a of the UTF-8 text: stable across runs and platforms, unlike `Hasher`.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
