import AsyncHTTPClient
import Foundation
import PartnerCentral

// The code of PartnerCentral.docc/UsingTheClient.md, compiled but never run, so the article keeps matching the API.
enum ArticleCodeCompiles {
    static func run() async throws {
        let httpClient = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: PartnerCentralClient.httpClientConfiguration()
        )
        let client = try PartnerCentralClient.make(
            options: ClientOptions(profile: "partner", region: "us-east-1"),
            environment: ProcessInfo.processInfo.environment,
            httpClient: httpClient
        )
        let catalog = Catalog.sandbox.rawValue  // "Sandbox"; use "AWS" for real invitations
        let pending = ListEngagementInvitationsRequest(catalog: catalog, status: [.pending])
        for try await page in client.engagementInvitationPages(pending) {
            for summary in page.engagementInvitationSummaries ?? [] {
                print(summary.id ?? "?", summary.senderCompanyName ?? "", summary.engagementTitle ?? "")
            }
        }
        let invitation = try await client.getEngagementInvitation(
            GetEngagementInvitationRequest(catalog: catalog, identifier: "engi-0000000000001")
        )
        print(invitation.status?.rawValue ?? "?", invitation.invitationMessage ?? "")
        let rejected = try await client.rejectEngagementInvitation(
            RejectEngagementInvitationRequest(
                catalog: catalog,
                identifier: "engi-0000000000001",
                rejectionReason: RejectionReason.unableToSupport.rawValue
            )
        )
        print(rejected.outcome, rejected.requestId ?? "")

        let accepted = try await client.acceptEngagementInvitation(
            AcceptEngagementInvitationRequest(catalog: catalog, identifier: "engi-0000000000002")
        )
        print(accepted.outcome)
        do {
            _ = try await client.acceptEngagementInvitation(
                AcceptEngagementInvitationRequest(catalog: catalog, identifier: "engi-0000000000003")
            )
        } catch let error as PartnerCentralError {
            switch error.code {
            case .conflict:
                print("Already decided: \(error.context.serviceMessage ?? "")")
            case .resourceNotFound:
                print("No such invitation in \(catalog)")
            case .throttling, .internalServer, .transport:
                // The client has already retried these; try again later.
                print(error.message)
            case .invalidRequest, .validation:
                for issue in error.issues { print(issue.fieldName ?? "-", issue.message) }
            default:
                print(error.message, error.requestId ?? "")
            }
        }
        try await httpClient.shutdown()
    }
}
