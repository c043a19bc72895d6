import Foundation
import PartnerCentral
import Testing

@testable import TriageCore

@Suite struct DisplayModelTests {
    @Test func rowCleansEveryServiceString() {
        let hostile = EngagementInvitationSummary(
            payloadType: "Weird\u{1b}[2J", id: "engi-\u{1b}]0;x\u{07}", engagementTitle: "T\u{202E}itle",
            status: "PEND\u{9b}ING", senderCompanyName: "Evil\u{1b}[H Corp", catalog: "Sandbox")
        let row = InvitationRow(summary: hostile)
        #expect(row.title == "T<U+202E>itle")
        #expect(row.sender == "Evil^[[H Corp")
        #expect(row.idLabel == "engi-^[]0;x^G")
        #expect(row.id == "engi-\u{1b}]0;x\u{07}")
        #expect(row.statusLabel == "PEND<U+009B>ING")
        #expect(row.typeLabel == "Weird^[[2J")
    }

    @Test func rowLabelsPayloadTypesAndFormatsTheInvitedDay() {
        let row = InvitationRow(summary: summary(1, type: .leadInvitation))
        #expect(row.typeLabel == "Lead")
        #expect(row.invitedText == "2025-03-01")
        #expect(InvitationRow(summary: summary(2)).typeLabel == "Opportunity")
    }

    @Test func detailsCarryOpportunityFieldsCleaned() {
        var whole = invitation(1)
        whole.invitationMessage = "Hello\u{1b}[2J\nSecond line"
        whole.rejectionReason = nil
        whole.existingMembers = [EngagementMemberSummary(companyName: "AWS\u{7}", websiteUrl: "https://aws.amazon.com")]
        whole.payload = Payload(
            opportunityInvitation: OpportunityInvitationPayload(
                senderContacts: [
                    SenderContact(email: "a@example.com", firstName: "Ana", lastName: "Lee", businessTitle: "PSM")
                ],
                receiverResponsibilities: [.reseller, .servicesPartner],
                customer: EngagementCustomer(
                    industry: .healthcare, companyName: "Clinic\u{202E}", websiteUrl: "https://clinic.example",
                    countryCode: "US"),
                project: ProjectDetails(
                    businessProblem: "Slow\tsystems\nneed help", title: "Migration",
                    targetCompletionDate: "2025-12-31",
                    expectedCustomerSpend: [
                        ExpectedCustomerSpend(
                            amount: "12000", currencyCode: "USD", frequency: .monthly, targetCompany: "AWS")
                    ])))
        let details = InvitationDetails(invitation: whole)
        #expect(details.contacts == [.init(name: "Ana Lee", title: "PSM", email: "a@example.com", phone: nil)])
        #expect(details.customerCompany == "Clinic<U+202E>")
        #expect(details.industry == "Healthcare")
        #expect(details.country == "US")
        #expect(details.website == "https://clinic.example")
        #expect(details.projectTitle == "Migration")
        #expect(details.businessProblem == ["Slow    systems", "need help"])
        #expect(details.expectedSpend.map(\.text) == ["12000 USD Monthly (AWS)"])
        #expect(details.targetCompletionDate == "2025-12-31")
        #expect(details.receiverResponsibilities == ["Reseller", "Services Partner"])
        #expect(details.invitationMessage == ["Hello^[[2J", "Second line"])
        #expect(details.existingMembers.map(\.companyName) == ["AWS^G"])
        #expect(details.leadInteraction == nil)
    }

    @Test func detailsCarryLeadCustomerAndInteraction() {
        var whole = invitation(2)
        whole.payloadType = .leadInvitation
        whole.payload = Payload(
            leadInvitation: LeadInvitationPayload(
                customer: LeadInvitationCustomer(
                    industry: "Retail", companyName: "Shop", countryCode: "DE", awsMaturity: "Early",
                    marketSegment: "Small"),
                interaction: LeadInvitationInteraction(
                    sourceType: "Event", sourceId: "ev-1", sourceName: "Summit", usecase: "Analytics",
                    contactBusinessTitle: "CTO")))
        let details = InvitationDetails(invitation: whole)
        #expect(details.typeLabel == "Lead")
        #expect(details.customerCompany == "Shop")
        #expect(details.marketSegment == "Small")
        #expect(details.leadInteraction?.sourceName == "Summit")
        #expect(details.leadInteraction?.contactBusinessTitle == "CTO")
    }

    @Test func expiryTextCountsDaysHoursAndMinutes() {
        let now = testNow
        #expect(Expiry(expiration: now.addingTimeInterval(3 * 86_400 + 60), now: now).text == "in 3d")
        #expect(Expiry(expiration: now.addingTimeInterval(3 * 86_400 + 60), now: now).urgency == .normal)
        #expect(Expiry(expiration: now.addingTimeInterval(2 * 86_400), now: now).urgency == .urgent)
        // Under a day the list says "today"; the details screen counts hours, then minutes.
        let fiveHours = Expiry(expiration: now.addingTimeInterval(5 * 3600 + 5), now: now)
        #expect(fiveHours.text == "today")
        #expect(fiveHours.preciseText == "in 5h")
        #expect(fiveHours.urgency == .urgent)
        let twentyMinutes = Expiry(expiration: now.addingTimeInterval(20 * 60 + 5), now: now)
        #expect(twentyMinutes.text == "today")
        #expect(twentyMinutes.preciseText == "in 20m")
        #expect(Expiry(expiration: now.addingTimeInterval(30), now: now).text == "today")
        #expect(Expiry(expiration: now.addingTimeInterval(30), now: now).preciseText == "in under a minute")
        #expect(Expiry(expiration: now.addingTimeInterval(86_400 + 5), now: now).text == "in 1d")
        #expect(Expiry(expiration: now.addingTimeInterval(86_400 - 5), now: now).text == "today")
        #expect(Expiry(expiration: now.addingTimeInterval(-1), now: now).text == "expired")
        #expect(Expiry(expiration: now.addingTimeInterval(-1), now: now).urgency == .expired)
        #expect(Expiry(expiration: nil, now: now).urgency == .unknown)
    }

    @Test func listQueryBuildsTheServiceRequest() {
        let query = ListQuery(status: .expired, type: .leads, sortOrder: .ascending, pageSize: 25)
        let request = query.request(catalog: .aws, token: "t1")
        #expect(request.catalog == "AWS")
        #expect(request.status == [.expired])
        #expect(request.payloadType == [.leadInvitation])
        #expect(request.sort == OpportunityEngagementInvitationSort(sortOrder: .ascending, sortBy: .invitationDate))
        #expect(request.nextToken == "t1")
        #expect(request.maxResults == 25)
        #expect(request.participantType == .receiver)
        #expect(ListQuery(status: .all).request(catalog: .sandbox, token: nil).status == nil)
    }
}
