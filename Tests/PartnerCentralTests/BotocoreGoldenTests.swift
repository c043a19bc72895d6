import Foundation
import Testing

@testable import PartnerCentral

/// All six operations, with and without a session token, signed by botocore (`Fixtures/generate_botocore_goldens.py`)
/// and by the client's own request builder: same canonical request, string to sign, signature and headers.
@Suite struct BotocoreGoldenTests {
    static let files = [
        "list-engagement-invitations", "list-engagement-invitations-session-token",
        "get-engagement-invitation", "get-engagement-invitation-session-token",
        "reject-engagement-invitation", "reject-engagement-invitation-session-token",
        "start-engagement-by-accepting-invitation-task", "start-engagement-by-accepting-invitation-task-session-token",
        "accept-engagement-invitation", "accept-engagement-invitation-session-token",
        "list-engagement-by-accepting-invitation-tasks", "list-engagement-by-accepting-invitation-tasks-session-token",
    ]

    struct Golden: Decodable {
        struct Credentials: Decodable {
            let accessKeyId: String
            let secretAccessKey: String
            let sessionToken: String?
        }
        let operation: String
        let credentials: Credentials
        let region: String
        let date: String
        let url: String
        let headers: [[String]]
        let body: String
        let canonicalRequest: String
        let stringToSign: String
        let signature: String

        func header(_ name: String) -> String? {
            headers.first { $0[0].lowercased() == name.lowercased() }?[1]
        }

        var wireOperation: PartnerCentral.Operation? {
            let pascal = operation.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            return PartnerCentral.Operation(rawValue: pascal)
        }
    }

    static func load(_ name: String) throws -> Golden {
        try JSONDecoder().decode(Golden.self, from: Fixtures.data("botocore/\(name).json"))
    }

    @Test(arguments: files)
    func signsLikeBotocore(_ name: String) throws {
        let golden = try Self.load(name)
        let operation = try #require(golden.wireOperation)
        let date = try #require(ISO8601DateFormatter().date(from: golden.date))
        let credentials = AWSCredentials(
            accessKeyId: golden.credentials.accessKeyId,
            secretAccessKey: golden.credentials.secretAccessKey,
            sessionToken: golden.credentials.sessionToken
        )

        let (request, signed) = PartnerCentralClient.buildRequest(
            operation,
            body: Array(golden.body.utf8),
            endpoint: try Endpoint(Endpoint.defaultURL),
            region: golden.region,
            credentials: credentials,
            date: date
        )

        #expect(signed.canonicalRequest == golden.canonicalRequest)
        #expect(signed.stringToSign == golden.stringToSign)
        #expect(signed.signature == golden.signature)
        #expect(request.url.absoluteString == golden.url)
        for name in ["Authorization", "X-Amz-Date", "X-Amz-Target", "Content-Type", "X-Amz-Security-Token"] {
            #expect(ServiceErrorDecoder.header(name, in: request.headers) == golden.header(name), "\(name)")
        }
    }

    @Test func typedRequestsEncodeToTheSameJSONAsBotocore() throws {
        let requests: [(String, any Encodable)] = [
            (
                "list-engagement-invitations",
                ListEngagementInvitationsRequest(
                    catalog: "Sandbox",
                    maxResults: 100,
                    sort: OpportunityEngagementInvitationSort(sortOrder: .descending),
                    status: [.pending]
                )
            ),
            (
                "get-engagement-invitation",
                GetEngagementInvitationRequest(catalog: "AWS", identifier: "engi-0000002isusga")
            ),
            (
                "reject-engagement-invitation",
                RejectEngagementInvitationRequest(
                    catalog: "Sandbox",
                    identifier: "engi-0000002isusga",
                    rejectionReason: "Customer problem unclear"
                )
            ),
            (
                "start-engagement-by-accepting-invitation-task",
                StartEngagementByAcceptingInvitationTaskRequest(
                    catalog: "Sandbox",
                    clientToken: "3f1c2a8e-5b7d-4c1e-9f0a-2d6b8e4c7a91",
                    identifier: "engi-0000002isusga"
                )
            ),
            (
                "accept-engagement-invitation",
                AcceptEngagementInvitationRequest(catalog: "Sandbox", identifier: "engi-0000002isusga")
            ),
            (
                "list-engagement-by-accepting-invitation-tasks",
                ListEngagementByAcceptingInvitationTasksRequest(
                    maxResults: 100,
                    sort: ListTasksSortBase(sortOrder: .descending),
                    catalog: "Sandbox",
                    taskStatus: [.inProgress, .complete],
                    engagementInvitationIdentifier: ["engi-0000002isusga"],
                    taskIdentifier: ["task-0000000000001"]
                )
            ),
        ]
        for (name, request) in requests {
            let golden = try Self.load(name)
            // #require: two bodies that are not JSON objects would otherwise compare equal as nil == nil
            let ours = try #require(
                try JSONSerialization.jsonObject(with: PartnerCentralJSON.encoder().encode(request)) as? NSDictionary
            )
            let theirs = try #require(try JSONSerialization.jsonObject(with: Data(golden.body.utf8)) as? NSDictionary)
            #expect(ours == theirs, "\(name)")
        }
    }
}
