import Foundation
import PartnerCentral
import TriageCore

extension EffectRunner {
    /// Pages of `ListOpportunities` one lookup reads at most (a customer with more is not a triage question).
    static let pipelinePages = 5
    /// `GetOpportunity` reads one lookup makes at most, for the titles of the same customer's opportunities.
    static let pipelineTitleReads = 10

    /// The partner's opportunities of `customer`: `ListOpportunities` by company name (without its legal form, so
    /// "Contoso Inc." is found for "Contoso"), kept to those whose name normalises to `key`, each read with
    /// `GetOpportunity` for its project title (the list does not carry it).
    public static func findPipeline(
        catalog: Catalog, customer: String, key: String, service: any TriageService
    ) async throws -> [PipelineOpportunity] {
        var summaries: [OpportunitySummary] = []
        var token: String?
        for _ in 0..<pipelinePages {
            let request = ListOpportunitiesRequest(
                catalog: catalog.rawValue, maxResults: 100, nextToken: token,
                customerCompanyName: [NameNormaliser.searchName(customer)])
            let page = try await service.listOpportunities(request, priority: .background)
            summaries += page.opportunitySummaries ?? []
            token = page.nextToken
            if token?.isEmpty ?? true { break }
        }
        let same = summaries.filter { summary in
            summary.id != nil && summary.customer?.account?.companyName.flatMap(NameNormaliser.companyKey) == key
        }
        var found: [PipelineOpportunity] = []
        for summary in same.prefix(pipelineTitleReads) {
            guard let id = summary.id else { continue }
            do {
                let opportunity = try await service.getOpportunity(
                    GetOpportunityRequest(catalog: catalog.rawValue, identifier: id), priority: .background)
                found.append(PipelineOpportunity(opportunity, timeZone: .current))
            } catch {
                // Without its title the opportunity still counts for the customer.
                found.append(PipelineOpportunity(summary, timeZone: .current))
            }
        }
        return found
    }
}
