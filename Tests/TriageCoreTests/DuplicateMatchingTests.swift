import Foundation
import PartnerCentral
import Testing

@testable import TriageCore

@Suite struct DuplicateMatchingTests {
    func pipelined(_ id: String, customer: String?, title: String?, modifiedDaysAgo: Double = 1) -> PipelineOpportunity
    {
        PipelineOpportunity(
            id: id, title: title, customer: customer, stage: "Qualified", reviewStatus: "Approved",
            lastModified: testNow.addingTimeInterval(-modifiedDaysAgo * 86_400))
    }

    @Test(arguments: [
        ("Contoso Health Partners", "Contoso Health Partners, Inc."),
        ("CONTOSO HEALTH PARTNERS", "contoso health partners"),
        ("Café Müller GmbH", "Cafe Muller"),
        ("株式会社さくら", "さくら"),
        ("Trey Research Ltd.", "Trey Research Limited"),
        ("Osaka Precision K.K.", "Osaka Precision KK"),
    ])
    func companyNamesThatAreTheSameCompany(_ left: String, _ right: String) {
        #expect(NameNormaliser.companyKey(left) == NameNormaliser.companyKey(right), "\(left) / \(right)")
    }

    @Test(arguments: [
        ("Contoso Health Partners", "Contoso Health"),
        ("Acme Corp", "Acme Corporation Holdings"),
        ("Trey Research", "Trey Research Labs"),
        ("Northwind", "Northwind Traders"),
    ])
    func nearMissCompanyNamesAreDifferentCompanies(_ left: String, _ right: String) {
        #expect(NameNormaliser.companyKey(left) != NameNormaliser.companyKey(right), "\(left) / \(right)")
    }

    @Test func aLegalFormAloneIsStillAName() {
        #expect(NameNormaliser.companyKey("Inc.") == "inc")
        #expect(NameNormaliser.companyKey("  ,. ") == nil)
        #expect(NameNormaliser.searchName("Contoso Health Partners, Inc.") == "Contoso Health Partners")
        #expect(NameNormaliser.searchName("Osaka Precision K.K.") == "Osaka Precision")
    }

    @Test func sameCustomerAndTitleIsALikelyDuplicateAndComesFirst() {
        let pipeline = [
            pipelined("O1", customer: "Contoso Health Partners Inc.", title: "Cloud migration", modifiedDaysAgo: 0.5),
            pipelined("O2", customer: "Contoso Health Partners", title: "HIPAA-ready patient data platform!"),
            pipelined("O3", customer: "Fabrikam", title: "HIPAA-ready patient data platform"),
        ]
        let matches = DuplicateMatch.matches(
            customer: "contoso health partners", title: "HIPAA ready patient data platform", in: pipeline)
        #expect(matches.map(\.opportunity.id) == ["O2", "O1"])
        #expect(matches.map(\.reason) == [.sameCustomerAndTitle, .sameCustomerOnly])
        #expect(matches.map(\.isLikely) == [true, false])
    }

    @Test func similarTitlesMatchAndDifferentOnesDoNot() {
        let pipeline = [
            pipelined("O1", customer: "Trey Research", title: "Genomics pipeline on demand phase 2"),
            pipelined("O2", customer: "Trey Research", title: "Genomics data archive"),
        ]
        let matches = DuplicateMatch.matches(
            customer: "Trey Research", title: "Genomics pipeline on demand", in: pipeline)
        #expect(matches.first { $0.opportunity.id == "O1" }?.reason == .sameCustomerSimilarTitle)
        // One word in common out of five is another project for the same customer.
        #expect(matches.first { $0.opportunity.id == "O2" }?.reason == .sameCustomerOnly)
    }

    @Test func anotherCustomerNeverMatchesWhateverItsTitle() {
        let pipeline = [pipelined("O9", customer: "Contoso Health", title: "Patient data platform")]
        #expect(
            DuplicateMatch.matches(customer: "Contoso Health Partners", title: "Patient data platform", in: pipeline)
                .isEmpty)
        #expect(DuplicateMatch.matches(customer: nil, title: "Patient data platform", in: pipeline).isEmpty)
        #expect(
            DuplicateMatch.matches(customer: "Contoso Health", title: nil, in: pipeline).map(\.reason) == [
                .sameCustomerOnly
            ])
    }

    @Test func detailsAskForTheCustomersPipelineOnceAndAMatchMarksTheRowAndLeadsTheReasonMenu() {
        var state = loadedState(2)
        let first = state.send(
            .detailsLoaded(
                catalog: .sandbox, id: invitationID(1), invitation: opportunity(1, customer: "Contoso Health Partners"))
        )
        let key = "contoso health partners"
        #expect(first.contains(.findPipeline(catalog: .sandbox, customer: "Contoso Health Partners", key: key)))
        // The same customer again is not asked for twice.
        let second = state.send(
            .detailsLoaded(
                catalog: .sandbox, id: invitationID(2),
                invitation: opportunity(2, customer: "Contoso Health Partners Inc.")))
        #expect(!second.contains { if case .findPipeline = $0 { true } else { false } })
        #expect(state.reasonMenuOrder(targets: [invitationID(1)]) == RejectionReason.allCases)

        state.send(
            .pipelineLoaded(
                catalog: .sandbox, key: key,
                opportunities: [
                    PipelineOpportunity(
                        id: "O123", title: "Project 1", customer: "Contoso Health Partners, Inc.", stage: "Prospect")
                ]))
        #expect(state.likelyDuplicate(of: invitationID(1))?.opportunity.id == "O123")
        let order = state.reasonMenuOrder(targets: [invitationID(1)])
        #expect(order.first == .duplicateOfPartnerReferral && order.count == 5)
        // The menu opens on the duplicate reason; Enter takes it, and the confirmation names the opportunity.
        state.press(.char("r"))
        state.press(.enter)
        guard case .confirmReject(let confirmation) = state.screen else {
            Issue.record("no confirmation: \(state.screen)")
            return
        }
        #expect(confirmation.decision == .reject(.duplicateOfPartnerReferral))
        #expect(
            confirmation.lines.contains("Matches your opportunity O123 “Project 1” (same customer and project title)."))
    }

    @Test func aFailedLookupMarksNothingAndSaysSoInTheDetails() {
        var state = loadedState(1)
        state.send(
            .detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: opportunity(1, customer: "Contoso")))
        state.send(.pipelineFailed(catalog: .sandbox, key: "contoso", message: "AccessDenied\u{1b}[2J"))
        #expect(state.likelyDuplicate(of: invitationID(1)) == nil)
        #expect(state.pipelineEntry(for: invitationID(1)) == .failed("AccessDenied^[[2J"))
    }
}
