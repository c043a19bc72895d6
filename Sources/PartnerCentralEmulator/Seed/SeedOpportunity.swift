import PartnerCentral

/// One seeded opportunity of the partner's: a `GetOpportunity` response object as given, and the AWS opportunity
/// summary the element's emulator-only `EmulatorAwsOpportunitySummary` gives it, if any.
public struct SeedOpportunity: Sendable, Hashable {
    /// The `GetOpportunity` JSON, members in the file's order.
    var object: JSONObject
    /// The `GetAwsOpportunitySummary` JSON, if the seed relates an AWS opportunity.
    var awsSummary: JSONObject?

    /// The opportunity, read as the client reads it.
    public var opportunity: GetOpportunityResponse { GetOpportunityResponse(json: .object(object)) }

    /// The AWS summary, read as the client reads it.
    public var awsOpportunitySummary: GetAwsOpportunitySummaryResponse? {
        awsSummary.map { GetAwsOpportunitySummaryResponse(json: .object($0)) }
    }

    /// Keeps typed values as their model JSON.
    public init(_ opportunity: GetOpportunityResponse, awsSummary: GetAwsOpportunitySummaryResponse? = nil) {
        self.object = opportunity.json.objectValue ?? JSONObject()
        self.awsSummary = awsSummary?.json.objectValue
    }

    init(object: JSONObject, awsSummary: JSONObject?) {
        self.object = object
        self.awsSummary = awsSummary
    }

    /// The opportunity with its timestamps moved by `milliseconds` and `LifeCycle.TargetCloseDate` by whole days, as
    /// invitations move.
    func shifted(milliseconds: Int64) -> SeedOpportunity {
        var copy = self
        for member in ["LastModifiedDate", "CreatedDate"] {
            if let value = object[member] {
                copy.object[member] = SeedDecoding.shiftedTimestamp(value, milliseconds: milliseconds)
            }
        }
        let days = Int64((Double(milliseconds) / 86_400_000).rounded())
        if case .object(var lifeCycle)? = object["LifeCycle"], case .string(let day)? = lifeCycle["TargetCloseDate"] {
            lifeCycle["TargetCloseDate"] = .string(SeedTimeShift.shiftDay(day, days: days) ?? day)
            copy.object["LifeCycle"] = .object(lifeCycle)
        }
        if var summary = awsSummary, case .object(var lifeCycle)? = summary["LifeCycle"],
            case .string(let day)? = lifeCycle["TargetCloseDate"]
        {
            lifeCycle["TargetCloseDate"] = .string(SeedTimeShift.shiftDay(day, days: days) ?? day)
            summary["LifeCycle"] = .object(lifeCycle)
            copy.awsSummary = summary
        }
        return copy
    }
}
