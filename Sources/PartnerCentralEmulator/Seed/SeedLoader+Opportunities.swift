import PartnerCentral

extension SeedLoader {
    /// Reads a seed's `Opportunities` list: each element checked against ``SeedShape/opportunity``, with `Id` and
    /// `Catalog` present and each id once (ids belong to the account, so once across catalogs).
    func opportunities(_ list: JSONValue?) throws -> [SeedOpportunity] {
        guard let list, !list.isNull else { return [] }
        guard case .array(let items) = list else {
            throw SeedError(file: fileName, path: "Opportunities", problem: "expected a list")
        }
        var seen: Set<String> = []
        var result: [SeedOpportunity] = []
        for (index, item) in items.enumerated() {
            let at = "Opportunities[\(index)]"
            guard case .object(var object) = item else {
                throw SeedError(file: fileName, path: at, problem: "expected an object (an opportunity)")
            }
            let shape = SeedShape.opportunity
            if let issue = shape.firstUnknown(in: item, at: at) ?? requiredIssue(object, at: at)
                ?? shape.firstIssue(in: item, at: at)
            {
                throw SeedError(file: fileName, path: issue.path, problem: issue.problem)
            }
            // safe: requiredIssue has just checked that Id is a present string
            let id = object["Id"]!.stringValue!
            guard seen.insert(id).inserted else {
                throw SeedError(file: fileName, path: "\(at).Id", problem: "\"\(id)\" appears twice")
            }
            var summary: JSONObject?
            if let aws = object["EmulatorAwsOpportunitySummary"], !aws.isNull {
                guard case .object(let awsObject) = aws else {
                    throw SeedError(
                        file: fileName, path: "\(at).EmulatorAwsOpportunitySummary",
                        problem: "expected an object (a GetAwsOpportunitySummary response)")
                }
                summary = awsObject
            }
            object["EmulatorAwsOpportunitySummary"] = nil
            result.append(SeedOpportunity(object: object, awsSummary: summary))
        }
        return result
    }

    private func requiredIssue(_ object: JSONObject, at: String) -> SeedShape.Issue? {
        for member in ["Id", "Catalog"] {
            guard let value = object[member], !value.isNull else {
                return SeedShape.Issue(path: "\(at).\(member)", problem: "required member is missing")
            }
            guard value.stringValue != nil else {
                return SeedShape.Issue(path: "\(at).\(member)", problem: "expected a string")
            }
        }
        return nil
    }
}
