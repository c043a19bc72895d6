import Foundation
import PartnerCentral

/// One of the partner's opportunities: its `GetOpportunity` JSON (as seeded, or as made on accept) plus the AWS
/// opportunity summary it is related to, if any, and what the store filters and sorts by, read out of the JSON.
struct StoredOpportunity: Sendable {
    let id: String
    let catalog: String
    /// The `GetOpportunity` output; assign changes its `OpportunityTeam` and `LastModifiedDate`.
    private(set) var object: JSONObject
    /// The `GetAwsOpportunitySummary` output, `nil` for an opportunity AWS has no summary of.
    var awsSummary: JSONObject?
    /// When AWS shares the customer's contacts in the summary; `nil` when they were shared from the start.
    var contactsSharedAt: Date?

    /// Reads an opportunity out of its JSON; `nil` without `Id` or `Catalog`. Missing dates become `loadedAt` and a
    /// missing `RelatedEntityIdentifiers` an empty one, since the output always has them (the model requires them).
    init?(_ object: JSONObject, awsSummary: JSONObject? = nil, contactsSharedAt: Date? = nil, loadedAt: Timestamp) {
        guard let id = object["Id"]?.stringValue, let catalog = object["Catalog"]?.stringValue else { return nil }
        var filled = object
        for member in ["LastModifiedDate", "CreatedDate"] where filled[member] == nil || filled[member] == .null {
            filled[member] = loadedAt.json
        }
        if filled["RelatedEntityIdentifiers"] == nil || filled["RelatedEntityIdentifiers"] == .null {
            filled["RelatedEntityIdentifiers"] = .object(JSONObject())
        }
        self.id = id
        self.catalog = catalog
        self.object = filled
        self.awsSummary = awsSummary
        self.contactsSharedAt = contactsSharedAt
    }

    // MARK: - What lists filter and sort by

    var lastModified: Date? { WireValue.timestamp(object["LastModifiedDate"])?.date }
    var created: Date? { WireValue.timestamp(object["CreatedDate"])?.date }
    private var lifeCycle: JSONObject? { object["LifeCycle"]?.objectValue }
    var stage: String? { lifeCycle?["Stage"]?.stringValue }
    var reviewStatus: String? { lifeCycle?["ReviewStatus"]?.stringValue }
    var targetCloseDate: String? { lifeCycle?["TargetCloseDate"]?.stringValue }
    var companyName: String? { object["Customer"]?.objectValue?["Account"]?.objectValue?["CompanyName"]?.stringValue }

    // MARK: - Output

    /// The `ListOpportunities` row: the members of ``OpportunitySummary`` that the opportunity has, in model order,
    /// with `LifeCycle`, `Customer.Account` and `Project` cut down to their summary shapes.
    var summary: JSONValue {
        var row: [(String, JSONValue)] = []
        for name in [
            "Catalog", "Id", "Arn", "PartnerOpportunityIdentifier", "OpportunityType", "LastModifiedDate",
            "CreatedDate",
        ] {
            if let value = object[name], !value.isNull { row.append((name, value)) }
        }
        if let lifeCycle {
            row.append(("LifeCycle", .object(Self.only(Self.lifeCycleSummaryMembers, of: lifeCycle))))
        }
        if let account = object["Customer"]?.objectValue?["Account"]?.objectValue {
            var cut = Self.only(["Industry", "OtherIndustry", "CompanyName", "WebsiteUrl"], of: account)
            if let address = account["Address"]?.objectValue {
                cut["Address"] = .object(
                    Self.only(["City", "PostalCode", "StateOrRegion", "CountryCode"], of: address))
            }
            row.append(("Customer", .object(JSONObject([("Account", .object(cut))]))))
        }
        if let project = object["Project"]?.objectValue {
            row.append(
                (
                    "Project",
                    .object(
                        Self.only(["DeliveryModels", "ExpectedCustomerSpend", "ExpectedContractDuration"], of: project))
                ))
        }
        return .object(JSONObject(row))
    }

    /// The `GetAwsOpportunitySummary` output at `now`: customer contacts only once AWS has shared them.
    func awsSummary(at now: Date) -> JSONObject? {
        guard var summary = awsSummary else { return nil }
        if let contactsSharedAt, now < contactsSharedAt { summary["Customer"] = nil }
        return summary
    }

    /// Makes `assignee` the opportunity's owner: the partner team becomes that one contact, modified at `now`.
    mutating func assign(_ assignee: AssigneeContact, at now: Date) {
        let contact = Contact(
            email: assignee.email, firstName: assignee.firstName, lastName: assignee.lastName,
            businessTitle: assignee.businessTitle, phone: assignee.phone)
        object["OpportunityTeam"] = .array([contact.json])
        object["LastModifiedDate"] = Timestamp(now).json
    }

    static let lifeCycleSummaryMembers = [
        "Stage", "ClosedLostReason", "NextSteps", "TargetCloseDate", "ReviewStatus", "ReviewComments",
        "ReviewStatusReason",
    ]

    /// The members of `object` named in `names`, in the order of `names`.
    static func only(_ names: [String], of object: JSONObject) -> JSONObject {
        JSONObject(names.compactMap { name in object[name].flatMap { $0.isNull ? nil : (name, $0) } })
    }
}
