import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

@Suite("Seed files")
struct EmulatorSeedTests {
    /// The demo file with one element replaced by `edit` applied to it.
    static func demoVariant(index: Int = 12, _ edit: (inout [String: Any]) -> Void) throws -> Data {
        let data = try Data(contentsOf: TestSeeds.demoURL)
        var document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var elements = try #require(document["EngagementInvitations"] as? [[String: Any]])
        edit(&elements[index])
        document["EngagementInvitations"] = elements
        return try JSONSerialization.data(withJSONObject: document)
    }

    static func error(_ data: Data) -> String? {
        do {
            _ = try EmulatorSeed.parse(data, fileName: "demo.json")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func theDemoDataIsRichAndValid() throws {
        let seed = try EmulatorSeed.load(contentsOf: TestSeeds.demoURL)
        let invitations = seed.invitations
        #expect((50...80).contains(invitations.count))
        for catalog in ["AWS", "Sandbox"] {
            let mine = invitations.filter { $0.catalog == catalog }
            #expect(Set(mine.compactMap(\.status)) == Set(InvitationStatus.knownValues), "\(catalog)")
            #expect(
                Set(mine.compactMap(\.payloadType)) == Set(EngagementInvitationPayloadType.knownValues), "\(catalog)")
        }
        #expect(invitations.filter { $0.status == .pending }.count > invitations.count / 2)
        let anchor = try #require(seed.dateAnchor)
        let expiries = invitations.compactMap { $0.expirationDate?.date.timeIntervalSince(anchor) }
        #expect(expiries.contains { $0 < 0 })
        #expect(expiries.contains { $0 > 0 && $0 < 86_400 })
        #expect(expiries.contains { $0 > 21 * 86_400 })
        let names = invitations.compactMap {
            $0.payload?.opportunityInvitation?.customer?.companyName
                ?? $0.payload?.leadInvitation?.customer?.companyName
        }
        for script in [
            "\u{3040}"..."\u{30FF}", "\u{4E00}"..."\u{9FFF}", "\u{AC00}"..."\u{D7AF}", "\u{0600}"..."\u{06FF}",
            "\u{0400}"..."\u{04FF}", "\u{0370}"..."\u{03FF}",
        ] as [ClosedRange<Character>] {
            #expect(names.contains { $0.contains { script.contains($0) } }, "no name in \(script)")
        }
        #expect(!seed.acceptTaskFailures.isEmpty)
        #expect(invitations.allSatisfy { $0.invitationDate!.text.contains(".") })
    }

    @Test func rebasingMovesEveryDateByTheSameAmount() throws {
        let seed = try EmulatorSeed.load(contentsOf: TestSeeds.demoURL)
        let later = seed.dateAnchor!.addingTimeInterval(400 * 86_400)
        let rebased = seed.rebased(to: later)
        for (old, new) in zip(seed.invitations, rebased.invitations) {
            #expect(abs(new.invitationDate!.date.timeIntervalSince(old.invitationDate!.date) - 400 * 86_400) < 1e-6)
            #expect(abs(new.expirationDate!.date.timeIntervalSince(old.expirationDate!.date) - 400 * 86_400) < 1e-6)
            // Whole days: the clock and the fraction read exactly as before.
            #expect(new.invitationDate!.text.dropFirst(10) == old.invitationDate!.text.dropFirst(10))
        }
        let project = rebased.invitations.compactMap { $0.payload?.opportunityInvitation?.project }.first!
        let original = seed.invitations.compactMap { $0.payload?.opportunityInvitation?.project }.first!
        #expect(project.targetCompletionDate != original.targetCompletionDate)
        #expect(EmulatorSeed(invitations: seed.invitations).rebased(to: later).invitations == seed.invitations)
    }

    @Test func aBadStatusIsNamedWithItsIndexAndField() throws {
        let data = try Self.demoVariant { $0["Status"] = "PENDNG" }
        #expect(
            Self.error(data)
                == #"seed file demo.json: EngagementInvitations[12].Status: "PENDNG" is not one of ACCEPTED, PENDING, REJECTED, EXPIRED"#
        )
    }

    @Test func modelRulesAreChecked() throws {
        let cases: [(edit: (inout [String: Any]) -> Void, expected: String)] = [
            ({ $0.removeValue(forKey: "Id") }, "EngagementInvitations[12].Id: required member is missing"),
            (
                { $0["Id"] = "engi-TOOSHORT" },
                "EngagementInvitations[12].Id: \"engi-TOOSHORT\" is not engi- followed by 13 of [0-9a-z]"
            ),
            (
                { $0["EngagementTitle"] = String(repeating: "é", count: 41) },
                "EngagementInvitations[12].EngagementTitle: 41 characters; must be 0 to 40"
            ),
            (
                { $0["InvitationDate"] = "yesterday" },
                "EngagementInvitations[12].InvitationDate: Expected an ISO 8601 timestamp, got \"yesterday\""
            ),
            ({ $0["Status"] = 3 }, "EngagementInvitations[12].Status: expected a string"),
            (
                { $0["Stauts"] = "PENDING" },
                "EngagementInvitations[12].Stauts: not a member of GetEngagementInvitationResponse (misspelt?)"
            ),
            (
                { $0["Catalog"] = "Prod-1" },
                "EngagementInvitations[12].Catalog: \"Prod-1\" is not of the form [a-zA-Z]+"
            ),
            (
                { $0["EngagementId"] = "eng-1" },
                "EngagementInvitations[12].EngagementId: \"eng-1\" is not eng- followed by 14 of [0-9a-z]"
            ),
            (
                { $0["Arn"] = "urn:aws:partnercentral:engi-0" },
                "EngagementInvitations[12].Arn: \"urn:aws:partnercentral:engi-0\" is not an ARN"
            ),
            ({ $0["Catalog"] = NSNull() }, "EngagementInvitations[12].Catalog: required member is missing"),
            (
                { $0["Receiver"] = [String: Any]() },
                "EngagementInvitations[12].Receiver: a union: exactly one of Account must be set"
            ),
        ]
        for (edit, expected) in cases {
            let message = Self.error(try Self.demoVariant(edit))
            #expect(message?.hasPrefix("seed file demo.json: " + expected) == true, "got \(message ?? "no error")")
        }
    }

    @Test func nestedPayloadRulesAreChecked() throws {
        let opportunityIndex = try #require(
            TestSeeds.demo.invitations.firstIndex { $0.payload?.opportunityInvitation != nil })
        let data = try Self.demoVariant(index: opportunityIndex) { element in
            var payload = element["Payload"] as! [String: Any]
            var opportunity = payload["OpportunityInvitation"] as! [String: Any]
            var customer = opportunity["Customer"] as! [String: Any]
            customer["CountryCode"] = "XX"
            opportunity["Customer"] = customer
            payload["OpportunityInvitation"] = opportunity
            element["Payload"] = payload
        }
        #expect(
            Self.error(data)
                == "seed file demo.json: EngagementInvitations[\(opportunityIndex)].Payload.OpportunityInvitation.Customer.CountryCode: \"XX\" is not a known CountryCode value"
        )
        let missingProject = try Self.demoVariant(index: opportunityIndex) { element in
            var payload = element["Payload"] as! [String: Any]
            var opportunity = payload["OpportunityInvitation"] as! [String: Any]
            opportunity.removeValue(forKey: "Project")
            payload["OpportunityInvitation"] = opportunity
            element["Payload"] = payload
        }
        // The model requires Project on output, but botocore does not enforce it, so neither does the seed.
        #expect(Self.error(missingProject) == nil)
    }

    @Test func misspeltMembersAreNamedAtEveryLevel() throws {
        let opportunity = try #require(
            TestSeeds.demo.invitations.firstIndex {
                $0.payload?.opportunityInvitation?.senderContacts?.isEmpty == false
                    && $0.payload?.opportunityInvitation?.project?.expectedCustomerSpend?.isEmpty == false
            })
        let lead = try #require(TestSeeds.demo.invitations.firstIndex { $0.payload?.leadInvitation != nil })
        let withMembers = try #require(TestSeeds.demo.invitations.firstIndex { $0.existingMembers?.isEmpty == false })
        let withReceiver = try #require(TestSeeds.demo.invitations.firstIndex { $0.receiver?.account != nil })
        let cases: [(index: Int, path: [String], misspelt: String, shape: String)] = [
            (opportunity, ["Payload"], "OpportunityInvitations", "Payload"),
            (opportunity, ["Payload", "OpportunityInvitation"], "SenderContact", "OpportunityInvitationPayload"),
            (opportunity, ["Payload", "OpportunityInvitation", "Customer"], "CountryCod", "EngagementCustomer"),
            (opportunity, ["Payload", "OpportunityInvitation", "Project"], "TargetCompletion", "ProjectDetails"),
            (opportunity, ["Payload", "OpportunityInvitation", "SenderContacts", "0"], "Emial", "SenderContact"),
            (
                opportunity, ["Payload", "OpportunityInvitation", "Project", "ExpectedCustomerSpend", "0"], "Amout",
                "ExpectedCustomerSpend"
            ),
            (lead, ["Payload", "LeadInvitation"], "Interactions", "LeadInvitationPayload"),
            (lead, ["Payload", "LeadInvitation", "Customer"], "Segment", "LeadInvitationCustomer"),
            (lead, ["Payload", "LeadInvitation", "Interaction"], "UseCase", "LeadInvitationInteraction"),
            (withMembers, ["ExistingMembers", "0"], "Website", "EngagementMemberSummary"),
            (withReceiver, ["Receiver"], "Acount", "Receiver"),
            (withReceiver, ["Receiver", "Account"], "AwsAcountId", "AccountReceiver"),
        ]
        for item in cases {
            let data = try Self.demoVariant(index: item.index) { element in
                element = Self.inserting(item.misspelt, at: item.path, into: element) as! [String: Any]
            }
            let where_ = item.path.map { Int($0) != nil ? "[\($0)]" : ".\($0)" }.joined()
            #expect(
                Self.error(data)
                    == "seed file demo.json: EngagementInvitations[\(item.index)]\(where_).\(item.misspelt): not a member of \(item.shape) (misspelt?)"
            )
        }
        let failure = try Self.demoVariant(index: 3) {
            $0["EmulatorAcceptTaskFailure"] = ["ReasonCode": "InternalError", "Message": "x", "Mesage": "x"]
        }
        #expect(
            Self.error(failure)
                == "seed file demo.json: EngagementInvitations[3].EmulatorAcceptTaskFailure.Mesage: not a member of EmulatorAcceptTaskFailure (misspelt?)"
        )
        let anchor = Data(#"{"EngagementInvitations":[],"EmulatorDateAnchr":"2026-01-01T00:00:00Z"}"#.utf8)
        #expect(Self.error(anchor) == "seed file demo.json: EmulatorDateAnchr: not a member of a seed file (misspelt?)")
    }

    /// `object` with `name: "x"` added to the object found by following `path` (member names and list indexes).
    static func inserting(_ name: String, at path: [String], into object: Any) -> Any {
        guard let step = path.first else {
            var dictionary = object as! [String: Any]
            dictionary[name] = "x"
            return dictionary
        }
        if let index = Int(step) {
            var list = object as! [Any]
            list[index] = inserting(name, at: Array(path.dropFirst()), into: list[index])
            return list
        }
        var dictionary = object as! [String: Any]
        dictionary[step] = inserting(name, at: Array(path.dropFirst()), into: dictionary[step]!)
        return dictionary
    }

    @Test func statusAndInvitationDateMayBeLeftOut() async throws {
        let data = Data(#"{"EngagementInvitations":[{"Catalog":"Sandbox","Id":"engi-0000000000001"}]}"#.utf8)
        let seed = try EmulatorSeed.parse(data, fileName: "minimal.json")
        #expect(seed.invitations.first?.status == .pending)
        let loadedAt = Date(timeIntervalSince1970: 1_800_000_123.25)
        try await EmulatorHarness(seed: seed, now: loadedAt).run { client in
            let reply = try await client.call(
                "GetEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"engi-0000000000001"}"#)
            #expect(reply.status == .ok, "\(reply.text)")
            let invitation = try reply.decode(EngagementInvitation.self)
            #expect(invitation.status == .pending)
            #expect(abs((invitation.invitationDate?.date ?? .distantPast).timeIntervalSince(loadedAt)) < 0.001)
            #expect(invitation.arn == InvitationARN.arn(catalog: "Sandbox", id: "engi-0000000000001"))
            let listed = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","Status":["PENDING"]}"#
            )
            #expect(
                try listed.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries?.map(\.id) == [
                    "engi-0000000000001"
                ])
        }
    }

    @Test func duplicateIdsInOneCatalogAreRefused() throws {
        let first = TestSeeds.demo.invitations[0]
        let data = try Self.demoVariant(index: 5) { element in
            element["Id"] = first.id
            element["Catalog"] = first.catalog
            element.removeValue(forKey: "Arn")
        }
        #expect(
            Self.error(data)
                == "seed file demo.json: EngagementInvitations[5].Id: \"\(first.id!)\" appears twice in catalog \(first.catalog!)"
        )
    }

    @Test func badJSONGetsOneClearLine() {
        let message = Self.error(Data(#"{"EngagementInvitations": [ {"Id": "engi-0000000000001",, } ]}"#.utf8))
        #expect(message?.hasPrefix("seed file demo.json: not valid JSON (") == true)
        #expect(message?.contains("\n") == false)
        #expect(
            Self.error(Data(#"{"Invitations": []}"#.utf8))
                == "seed file demo.json: EngagementInvitations: required member is missing")
        #expect(throws: SeedError.self) {
            try EmulatorSeed.load(contentsOf: URL(fileURLWithPath: "/nonexistent/seed.json"))
        }
    }

    /// The optional identity block: SSO tokens (with refresh tokens) for the emulator's IAM Identity Center side.
    @Test func ssoTokensAreReadAndRebasedWithTheInvitations() throws {
        let data = Data(
            #"""
            {"EngagementInvitations": [], "EmulatorDateAnchor": "2026-01-01T00:00:00Z",
             "EmulatorSSOTokens": [
               {"AccessToken": "seeded-1", "ExpiresAt": "2026-01-01T08:00:00Z"},
               {"AccessToken": "seeded-2", "RefreshToken": "r-2", "ClientId": "c-2", "ClientSecret": "s-2"}
             ]}
            """#.utf8
        )
        let seed = try EmulatorSeed.parse(data, fileName: "sso.json")
        let anchor = try #require(Timestamp.parse("2026-01-01T00:00:00Z"))
        #expect(
            seed.ssoTokens == [
                SeedSSOToken(accessToken: "seeded-1", expiresAt: anchor.addingTimeInterval(8 * 3600)),
                SeedSSOToken(accessToken: "seeded-2", refreshToken: "r-2", clientId: "c-2", clientSecret: "s-2"),
            ]
        )
        let now = anchor.addingTimeInterval(86_400 * 100)
        let rebased = seed.rebased(to: now)
        #expect(rebased.ssoTokens.first?.expiresAt == now.addingTimeInterval(8 * 3600))
        var identity = IdentityConfiguration(accessTokenLifetime: 600)
        identity.accept(rebased.ssoTokens, now: now)
        #expect(identity.accessTokens.map(\.token) == ["seeded-1", "seeded-2"])
        #expect(identity.accessTokens.last?.expiresAt == now.addingTimeInterval(600))
        #expect(identity.refreshTokens == [.init(refreshToken: "r-2", clientId: "c-2", clientSecret: "s-2")])
    }

    @Test(arguments: [
        (
            #"[{"AccessToken": "a"}, {"RefreshToken": "r"}]"#,
            "EmulatorSSOTokens[1].AccessToken: required member is missing"
        ),
        (#"[{"AccessToken": ""}]"#, "EmulatorSSOTokens[0].AccessToken: must not be empty"),
        (
            #"[{"AccessToken": "a", "RefreshToken": "r", "ClientId": "c"}]"#,
            "EmulatorSSOTokens[0].ClientSecret: required (non-empty) with RefreshToken, ClientId and ClientSecret"
        ),
        (
            #"[{"AccessToken": "a", "ExpiresIn": 60}]"#,
            "EmulatorSSOTokens[0].ExpiresIn: not a member of an emulator SSO token (misspelt?)"
        ),
        (#"[{"AccessToken": "a", "ExpiresAt": "tomorrow"}]"#, "EmulatorSSOTokens[0].ExpiresAt: "),
        (#"{"AccessToken": "a"}"#, "EmulatorSSOTokens: expected a list"),
    ])
    func aBadSSOTokenIsNamedWithItsIndexAndField(tokens: String, message: String) {
        let data = Data(#"{"EngagementInvitations": [], "EmulatorSSOTokens": \#(tokens)}"#.utf8)
        let error = Self.error(data)
        #expect(error?.hasPrefix("seed file demo.json: " + message) == true, "\(error ?? "no error")")
        #expect(error?.contains("\n") == false)
    }
}
