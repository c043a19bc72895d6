import Foundation
import PartnerCentral
import TriageCore

extension EffectRunner {
    /// The reads and writes that come after a decision: the duplicate check's pipeline lookup, what an accept
    /// created, an accepted lead's members, and assigning an opportunity.
    func startFollowThrough(_ effect: TriageEffect, mailbox: any MessageSink) {
        switch effect {
        case .findPipeline(let catalog, let customer, let key):
            spawn(background: true) { [service] in
                do {
                    let found = try await Self.findPipeline(
                        catalog: catalog, customer: customer, key: key, service: service)
                    mailbox.post(.pipelineLoaded(catalog: catalog, key: key, opportunities: found))
                } catch {
                    guard !Task.isCancelled else { return }
                    mailbox.post(.pipelineFailed(catalog: catalog, key: key, message: Self.describe(error).message))
                }
            }
        case .getOpportunity(let catalog, let id, let opportunityID):
            spawn(background: false) { [service] in
                do {
                    let request = GetOpportunityRequest(catalog: catalog.rawValue, identifier: opportunityID)
                    let opportunity = try await service.getOpportunity(request, priority: .foreground)
                    mailbox.post(.opportunityLoaded(catalog: catalog, id: id, opportunity: opportunity))
                } catch {
                    let message = Self.describe(error).message
                    mailbox.post(.followUpFailed(catalog: catalog, id: id, read: .opportunity, message: message))
                }
            }
        case .getAwsSummary(let catalog, let id, let opportunityID):
            spawn(background: false) { [service] in
                do {
                    let request = GetAwsOpportunitySummaryRequest(
                        catalog: catalog.rawValue, relatedOpportunityIdentifier: opportunityID)
                    let summary = try await service.getAwsOpportunitySummary(request)
                    mailbox.post(.awsSummaryLoaded(catalog: catalog, id: id, summary: summary))
                } catch {
                    let message = Self.describe(error).message
                    mailbox.post(.followUpFailed(catalog: catalog, id: id, read: .awsSummary, message: message))
                }
            }
        case .listEngagementMembers(let catalog, let id, let engagementID):
            spawn(background: false) { [service] in
                do {
                    let request = ListEngagementMembersRequest(catalog: catalog.rawValue, identifier: engagementID)
                    let page = try await service.listEngagementMembers(request)
                    mailbox.post(.membersLoaded(catalog: catalog, id: id, members: page.engagementMemberList ?? []))
                } catch {
                    let message = Self.describe(error).message
                    mailbox.post(.followUpFailed(catalog: catalog, id: id, read: .members, message: message))
                }
            }
        case .assign(let catalog, let id, let opportunityID, let person):
            spawn(background: false) { [service, audit, destination, clock] in
                let outcome = await AssignmentSender.send(
                    catalog: catalog, opportunityID: opportunityID, person: person, service: service, audit: audit,
                    destination: destination, clock: clock)
                switch outcome {
                case .assigned: mailbox.post(.assignAnswered(catalog: catalog, id: id, failure: nil))
                case .failed(let message), .notSent(let message):
                    mailbox.post(.assignAnswered(catalog: catalog, id: id, failure: message))
                case .unknown(let message):
                    mailbox.post(.assignAnswered(catalog: catalog, id: id, failure: "outcome unknown: \(message)"))
                }
            }
        case .findAcceptedOpportunity(let catalog, let id):
            spawn(background: false) { [service] in
                let request = ListEngagementByAcceptingInvitationTasksRequest(
                    catalog: catalog.rawValue, taskStatus: [.complete], engagementInvitationIdentifier: [id])
                // A failed lookup reads as "not found": the details then simply do not show the opportunity.
                let page = try? await service.listAcceptTasks(request)
                let opportunityID = page?.taskSummaries?.compactMap(\.opportunityId).first
                mailbox.post(.acceptedOpportunityFound(catalog: catalog, id: id, opportunityID: opportunityID))
            }
        default:
            break
        }
    }
}
