import PartnerCentral

/// What a seed element may hold, member by member, in wire spelling: the `GetEngagementInvitation` output shape of
/// the service model (botocore 1.44.8) plus the emulator-only member, with the constraints the model puts on each
/// value. The emulator keeps what it is given, so only what is present is checked: a member of the wrong JSON type, a
/// misspelt member, an enum value the model does not list, a string outside its pattern or length, a list outside its
/// count. Output members the model marks required are not required here (botocore does not require them either);
/// the seed validator requires `Id` and `Catalog`, which the store is keyed by.
indirect enum SeedShape: Sendable {
    /// A string, with the model's pattern (and a friendlier word for it) and length in code points when it has them.
    case string(pattern: ModelPattern? = nil, expected: String? = nil, length: ClosedRange<Int>? = nil)
    /// A timestamp: ISO 8601 text or epoch seconds.
    case timestamp
    /// A string enum: one of the values the model lists.
    case enumeration(name: String, values: [String])
    /// A number or boolean.
    case scalar
    /// A structure and its members in model order.
    case structure(name: String, members: [(String, SeedShape)])
    /// A union: a structure with exactly one member set (botocore refuses any other response).
    case union(name: String, members: [(String, SeedShape)])
    /// A list of one shape, with the model's count bounds.
    case list(SeedShape, count: ClosedRange<Int>?)
    /// Any JSON: a part of the model the emulator only keeps and serves, so it checks nothing in it.
    case any

    /// An enumeration of an `OpenEnum` type's known values.
    static func enumeration<E: OpenEnum>(_ type: E.Type) -> SeedShape {
        .enumeration(name: "\(type)", values: type.knownValues.map(\.rawValue))
    }

    /// A broken rule: where and what.
    struct Issue: Equatable {
        var path: String
        var problem: String
    }

    // MARK: - Walking a value

    /// The first member of `value` that its shape does not have, in model order of shapes and name order within
    /// one; values of the wrong JSON type are left to ``firstIssue(in:at:)``.
    func firstUnknown(in value: JSONValue, at path: String) -> Issue? {
        switch self {
        case .string, .timestamp, .enumeration, .scalar, .any:
            return nil
        case .list(let item, _):
            guard case .array(let items) = value else { return nil }
            for (index, element) in items.enumerated() {
                if let unknown = item.firstUnknown(in: element, at: "\(path)[\(index)]") { return unknown }
            }
            return nil
        case .structure(let name, let members), .union(let name, let members):
            guard case .object(let object) = value else { return nil }
            let known = Dictionary(members, uniquingKeysWith: { first, _ in first })
            if let stranger = object.names.sorted().first(where: { known[$0] == nil }) {
                return Issue(path: "\(path).\(stranger)", problem: "not a member of \(name) (misspelt?)")
            }
            for (member, shape) in members {
                guard let child = object[member] else { continue }
                if let unknown = shape.firstUnknown(in: child, at: "\(path).\(member)") { return unknown }
            }
            return nil
        }
    }

    /// The first value under `value` that breaks its shape's rules; `null` members count as absent.
    func firstIssue(in value: JSONValue, at path: String) -> Issue? {
        if value.isNull { return nil }
        switch self {
        case .any:
            return nil
        case .string(let pattern, let expected, let length):
            guard case .string(let text) = value else { return Issue(path: path, problem: "expected a string") }
            if let length, !length.contains(text.unicodeScalars.count) {
                return Issue(
                    path: path,
                    problem:
                        "\(text.unicodeScalars.count) characters; must be \(length.lowerBound) to \(length.upperBound)")
            }
            if let pattern, !pattern.matches(text) {
                return Issue(path: path, problem: "\"\(text)\" is not \(expected ?? "of the form \(pattern.source)")")
            }
            return nil
        case .timestamp:
            switch value {
            case .string(let text):
                return Timestamp(text: text) == nil
                    ? Issue(path: path, problem: "Expected an ISO 8601 timestamp, got \"\(text)\"") : nil
            case .number(let literal):
                return Double(literal).flatMap { Timestamp(epochSeconds: $0, text: literal) } == nil
                    ? Issue(path: path, problem: "\(literal) is not a time in epoch seconds") : nil
            default:
                return Issue(path: path, problem: "expected an ISO 8601 timestamp")
            }
        case .enumeration(let name, let values):
            guard case .string(let text) = value else { return Issue(path: path, problem: "expected a string") }
            guard !values.contains(text) else { return nil }
            let allowed = values.count <= 12 ? "one of " + values.joined(separator: ", ") : "a known \(name) value"
            return Issue(path: path, problem: "\"\(text)\" is not \(allowed)")
        case .scalar:
            switch value {
            case .number, .bool: return nil
            default: return Issue(path: path, problem: "expected a number")
            }
        case .list(let item, let count):
            guard case .array(let items) = value else { return Issue(path: path, problem: "expected a list") }
            if let count, !count.contains(items.count) {
                return Issue(
                    path: path, problem: "\(items.count) items; must be \(count.lowerBound) to \(count.upperBound)")
            }
            for (index, element) in items.enumerated() {
                if let issue = item.firstIssue(in: element, at: "\(path)[\(index)]") { return issue }
            }
            return nil
        case .union(let name, let members):
            guard case .object(let object) = value else {
                return Issue(path: path, problem: "expected an object (\(name))")
            }
            let set = object.members.filter { !$0.value.isNull }.map(\.name)
            guard set.count == 1 else {
                return Issue(
                    path: path,
                    problem: "a union: exactly one of \(members.map(\.0).joined(separator: ", ")) must be set")
            }
            return SeedShape.structure(name: name, members: members).firstIssue(in: value, at: path)
        case .structure(let name, let members):
            guard case .object(let object) = value else {
                return Issue(path: path, problem: "expected an object (\(name))")
            }
            for (member, shape) in members {
                guard let child = object[member] else { continue }
                if let issue = shape.firstIssue(in: child, at: "\(path).\(member)") { return issue }
            }
            return nil
        }
    }

    // MARK: - The model

    /// One seed element: a `GetEngagementInvitation` response plus the emulator-only `EmulatorAcceptTaskFailure`.
    static let element: SeedShape = .structure(
        name: "GetEngagementInvitationResponse",
        members: [
            ("Arn", .string(pattern: ModelPattern("arn:.*"), expected: "an ARN (arn:…)")),
            ("PayloadType", .enumeration(EngagementInvitationPayloadType.self)),
            (
                "Id",
                .string(
                    pattern: ModelPattern("(?=.{1,255}$)(arn:.*|engi-[0-9a-z]{13})"),
                    expected: "engi- followed by 13 of [0-9a-z]")
            ),
            (
                "EngagementId",
                .string(pattern: ModelPattern("eng-[0-9a-z]{14}"), expected: "eng- followed by 14 of [0-9a-z]")
            ),
            ("EngagementTitle", .string(length: 0...40)),
            ("Status", .enumeration(InvitationStatus.self)),
            ("InvitationDate", .timestamp),
            ("ExpirationDate", .timestamp),
            ("SenderAwsAccountId", .string(pattern: ModelPattern("([0-9]{12}|\\w{1,12})"))),
            ("SenderCompanyName", .string(length: 0...120)),
            (
                "Receiver",
                .union(
                    name: "Receiver",
                    members: [
                        (
                            "Account",
                            .structure(
                                name: "AccountReceiver",
                                members: [
                                    ("Alias", .string(length: 0...80)),
                                    ("AwsAccountId", .string(pattern: ModelPattern("([0-9]{12}|\\w{1,12})"))),
                                ])
                        )
                    ])
            ),
            ("Catalog", .string(pattern: ModelPattern("[a-zA-Z]+"))),
            (
                "RejectionReason",
                .string(pattern: ModelPattern("[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]{1,80}"))
            ),
            (
                "Payload",
                .union(
                    name: "Payload",
                    members: [
                        (
                            "OpportunityInvitation",
                            .structure(
                                name: "OpportunityInvitationPayload",
                                members: [
                                    (
                                        "SenderContacts",
                                        .list(
                                            .structure(
                                                name: "SenderContact",
                                                members: [
                                                    (
                                                        "Email",
                                                        .string(
                                                            pattern: ModelPattern(
                                                                "(?=.{1,80}$)[a-zA-Z0-9.!#$%&'*+/=?^_{|}~-]+@[a-zA-Z0-9-]+(?:.[a-zA-Z0-9-]+)*"
                                                            ), expected: "an email address")
                                                    ),
                                                    ("FirstName", .string(length: 0...80)),
                                                    ("LastName", .string(length: 0...80)),
                                                    ("BusinessTitle", .string(length: 0...80)),
                                                    (
                                                        "Phone",
                                                        .string(
                                                            pattern: ModelPattern("\\+[1-9]\\d{1,14}"),
                                                            expected: "+ and up to 15 digits")
                                                    ),
                                                ]), count: 1...3)
                                    ),
                                    (
                                        "ReceiverResponsibilities",
                                        .list(.enumeration(ReceiverResponsibility.self), count: nil)
                                    ),
                                    (
                                        "Customer",
                                        .structure(
                                            name: "EngagementCustomer",
                                            members: [
                                                ("Industry", .enumeration(Industry.self)),
                                                ("CompanyName", .string(length: 1...120)),
                                                (
                                                    "WebsiteUrl",
                                                    .string(
                                                        pattern: ModelPattern(
                                                            "(?=.{4,255}$)((http|https)://)??(www[.])??([a-zA-Z0-9]|-)+?([.][a-zA-Z0-9(-|/|=|?)??]+?)+?"
                                                        ), expected: "a website URL")
                                                ),
                                                ("CountryCode", .enumeration(CountryCode.self)),
                                            ])
                                    ),
                                    (
                                        "Project",
                                        .structure(
                                            name: "ProjectDetails",
                                            members: [
                                                ("BusinessProblem", .string(length: 20...2000)),
                                                ("Title", .string(length: 1...255)),
                                                (
                                                    "TargetCompletionDate",
                                                    .string(
                                                        pattern: ModelPattern(
                                                            "[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])"),
                                                        expected: "a YYYY-MM-DD date")
                                                ),
                                                (
                                                    "ExpectedCustomerSpend",
                                                    .list(
                                                        .structure(
                                                            name: "ExpectedCustomerSpend",
                                                            members: [
                                                                (
                                                                    "Amount",
                                                                    .string(
                                                                        pattern: ModelPattern(
                                                                            "((0|([1-9][0-9]{0,30}))(\\.[0-9]{0,2})?)?"),
                                                                        expected: "a decimal amount such as 1250.00")
                                                                ),
                                                                ("CurrencyCode", .enumeration(CurrencyCode.self)),
                                                                ("Frequency", .enumeration(PaymentFrequency.self)),
                                                                ("TargetCompany", .string(length: 1...80)),
                                                                (
                                                                    "EstimationUrl",
                                                                    .string(
                                                                        pattern: ModelPattern(
                                                                            "https://(calculator\\.aws|pricing\\.calculator\\.aws\\.eu)/#/estimate\\?id=[a-f0-9]{32,64}"
                                                                        ), expected: "a calculator.aws estimate URL")
                                                                ),
                                                            ]), count: 0...10)
                                                ),
                                            ])
                                    ),
                                    ("OpportunityType", .enumeration(OpportunityType.self)),
                                ])
                        ),
                        (
                            "LeadInvitation",
                            .structure(
                                name: "LeadInvitationPayload",
                                members: [
                                    (
                                        "Customer",
                                        .structure(
                                            name: "LeadInvitationCustomer",
                                            members: [
                                                ("Industry", .string(length: 0...255)),
                                                ("CompanyName", .string(length: 1...120)),
                                                ("WebsiteUrl", .string(length: 0...255)),
                                                ("CountryCode", .string(length: 0...10)),
                                                ("AwsMaturity", .string(length: 0...255)),
                                                ("MarketSegment", .string(length: 0...255)),
                                            ])
                                    ),
                                    (
                                        "Interaction",
                                        .structure(
                                            name: "LeadInvitationInteraction",
                                            members: [
                                                ("SourceType", .string(length: 0...255)),
                                                ("SourceId", .string(length: 0...255)),
                                                ("SourceName", .string(length: 0...255)),
                                                ("Usecase", .string(length: 0...255)),
                                                ("ContactBusinessTitle", .string(length: 0...80)),
                                            ])
                                    ),
                                ])
                        ),
                        (
                            "AccountPlanningInvitation",
                            .structure(
                                name: "AccountPlanningInvitationPayload",
                                members: [
                                    (
                                        "AccountIdentifier",
                                        .string(pattern: ModelPattern("(arn:.*|cust-acc-[0-9a-z]{13})"))
                                    ),
                                    (
                                        "Customer",
                                        .structure(
                                            name: "AccountCustomer",
                                            members: [
                                                ("Industry", .string(length: 0...255)),
                                                ("CompanyName", .string(length: 1...120)),
                                                ("WebsiteUrl", .string(length: 0...255)),
                                                ("CountryCode", .enumeration(CountryCode.self)),
                                            ])
                                    ),
                                    (
                                        "SenderContacts",
                                        .list(
                                            .structure(
                                                name: "SenderContact",
                                                members: [
                                                    (
                                                        "Email",
                                                        .string(
                                                            pattern: ModelPattern(
                                                                "(?=.{1,80}$)[a-zA-Z0-9.!#$%&'*+/=?^_{|}~-]+@[a-zA-Z0-9-]+(?:.[a-zA-Z0-9-]+)*"
                                                            ), expected: "an email address")
                                                    ),
                                                    ("FirstName", .string(length: 0...80)),
                                                    ("LastName", .string(length: 0...80)),
                                                    ("BusinessTitle", .string(length: 0...80)),
                                                    (
                                                        "Phone",
                                                        .string(
                                                            pattern: ModelPattern("\\+[1-9]\\d{1,14}"),
                                                            expected: "+ and up to 15 digits")
                                                    ),
                                                ]), count: 1...3)
                                    ),
                                    (
                                        "PreferredContact",
                                        .structure(
                                            name: "PreferredContactWindow",
                                            members: [
                                                ("Window", .enumeration(ContactWindow.self)),
                                                (
                                                    "Timezone",
                                                    .string(
                                                        pattern: ModelPattern("[A-Za-z0-9_+-]+(?:/[A-Za-z0-9_+-]+)*"),
                                                        length: 1...64)
                                                ),
                                            ])
                                    ),
                                ])
                        ),
                    ])
            ),
            ("InvitationMessage", .string(length: 1...255)),
            ("EngagementDescription", .string(length: 0...255)),
            (
                "ExistingMembers",
                .list(
                    .structure(
                        name: "EngagementMemberSummary",
                        members: [
                            ("CompanyName", .string(length: 1...120)),
                            ("WebsiteUrl", .string()),
                        ]), count: nil)
            ),
            (
                "EnrichmentContext",
                .structure(
                    name: "EnrichmentContext",
                    members: [
                        (
                            "ProspectingResultAws",
                            .structure(
                                name: "InvitationProspectingResultAws",
                                members: [
                                    (
                                        "Customer",
                                        .structure(
                                            name: "ProspectingResultCustomer",
                                            members: [
                                                ("AccountName", .string(length: 0...255)),
                                                ("Geo", .string(length: 0...255)),
                                                ("Region", .string(length: 0...255)),
                                                ("SubRegion", .string(length: 0...255)),
                                                ("Country", .enumeration(CountryCode.self)),
                                                ("Industry", .enumeration(Industry.self)),
                                                ("SubIndustry", .string(length: 0...255)),
                                                ("Segment", .string(length: 0...255)),
                                                ("CompanySize", .string(length: 0...255)),
                                                ("EligiblePrograms", .list(.string(), count: nil)),
                                                ("PublicProfileSummary", .string(length: 0...5000)),
                                            ])
                                    ),
                                    (
                                        "Insights",
                                        .structure(
                                            name: "ProspectingInsights",
                                            members: [
                                                ("MarketplaceEngagementScore", .string(length: 0...255)),
                                                ("SolutionScore", .string()),
                                                ("SolutionCategory", .string()),
                                                ("SolutionSubCategory", .string()),
                                            ])
                                    ),
                                ])
                        ),
                        (
                            "LeadInsights",
                            .structure(
                                name: "LeadInsights",
                                members: [
                                    ("LeadReadinessScore", .string()),
                                    (
                                        "ChannelRecommendation",
                                        .structure(
                                            name: "ChannelRecommendation",
                                            members: [
                                                ("RecommendedChannel", .string()),
                                                (
                                                    "BestOutreachWindows",
                                                    .list(
                                                        .structure(
                                                            name: "BestOutreachWindow",
                                                            members: [
                                                                ("Day", .enumeration(DayOfWeek.self)),
                                                                (
                                                                    "StartTimeUtc",
                                                                    .string(
                                                                        pattern: ModelPattern(
                                                                            "(?:[01][0-9]|2[0-3]):[0-5][0-9]"),
                                                                        length: 5...5)
                                                                ),
                                                                (
                                                                    "EndTimeUtc",
                                                                    .string(
                                                                        pattern: ModelPattern(
                                                                            "(?:[01][0-9]|2[0-3]):[0-5][0-9]"),
                                                                        length: 5...5)
                                                                ),
                                                            ]), count: 1...7)
                                                ),
                                            ])
                                    ),
                                ])
                        ),
                    ])
            ),
            (
                "EmulatorAcceptTaskFailure",
                .structure(
                    name: "EmulatorAcceptTaskFailure",
                    members: [("ReasonCode", .enumeration(ReasonCode.self)), ("Message", .string())])
            ),
        ])
}
