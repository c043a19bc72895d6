import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

@Suite("Accept tasks")
struct AcceptTaskTests {
    @Test func aTaskCompletesWithAnOpportunityAndAcceptsTheInvitation() async throws {
        let pick = DemoPicks.pending()
        try await EmulatorHarness().run { client in
            let start = try await client.call(
                "StartEngagementByAcceptingInvitationTask",
                #"{"Catalog":"Sandbox","ClientToken":"token-1","Identifier":"\#(pick.id!)"}"#)
            #expect(start.status == .ok, "\(start.text)")
            let task = try start.decode(StartEngagementByAcceptingInvitationTaskResponse.self)
            #expect(task.taskStatus == .complete)
            #expect(ModelPattern.opportunityIdentifier.matches(task.opportunityId ?? ""))
            #expect(ModelPattern("task-[0-9a-z]{13}").matches(task.taskId ?? ""))
            #expect(task.taskArn?.hasPrefix("arn:aws:partnercentral:") == true)
            #expect(task.engagementInvitationId == pick.id)
            #expect(await client.store.invitation(id: pick.id!, catalog: "Sandbox")?.status == .accepted)

            // Retried with the same token and request: the same task, not a conflict.
            let retry = try await client.call(
                "StartEngagementByAcceptingInvitationTask",
                #"{"Catalog":"Sandbox","ClientToken":"token-1","Identifier":"\#(pick.id!)"}"#)
            #expect(try retry.decode(StartEngagementByAcceptingInvitationTaskResponse.self) == task)

            let reused = try await client.call(
                "StartEngagementByAcceptingInvitationTask",
                #"{"Catalog":"Sandbox","ClientToken":"token-1","Identifier":"\#(DemoPicks.pending("Sandbox").id!)","Tags":[{"Key":"k","Value":"v"}]}"#
            )
            #expect(reused.errorType == "ConflictException")

            let newToken = try await client.call(
                "StartEngagementByAcceptingInvitationTask",
                #"{"Catalog":"Sandbox","ClientToken":"token-2","Identifier":"\#(pick.id!)"}"#)
            #expect(newToken.errorType == "ConflictException")
            #expect(newToken.message?.contains("ACCEPTED") == true)
        }
    }

    @Test func aTaskRunsForItsDurationThenCompletes() async throws {
        let pick = DemoPicks.pending()
        let harness = EmulatorHarness { $0.taskDuration = 2 }
        try await harness.run { client in
            let start = try await client.call(
                "StartEngagementByAcceptingInvitationTask",
                #"{"Catalog":"Sandbox","ClientToken":"t","Identifier":"\#(pick.id!)"}"#)
            let task = try start.decode(StartEngagementByAcceptingInvitationTaskResponse.self)
            #expect(task.taskStatus == .inProgress)
            #expect(task.opportunityId == nil)
            #expect(await client.store.invitation(id: pick.id!, catalog: "Sandbox")?.status == .pending)
            let reject = try await client.call(
                "RejectEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(pick.id!)"}"#)
            #expect(reject.errorType == "ConflictException")
            #expect(reject.message?.contains("IN_PROGRESS") == true)

            await client.clock.advance(2)
            let listed = try await client.call(
                "ListEngagementByAcceptingInvitationTasks",
                #"{"Catalog":"Sandbox","TaskIdentifier":["\#(task.taskId!)"]}"#)
            let summaries = try listed.decode(ListEngagementByAcceptingInvitationTasksResponse.self).taskSummaries!
            #expect(summaries.count == 1)
            #expect(summaries[0].taskStatus == .complete)
            #expect(summaries[0].opportunityId != nil)
            #expect(await client.store.invitation(id: pick.id!, catalog: "Sandbox")?.status == .accepted)
        }
    }

    @Test func aMarkedInvitationsTaskFailsWithItsReasonCode() async throws {
        let pick = DemoPicks.acceptFails()
        try await EmulatorHarness().run { client in
            let start = try await client.call(
                "StartEngagementByAcceptingInvitationTask",
                #"{"Catalog":"\#(pick.catalog!)","ClientToken":"t","Identifier":"\#(pick.id!)"}"#)
            let task = try start.decode(StartEngagementByAcceptingInvitationTaskResponse.self)
            #expect(task.taskStatus == .failed)
            #expect(task.reasonCode == .opportunityValidationFailed)
            #expect(task.message?.isEmpty == false)
            #expect(task.opportunityId == nil)
            #expect(await client.store.invitation(id: pick.id!, catalog: pick.catalog!)?.status == .pending)
        }
    }

    @Test func listsTasksWithFiltersSortAndPages() async throws {
        let seed = TestSeeds.generated(count: 40)
        let pending = seed.invitations.filter { $0.status == .pending }.prefix(12)
        try await EmulatorHarness(seed: seed).run { client in
            for (index, invitation) in pending.enumerated() {
                await client.clock.advance(1)
                let reply = try await client.call(
                    "StartEngagementByAcceptingInvitationTask",
                    #"{"Catalog":"Sandbox","ClientToken":"c\#(index)","Identifier":"\#(invitation.id!)"}"#)
                #expect(reply.status == .ok, "\(reply.text)")
            }
            var seen: [String] = []
            var token: String?
            var pages = 0
            repeat {
                let tokenMember = token.map { #","NextToken":"\#($0)""# } ?? ""
                let reply = try await client.call(
                    "ListEngagementByAcceptingInvitationTasks",
                    #"{"Catalog":"Sandbox","MaxResults":5,"Sort":{"SortOrder":"ASCENDING","SortBy":"StartTime"}\#(tokenMember)}"#
                )
                let page = try reply.decode(ListEngagementByAcceptingInvitationTasksResponse.self)
                seen += page.taskSummaries!.map { $0.engagementInvitationId! }
                token = page.nextToken
                pages += 1
            } while token != nil && pages < 10
            #expect(pages == 3)
            #expect(seen == pending.map(\.id))

            let newest = try await client.call("ListEngagementByAcceptingInvitationTasks", #"{"Catalog":"Sandbox"}"#)
            let newestIds = try newest.decode(ListEngagementByAcceptingInvitationTasksResponse.self).taskSummaries!.map
            { $0.engagementInvitationId! }
            #expect(newestIds == pending.map(\.id).reversed())

            let byInvitation = try await client.call(
                "ListEngagementByAcceptingInvitationTasks",
                #"{"Catalog":"Sandbox","EngagementInvitationIdentifier":["\#(pending.first!.arn!)"],"TaskStatus":["COMPLETE"]}"#
            )
            let rows = try byInvitation.decode(ListEngagementByAcceptingInvitationTasksResponse.self).taskSummaries!
            #expect(rows.map(\.engagementInvitationId) == [pending.first!.id])

            let byOpportunity = try await client.call(
                "ListEngagementByAcceptingInvitationTasks",
                #"{"Catalog":"Sandbox","OpportunityIdentifier":["\#(rows[0].opportunityId!)"]}"#)
            #expect(
                try byOpportunity.decode(ListEngagementByAcceptingInvitationTasksResponse.self).taskSummaries!.count
                    == 1)

            let failed = try await client.call(
                "ListEngagementByAcceptingInvitationTasks", #"{"Catalog":"Sandbox","TaskStatus":["FAILED"]}"#)
            #expect(try failed.decode(ListEngagementByAcceptingInvitationTasksResponse.self).taskSummaries == [])

            let otherCatalog = try await client.call("ListEngagementByAcceptingInvitationTasks", #"{"Catalog":"AWS"}"#)
            #expect(try otherCatalog.decode(ListEngagementByAcceptingInvitationTasksResponse.self).taskSummaries == [])

            let missingToken = try await client.call(
                "StartEngagementByAcceptingInvitationTask",
                #"{"Catalog":"Sandbox","Identifier":"\#(pending.first!.id!)"}"#)
            #expect(missingToken.validationCodes == ["ClientToken:REQUIRED_FIELD_MISSING"])
        }
    }

    @Test func taskPagesResumeAfterTheLastTaskSeenWhenEarlierTasksFinish() async throws {
        let seed = TestSeeds.generated(count: 40)
        let pending = Array(seed.invitations.filter { $0.status == .pending }.prefix(10))
        try await EmulatorHarness(seed: seed) { $0.taskDuration = 60 }.run { client in
            let firstStart = client.clock.now()
            for (index, invitation) in pending.enumerated() {
                let reply = try await client.call(
                    "StartEngagementByAcceptingInvitationTask",
                    #"{"Catalog":"Sandbox","ClientToken":"c\#(index)","Identifier":"\#(invitation.id!)"}"#)
                #expect(reply.status == .ok, "\(reply.text)")
                await client.clock.advance(1)
            }
            let filter =
                #""Catalog":"Sandbox","TaskStatus":["IN_PROGRESS"],"Sort":{"SortOrder":"ASCENDING","SortBy":"StartTime"},"MaxResults":5"#
            let first = try await client.call("ListEngagementByAcceptingInvitationTasks", "{\(filter)}")
            let firstPage = try first.decode(ListEngagementByAcceptingInvitationTasksResponse.self)
            #expect(firstPage.taskSummaries!.map { $0.engagementInvitationId! } == pending[0..<5].map(\.id))
            let token = try #require(firstPage.nextToken)

            // The five tasks already seen finish (started at +0…+4 s, 60 s each); the next five are still running.
            await client.clock.set(firstStart.addingTimeInterval(64.5))
            let second = try await client.call(
                "ListEngagementByAcceptingInvitationTasks", "{\(filter),\"NextToken\":\"\(token)\"}")
            #expect(second.status == .ok, "\(second.text)")
            let secondPage = try second.decode(ListEngagementByAcceptingInvitationTasksResponse.self)
            #expect(secondPage.taskSummaries!.map { $0.engagementInvitationId! } == pending[5..<10].map(\.id))
            #expect(secondPage.nextToken == nil)
        }
    }
}
