/// The members each shape of a seed element may have, in wire spelling, so that a misspelt member anywhere in an
/// element is named instead of being dropped by the decoder without a word.
indirect enum SeedShape: Sendable {
    /// A string, number, timestamp or enum.
    case scalar
    /// A structure (or union) and its members.
    case structure(name: String, members: [String: SeedShape])
    /// A list of one shape.
    case list(SeedShape)

    /// A misspelt member: where it is and the shape it is not a member of.
    struct Unknown: Equatable {
        var path: String
        var shape: String
    }

    /// The first member of `value` (the decoded JSON) that its shape does not have, in document order of shapes
    /// and name order within one; values of the wrong JSON type are left to the decoder.
    func firstUnknown(in value: Any, at path: String) -> Unknown? {
        switch self {
        case .scalar:
            return nil
        case .list(let item):
            guard let items = value as? [Any] else { return nil }
            for (index, element) in items.enumerated() {
                if let unknown = item.firstUnknown(in: element, at: "\(path)[\(index)]") { return unknown }
            }
            return nil
        case .structure(let name, let members):
            guard let object = value as? [String: Any] else { return nil }
            let keys = object.keys.sorted()
            // The decoder reads `status` as `Status`, so only the first letter's case is forgiven.
            if let stranger = keys.first(where: { members[SeedDecoding.wireName($0)] == nil }) {
                return Unknown(path: "\(path).\(stranger)", shape: name)
            }
            for key in keys {
                // safe: every key was just found in `members` and in `object`
                let member = members[SeedDecoding.wireName(key)]!
                if let unknown = member.firstUnknown(in: object[key]!, at: "\(path).\(key)") { return unknown }
            }
            return nil
        }
    }

    /// One seed element: a `GetEngagementInvitation` response plus the emulator-only member.
    static let element = SeedShape.structure(
        name: "GetEngagementInvitation",
        members: [
            "Arn": .scalar, "PayloadType": .scalar, "Id": .scalar, "EngagementId": .scalar, "EngagementTitle": .scalar,
            "Status": .scalar, "InvitationDate": .scalar, "ExpirationDate": .scalar, "SenderAwsAccountId": .scalar,
            "SenderCompanyName": .scalar, "Catalog": .scalar, "RejectionReason": .scalar,
            "InvitationMessage": .scalar, "EngagementDescription": .scalar,
            "Receiver": .structure(
                name: "Receiver",
                members: [
                    "Account": .structure(name: "AccountReceiver", members: ["Alias": .scalar, "AwsAccountId": .scalar])
                ]),
            "Payload": .structure(
                name: "Payload", members: ["OpportunityInvitation": opportunity, "LeadInvitation": lead]),
            "ExistingMembers": .list(
                .structure(name: "EngagementMemberSummary", members: ["CompanyName": .scalar, "WebsiteUrl": .scalar])),
            "EmulatorAcceptTaskFailure": .structure(
                name: "EmulatorAcceptTaskFailure", members: ["ReasonCode": .scalar, "Message": .scalar]),
        ])

    static let opportunity = SeedShape.structure(
        name: "OpportunityInvitationPayload",
        members: [
            "SenderContacts": .list(
                .structure(
                    name: "SenderContact",
                    members: [
                        "Email": .scalar, "FirstName": .scalar, "LastName": .scalar, "BusinessTitle": .scalar,
                        "Phone": .scalar,
                    ])),
            "ReceiverResponsibilities": .list(.scalar),
            "Customer": .structure(
                name: "EngagementCustomer",
                members: ["Industry": .scalar, "CompanyName": .scalar, "WebsiteUrl": .scalar, "CountryCode": .scalar]),
            "Project": .structure(
                name: "ProjectDetails",
                members: [
                    "BusinessProblem": .scalar, "Title": .scalar, "TargetCompletionDate": .scalar,
                    "ExpectedCustomerSpend": .list(
                        .structure(
                            name: "ExpectedCustomerSpend",
                            members: [
                                "Amount": .scalar, "CurrencyCode": .scalar, "Frequency": .scalar,
                                "TargetCompany": .scalar, "EstimationUrl": .scalar,
                            ])),
                ]),
        ])

    static let lead = SeedShape.structure(
        name: "LeadInvitationPayload",
        members: [
            "Customer": .structure(
                name: "LeadInvitationCustomer",
                members: [
                    "Industry": .scalar, "CompanyName": .scalar, "WebsiteUrl": .scalar, "CountryCode": .scalar,
                    "AwsMaturity": .scalar, "MarketSegment": .scalar,
                ]),
            "Interaction": .structure(
                name: "LeadInvitationInteraction",
                members: [
                    "SourceType": .scalar, "SourceId": .scalar, "SourceName": .scalar, "Usecase": .scalar,
                    "ContactBusinessTitle": .scalar,
                ]),
        ])
}
