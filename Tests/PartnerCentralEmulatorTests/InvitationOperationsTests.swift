import Foundation
import PartnerCentral
import Testing

@testable import PartnerCentralEmulator

@Suite("Get, Reject and Accept")
struct InvitationOperationsTests {
    @Test func getsByIdAndByArnWithTheWholePayload() async throws {
        let pick = DemoPicks.pending()
        try await EmulatorHarness().run { client in
            let byId = try await client.call(
                "GetEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(pick.id!)"}"#)
            #expect(byId.status == .ok)
            let invitation = try byId.decode(EngagementInvitation.self)
            #expect(invitation == pick)
            #expect(invitation.payload != nil)
            let byArn = try await client.call(
                "GetEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(pick.arn!)"}"#)
            #expect(try byArn.decode(EngagementInvitation.self) == pick)
        }
    }

    @Test func catalogsAreSeparate() async throws {
        let awsInvitation = DemoPicks.pending("AWS")
        try await EmulatorHarness().run { client in
            let wrongCatalog = try await client.call(
                "GetEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(awsInvitation.id!)"}"#)
            #expect(wrongCatalog.status == .badRequest)
            #expect(wrongCatalog.errorType == "ResourceNotFoundException")
            let arnOfOtherCatalog = try await client.call(
                "GetEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(awsInvitation.arn!)"}"#)
            #expect(arnOfOtherCatalog.errorType == "ResourceNotFoundException")
            let listed = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER"}"#)
            let ids = try listed.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries!.map(\.id)
            #expect(!ids.contains(awsInvitation.id))
        }
    }

    @Test func badAndUnknownIdentifiers() async throws {
        try await EmulatorHarness().run { client in
            let bad = try await client.call(
                "GetEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"invitation-1"}"#)
            #expect(bad.status == .badRequest)
            #expect(bad.errorType == "ValidationException")
            #expect(bad.validationCodes == ["Identifier:INVALID_STRING_FORMAT"])
            let unknown = try await client.call(
                "GetEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"engi-zzzzzzzzzzzzz"}"#)
            #expect(unknown.status == .badRequest)
            #expect(unknown.errorType == "ResourceNotFoundException")
            #expect(unknown.message?.contains("engi-zzzzzzzzzzzzz") == true)
        }
    }

    @Test func anARNIdentifierMustBeTheInvitationsOwnARN() async throws {
        let pick = DemoPicks.pending()
        let arn = try #require(pick.arn)
        let lookalikes = [
            arn.replacingOccurrences(of: ":us-east-1:", with: ":eu-west-1:"),
            arn.replacingOccurrences(of: ":us-east-1::", with: ":us-east-1:111122223333:"),
            arn.replacingOccurrences(of: "arn:aws:", with: "arn:aws-cn:"),
            arn.replacingOccurrences(of: ":partnercentral:", with: ":s3:"),
            arn.replacingOccurrences(of: "/engagement-invitation/", with: "/engagement/"),
            arn.replacingOccurrences(of: "catalog/Sandbox/", with: "catalog/Sandbox/extra/"),
            "arn:x/\(pick.id!)",
            "arn:aws:partnercentral:us-east-1::\(pick.id!)",
        ]
        try await EmulatorHarness().run { client in
            for identifier in lookalikes {
                for (operation, extra) in [
                    ("GetEngagementInvitation", ""), ("RejectEngagementInvitation", #","RejectionReason":"Other""#),
                    ("AcceptEngagementInvitation", ""),
                    ("StartEngagementByAcceptingInvitationTask", #","ClientToken":"t-1""#),
                ] {
                    let reply = try await client.call(
                        operation, #"{"Catalog":"Sandbox","Identifier":"\#(identifier)"\#(extra)}"#)
                    #expect(reply.errorType == "ResourceNotFoundException", "\(operation) \(identifier): \(reply.text)")
                }
            }
            #expect(await client.store.invitation(id: pick.id!, catalog: "Sandbox")?.status == .pending)
            #expect(await client.store.tasks(catalog: "Sandbox").isEmpty)
            let exact = try await client.call(
                "GetEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(arn)"}"#)
            #expect(exact.status == .ok)
        }
    }

    @Test func arnFiltersMatchOnlyTheExactARN() async throws {
        let pick = DemoPicks.pending()
        let engagementArn = InvitationARN.engagementArn(catalog: "Sandbox", id: try #require(pick.engagementId))
        try await EmulatorHarness().run { client in
            func listed(_ filter: String) async throws -> [String] {
                let reply = try await client.call(
                    "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER",\#(filter)}"#)
                #expect(reply.status == .ok, "\(reply.text)")
                return try reply.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries!.map(
                    \.id!)
            }
            #expect(try await listed(#""EngagementIdentifier":["\#(engagementArn)"]"#) == [pick.id])
            let elsewhere = engagementArn.replacingOccurrences(of: ":us-east-1:", with: ":eu-west-1:")
            #expect(try await listed(#""EngagementIdentifier":["\#(elsewhere)"]"#) == [])
            #expect(try await listed(#""EngagementIdentifier":["arn:x/\#(pick.engagementId!)"]"#) == [])

            let start = try await client.call(
                "StartEngagementByAcceptingInvitationTask",
                #"{"Catalog":"Sandbox","ClientToken":"t-1","Identifier":"\#(pick.id!)"}"#)
            let task = try start.decode(StartEngagementByAcceptingInvitationTaskResponse.self)
            func tasks(_ filter: String) async throws -> [String] {
                let reply = try await client.call(
                    "ListEngagementByAcceptingInvitationTasks", #"{"Catalog":"Sandbox",\#(filter)}"#)
                #expect(reply.status == .ok, "\(reply.text)")
                return try reply.decode(ListEngagementByAcceptingInvitationTasksResponse.self).taskSummaries!
                    .compactMap(\.taskId)
            }
            let taskArn = try #require(task.taskArn)
            let taskId = try #require(task.taskId)
            #expect(try await tasks(#""TaskIdentifier":["\#(taskArn)"]"#) == [taskId])
            #expect(try await tasks(#""TaskIdentifier":["arn:x/\#(taskId)"]"#) == [])
            #expect(
                try await tasks(
                    #""TaskIdentifier":["\#(taskArn.replacingOccurrences(of: "444455556666", with: "111122223333"))"]"#)
                    == [])
            #expect(try await tasks(#""EngagementInvitationIdentifier":["\#(pick.arn!)"]"#) == [taskId])
            #expect(try await tasks(#""EngagementInvitationIdentifier":["arn:x/\#(pick.id!)"]"#) == [])
        }
    }

    @Test func rejectStoresTheReasonAndASecondRejectConflicts() async throws {
        let pick = DemoPicks.pending()
        try await EmulatorHarness().run { client in
            let reject = try await client.call(
                "RejectEngagementInvitation",
                #"{"Catalog":"Sandbox","Identifier":"\#(pick.id!)","RejectionReason":"Customer problem unclear"}"#)
            #expect(reject.status == .ok)
            #expect(reject.text == "{}")
            let after = try await client.call(
                "GetEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(pick.id!)"}"#)
            let invitation = try after.decode(EngagementInvitation.self)
            #expect(invitation.status == .rejected)
            #expect(invitation.rejectionReason == "Customer problem unclear")
            let again = try await client.call(
                "RejectEngagementInvitation",
                #"{"Catalog":"Sandbox","Identifier":"\#(pick.arn!)","RejectionReason":"Other"}"#)
            #expect(again.status == .badRequest)
            #expect(again.errorType == "ConflictException")
            #expect(again.message?.contains("REJECTED") == true)
            #expect(
                await client.store.invitation(id: pick.id!, catalog: "Sandbox")?.rejectionReason
                    == "Customer problem unclear")
        }
    }

    @Test func rejectValidatesTheReason() async throws {
        let pick = DemoPicks.pending()
        try await EmulatorHarness().run { client in
            let tooLong = String(repeating: "x", count: 81)
            let reply = try await client.call(
                "RejectEngagementInvitation",
                #"{"Catalog":"Sandbox","Identifier":"\#(pick.id!)","RejectionReason":"\#(tooLong)"}"#)
            #expect(reply.validationCodes == ["RejectionReason:INVALID_STRING_FORMAT"])
            #expect(await client.store.invitation(id: pick.id!, catalog: "Sandbox")?.status == .pending)
        }
    }

    @Test func acceptOnlyWorksOnPending() async throws {
        let pick = DemoPicks.pending("AWS")
        let rejected = DemoPicks.first("AWS", .rejected)
        try await EmulatorHarness().run { client in
            let accept = try await client.call(
                "AcceptEngagementInvitation", #"{"Catalog":"AWS","Identifier":"\#(pick.id!)"}"#)
            #expect(accept.status == .ok)
            #expect(accept.text == "{}")
            #expect(await client.store.invitation(id: pick.id!, catalog: "AWS")?.status == .accepted)
            let again = try await client.call(
                "AcceptEngagementInvitation", #"{"Catalog":"AWS","Identifier":"\#(pick.id!)"}"#)
            #expect(again.errorType == "ConflictException")
            #expect(again.message?.contains("ACCEPTED") == true)
            let onRejected = try await client.call(
                "AcceptEngagementInvitation", #"{"Catalog":"AWS","Identifier":"\#(rejected.id!)"}"#)
            #expect(onRejected.errorType == "ConflictException")
            #expect(onRejected.message?.contains("REJECTED") == true)
        }
    }

    @Test func pendingInvitationsPastTheirExpiryReadAsExpiredAndCannotBeRejected() async throws {
        let lapsed = DemoPicks.lapsed()
        let pick = DemoPicks.pending()
        let harness = EmulatorHarness()
        try await harness.run { client in
            let get = try await client.call(
                "GetEngagementInvitation", #"{"Catalog":"\#(lapsed.catalog!)","Identifier":"\#(lapsed.id!)"}"#)
            #expect(try get.decode(EngagementInvitation.self).status == .expired)
            let reject = try await client.call(
                "RejectEngagementInvitation", #"{"Catalog":"\#(lapsed.catalog!)","Identifier":"\#(lapsed.id!)"}"#)
            #expect(reject.errorType == "ConflictException")
            #expect(reject.message?.contains("EXPIRED") == true)

            // Time passes: a pending invitation lapses when the clock passes its expiry.
            await client.clock.set(pick.expirationDate!.date.addingTimeInterval(1))
            let later = try await client.call(
                "GetEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(pick.id!)"}"#)
            #expect(try later.decode(EngagementInvitation.self).status == .expired)
        }
    }
}
