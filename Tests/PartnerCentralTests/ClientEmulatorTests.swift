import AsyncHTTPClient
import Foundation
import PartnerCentralEmulator
import Testing

@testable import PartnerCentral

/// The client against the real emulator on a free loopback port: the emulator verifies signatures with the same
/// signer, issues real NextTokens and runs accept tasks.
@Suite struct ClientEmulatorTests {
    static let ids = (1...5).map { "engi-00000000000\($0)a" }

    static var seed: EmulatorSeed {
        EmulatorSeed(
            invitations: ids.enumerated().map { index, id in
                EngagementInvitation(
                    payloadType: .opportunityInvitation,
                    id: id,
                    status: .pending,
                    invitationDate: Timestamp(Date(timeIntervalSince1970: 1_790_000_000 + Double(index) * 3600)),
                    expirationDate: Timestamp(Date(timeIntervalSince1970: 1_990_000_000)),
                    catalog: "Sandbox"
                )
            }
        )
    }

    static func withClient(
        environment: [String: String]? = nil,
        _ body: (PartnerCentralClient, RunningEmulator) async throws -> Void
    ) async throws {
        let emulator = try await RunningEmulator.start(
            EmulatorConfiguration(port: 0, seed: seed, rebaseSeedDates: false, taskDuration: 0)
        )
        let httpClient = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: PartnerCentralClient.httpClientConfiguration()
        )
        let demo = EmulatorConfiguration.demoCredentials
        let env =
            environment ?? [
                "AWS_ACCESS_KEY_ID": demo.accessKeyId, "AWS_SECRET_ACCESS_KEY": demo.secretAccessKey,
                "HOME": "/nonexistent",
            ]
        do {
            let client = try PartnerCentralClient.make(
                options: ClientOptions(endpointURL: emulator.endpoint.absoluteString),
                environment: env,
                httpClient: httpClient
            )
            try await body(client, emulator)
        } catch {
            try await httpClient.shutdown()
            await emulator.stop()
            throw error
        }
        try await httpClient.shutdown()
        await emulator.stop()
    }

    @Test func listsEveryPageWithTheEmulatorsTokens() async throws {
        try await Self.withClient { client, _ in
            var pages = 0
            var ids: [String] = []
            for try await page in client.engagementInvitationPages(
                ListEngagementInvitationsRequest(catalog: "Sandbox", maxResults: 2)
            ) {
                pages += 1
                ids += page.engagementInvitationSummaries?.map(\.id) ?? []
            }
            #expect(pages == 3)
            #expect(Set(ids) == Set(Self.ids))
            #expect(ids.count == 5)
        }
    }

    @Test func rejectsAndReadsBack() async throws {
        try await Self.withClient { client, _ in
            let id = Self.ids[0]
            let result = try await client.rejectEngagementInvitation(
                RejectEngagementInvitationRequest(
                    catalog: "Sandbox",
                    identifier: id,
                    rejectionReason: "Unable to support"
                )
            )
            #expect(result.outcome == .done)
            #expect(result.requestId != nil)
            let invitation = try await client.getEngagementInvitation(
                GetEngagementInvitationRequest(catalog: "Sandbox", identifier: id)
            )
            #expect(invitation.status == .rejected)
            #expect(invitation.rejectionReason == "Unable to support")
            do {
                _ = try await client.rejectEngagementInvitation(
                    RejectEngagementInvitationRequest(catalog: "Sandbox", identifier: id, rejectionReason: "Other")
                )
                Issue.record("a second reject must conflict")
            } catch let error as PartnerCentralError {
                guard case .conflict = error else { throw error }
            }
        }
    }

    @Test func acceptsThroughATaskAndWaitsForIt() async throws {
        try await Self.withClient { client, _ in
            let started = try await client.startEngagementByAcceptingInvitationTask(
                catalog: "Sandbox",
                identifier: Self.ids[1],
                clientToken: "intent-1"
            )
            let taskId = try #require(started.value.taskId)
            let summary = try await client.waitForAcceptTask(
                catalog: "Sandbox",
                taskIdentifier: taskId,
                pollInterval: 0.05,
                timeout: 10
            )
            #expect(summary?.taskStatus == .complete)
            let again = try await client.startEngagementByAcceptingInvitationTask(
                catalog: "Sandbox",
                identifier: Self.ids[1],
                clientToken: "intent-1"
            )
            #expect(again.value.taskId == taskId)
        }
    }

    @Test func aWrongSecretIsAnAuthenticationErrorThatIsNotRetried() async throws {
        let demo = EmulatorConfiguration.demoCredentials
        let environment = [
            "AWS_ACCESS_KEY_ID": demo.accessKeyId, "AWS_SECRET_ACCESS_KEY": "wrong", "HOME": "/nonexistent",
        ]
        try await Self.withClient(environment: environment) { client, _ in
            do {
                _ = try await client.listEngagementInvitations(ListEngagementInvitationsRequest(catalog: "Sandbox"))
                Issue.record("expected an authentication error")
            } catch let error as PartnerCentralError {
                guard case .authentication = error else { throw error }
                #expect(error.code == "InvalidSignatureException")
                #expect(!error.message.contains("wrong"))
            }
        }
    }
}

@Suite struct ClientConfigurationTests {
    static let services = CredentialServices(now: { Date(timeIntervalSince1970: 1_800_000_000) })

    @Test func aMissingProfileFailsBeforeAnythingIsSent() {
        do {
            _ = try ClientConfiguration.resolve(
                options: ClientOptions(profile: "ghost"),
                environment: ["HOME": "/h"],
                services: Self.services,
                readFile: { _ in nil }
            )
            Issue.record("expected an error")
        } catch {
            #expect(error.nothingSent)
            #expect(error.message.contains("(ghost)"))
            guard case .credentials(_, let underlying) = error else {
                Issue.record("expected a credentials error, got \(error)")
                return
            }
            #expect(
                underlying as? CredentialsError
                    == .profileNotFound(
                        profile: "ghost",
                        configFile: "/h/.aws/config",
                        credentialsFile: "/h/.aws/credentials"
                    )
            )
        }
    }

    @Test func aNonLoopbackHTTPEndpointFailsBeforeAnythingIsSent() {
        #expect(throws: PartnerCentralError.self) {
            try ClientConfiguration.resolve(
                options: ClientOptions(endpointURL: "http://example.com"),
                environment: ["AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "S"],
                services: Self.services,
                readFile: { _ in nil }
            )
        }
    }

    @Test func resolvesRegionRetriesAndIdentityFromTheProfile() throws {
        let files = [
            "/h/.aws/config": "[profile dev]\nregion = eu-central-1\nmax_attempts = 7\n",
            "/h/.aws/credentials": "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n",
        ]
        let configuration = try ClientConfiguration.resolve(
            options: ClientOptions(profile: "dev"),
            environment: ["HOME": "/h"],
            services: Self.services,
            readFile: { files[$0] }
        )
        // The service's endpoint is in us-east-1 only: the profile's region does not change what is signed.
        #expect(configuration.region == "us-east-1")
        #expect(configuration.retryPolicy.maxAttempts == 7)
        #expect(configuration.identityDescription == "profile dev")
        #expect(configuration.endpoint.url.absoluteString == "https://partnercentral-selling.us-east-1.api.aws/")
    }
}
