import AsyncHTTPClient
import Foundation
import PartnerCentralEmulator
import PartnerTriageTestSupport
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

    /// Eight invitations: statuses PENDING, REJECTED, ACCEPTED, PENDING in turn, opportunities and leads alternating,
    /// one an hour apart in an order that is not the id order.
    static var mixedSeed: EmulatorSeed {
        let statuses: [InvitationStatus] = [.pending, .rejected, .accepted, .pending]
        return EmulatorSeed(
            invitations: (0..<8).map { index in
                EngagementInvitation(
                    payloadType: index % 2 == 0 ? .opportunityInvitation : .leadInvitation,
                    id: "engi-00000000000\(index)b",
                    status: statuses[index % 4],
                    invitationDate: Timestamp(
                        Date(timeIntervalSince1970: 1_790_000_000 + Double((index * 5) % 8) * 3600)),
                    expirationDate: Timestamp(Date(timeIntervalSince1970: 1_990_000_000)),
                    catalog: "Sandbox"
                )
            }
        )
    }

    static func withClient(
        environment: [String: String]? = nil,
        seed: EmulatorSeed = Self.seed,
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
                ids += page.engagementInvitationSummaries?.compactMap(\.id) ?? []
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
                guard error.code == .conflict else { throw error }
                #expect(error.errorCode == "ConflictException")
                #expect(error.context.serviceMessage?.contains("REJECTED") == true)
            }
            #expect(
                try await client.getEngagementInvitation(
                    GetEngagementInvitationRequest(catalog: "Sandbox", identifier: id)
                ).rejectionReason == "Unable to support")
        }
    }

    @Test func filtersByStatusAndPayloadTypeAndSortsByInvitationDate() async throws {
        let seed = Self.mixedSeed
        try await Self.withClient(seed: seed) { client, _ in
            let pendingLeads = seed.invitations.filter { $0.status == .pending && $0.payloadType == .leadInvitation }
                .sorted { $0.invitationDate!.date < $1.invitationDate!.date }.map(\.id)
            #expect(pendingLeads.count == 2)
            let oldestFirst = try await client.allEngagementInvitations(
                ListEngagementInvitationsRequest(
                    catalog: "Sandbox", maxResults: 1, sort: OpportunityEngagementInvitationSort(sortOrder: .ascending),
                    payloadType: [.leadInvitation], status: [.pending]
                )
            )
            #expect(oldestFirst.map(\.id) == pendingLeads)

            let decided = try await client.allEngagementInvitations(
                ListEngagementInvitationsRequest(catalog: "Sandbox", status: [.accepted, .rejected])
            )
            let expected = seed.invitations.filter { $0.status != .pending }
                .sorted { $0.invitationDate!.date > $1.invitationDate!.date }.map(\.id)
            #expect(decided.map(\.id) == expected, "newest first by default")
            #expect(decided.allSatisfy { $0.status == .accepted || $0.status == .rejected })

            let opportunities = try await client.allEngagementInvitations(
                ListEngagementInvitationsRequest(catalog: "Sandbox", payloadType: [.opportunityInvitation])
            )
            #expect(
                Set(opportunities.map(\.id))
                    == Set(seed.invitations.filter { $0.payloadType == .opportunityInvitation }.map(\.id)))
        }
    }

    @Test func getsByARNAndAnUnknownIdentifierIsResourceNotFound() async throws {
        try await Self.withClient { client, _ in
            let id = Self.ids[2]
            let arn = "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/\(id)"
            let byArn = try await client.getEngagementInvitation(
                GetEngagementInvitationRequest(catalog: "Sandbox", identifier: arn)
            )
            #expect(byArn.id == id)
            for identifier in ["engi-zzzzzzzzzzzzz", arn.replacingOccurrences(of: "us-east-1", with: "eu-west-1")] {
                do {
                    _ = try await client.getEngagementInvitation(
                        GetEngagementInvitationRequest(catalog: "Sandbox", identifier: identifier)
                    )
                    Issue.record("\(identifier) must not be found")
                } catch let error as PartnerCentralError {
                    guard error.code == .resourceNotFound else { throw error }
                    let context = error.context
                    #expect(context.code == "ResourceNotFoundException")
                    #expect(context.statusCode == 400)
                    #expect(context.requestId != nil)
                }
            }
        }
    }

    /// With quotas enforced the write bucket holds one request a second. The emulator's clock stands still unless a
    /// retry wait moves it, so what the client does with `ThrottlingException` is observed exactly.
    @Test func throttlingIsRetriedAndSurfacesTypedOnlyWhenRetriesRunOut() async throws {
        let emulatorTime = TestTime(start: Date())
        let emulator = try await RunningEmulator.start(
            EmulatorConfiguration(
                port: 0, seed: Self.seed, rebaseSeedDates: false, enforceQuotas: true, taskDuration: 0,
                now: emulatorTime.now
            )
        )
        let httpClient = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: PartnerCentralClient.httpClientConfiguration()
        )
        let waits = Recorder<Double>()
        func client(movingTheEmulatorClock: Bool) throws -> PartnerCentralClient {
            PartnerCentralClient(
                configuration: ClientConfiguration(
                    endpoint: try Endpoint(emulator.endpoint.absoluteString),
                    credentialProvider: StaticCredentialProvider(EmulatorConfiguration.demoCredentials),
                    retryPolicy: RetryPolicy(maxAttempts: 3),
                    quotas: nil
                ),
                httpClient: httpClient,
                dependencies: ClientDependencies(
                    now: { Date() },
                    clock: RecordingClock(onSleep: { length in
                        await waits.append(
                            Double(length.components.seconds) + Double(length.components.attoseconds) / 1e18)
                        if movingTheEmulatorClock { await emulatorTime.advance(1) }
                    }),
                    random: { 0.5 },
                    makeClientToken: { "token" }
                )
            )
        }
        do {
            let patient = try client(movingTheEmulatorClock: false)
            let first = try await patient.rejectEngagementInvitation(
                RejectEngagementInvitationRequest(catalog: "Sandbox", identifier: Self.ids[0], rejectionReason: "Other")
            )
            #expect(first.outcome == .done && first.attempts == 1)
            #expect(await waits.values.isEmpty)

            // The bucket is empty and time stands still: every attempt is throttled.
            do {
                _ = try await patient.rejectEngagementInvitation(
                    RejectEngagementInvitationRequest(
                        catalog: "Sandbox", identifier: Self.ids[1], rejectionReason: "Other")
                )
                Issue.record("expected ThrottlingException once the three attempts were used")
            } catch let error as PartnerCentralError {
                guard error.code == .throttling else { throw error }
                let context = error.context
                #expect(context.code == "ThrottlingException")
                #expect(context.statusCode == 400)
            }
            #expect(await waits.values == [0.5, 1.0], "two backoff waits (0.5 × 1 s, 0.5 × 2 s) before giving up")
            #expect(await emulator.invitation(id: Self.ids[1], catalog: "Sandbox")?.status == .pending)

            // A retry wait long enough for the bucket to refill: the throttling is absorbed.
            let absorbed = try await client(movingTheEmulatorClock: true).rejectEngagementInvitation(
                RejectEngagementInvitationRequest(catalog: "Sandbox", identifier: Self.ids[1], rejectionReason: "Other")
            )
            #expect(absorbed.outcome == .done)
            // Two attempts on a quiet machine; on a loaded one an attempt can also time out and be retried, which
            // adds attempts and waits but never skips the first backoff.
            #expect(absorbed.attempts >= 2)
            #expect(await Array(waits.values.prefix(3)) == [0.5, 1.0, 0.5])
            #expect(await emulator.invitation(id: Self.ids[1], catalog: "Sandbox")?.status == .rejected)
        } catch {
            try await httpClient.shutdown()
            await emulator.stop()
            throw error
        }
        try await httpClient.shutdown()
        await emulator.stop()
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
                guard error.code == .authentication else { throw error }
                #expect(error.errorCode == "InvalidSignatureException")
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
            guard error.code == .credentials else {
                Issue.record("expected a credentials error, got \(error)")
                return
            }
            let underlying = error.underlying
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
