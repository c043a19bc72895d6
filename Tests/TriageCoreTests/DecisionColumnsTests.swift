import Foundation
import PartnerCentral
import Testing

@testable import TriageCore

/// An opportunity invitation with a customer, spend and country, as `GetEngagementInvitation` sends it.
func opportunity(
    _ number: Int, customer: String, amount: String? = "12000", currency: String = "USD", country: String = "US",
    problem: String = "Legacy systems slow the clinic down", score: String? = nil
) -> EngagementInvitation {
    var whole = invitation(number)
    whole.payload = Payload(
        opportunityInvitation: OpportunityInvitationPayload(
            customer: EngagementCustomer(
                companyName: customer, websiteUrl: "https://example.com", countryCode: CountryCode(rawValue: country)),
            project: ProjectDetails(
                businessProblem: problem, title: "Project \(number)",
                expectedCustomerSpend: amount.map {
                    [
                        ExpectedCustomerSpend(
                            amount: $0, currencyCode: CurrencyCode(rawValue: currency), frequency: .monthly,
                            targetCompany: "AWS")
                    ]
                })))
    if let score {
        whole.enrichmentContext = EnrichmentContext(leadInsights: LeadInsights(leadReadinessScore: score))
    }
    return whole
}

@Suite struct DecisionColumnsTests {
    @Test func monthlySpendIsCompactWithItsCurrency() {
        func spend(_ amount: String, _ frequency: String = "Monthly", _ currency: String = "USD")
            -> InvitationDetails.Spend
        {
            InvitationDetails.Spend(amount: amount, currency: currency, frequency: frequency, targetCompany: "AWS")
        }
        #expect(MonthlySpend([spend("950")])?.text == "950 USD")
        #expect(MonthlySpend([spend("12500")])?.text == "12.5k USD")
        #expect(MonthlySpend([spend("1000000"), spend("250000")])?.text == "1.2M USD")
        #expect(MonthlySpend([spend("120000", "Annually")])?.amount == 10_000)
        #expect(MonthlySpend([spend("100", "Monthly", "EUR"), spend("5", "Monthly", "USD")])?.text == "100 EUR+")
        // Nothing readable: no figure rather than a wrong one.
        #expect(MonthlySpend([spend("—"), spend("12", "Fortnightly")]) == nil)
        #expect(MonthlySpend([]) == nil)
    }

    @Test func detailsFillTheRowFactsAndTheirSearchText() {
        var state = loadedState(3)
        state.send(
            .detailsLoaded(
                catalog: .sandbox, id: invitationID(2),
                invitation: opportunity(2, customer: "Contoso Health Partners", country: "DE", score: "High")))
        let facts = try! #require(state.rowFacts[invitationID(2)])
        #expect(facts.customer == "Contoso Health Partners")
        #expect(facts.spend?.text == "12k USD")
        #expect(facts.country == "DE")
        #expect(facts.score == "High")
    }

    @Test func slashMatchesTheCustomerAndDetailsTextOnceLoadedAndCountsMatches() {
        var state = loadedState(3)
        state.press(.char("/"))
        state.type("contoso")
        #expect(state.visibleRows.isEmpty)
        #expect(state.matchLabel == "0 of 3 match")
        // The details arrive while the filter is set: the row joins the list.
        state.send(
            .detailsLoaded(
                catalog: .sandbox, id: invitationID(3), invitation: opportunity(3, customer: "Contoso Health Partners"))
        )
        #expect(state.visibleRows.map(\.id) == [invitationID(3)])
        #expect(state.matchLabel == "1 of 3 match")
        // The business problem is searched too.
        state.press(.ctrl("u"))
        state.type("legacy systems")
        #expect(state.visibleRows.map(\.id) == [invitationID(3)])
        state.press(.escape)
        #expect(state.matchLabel == nil)
    }

    @Test func sortsBySpendScoreAndCustomerWithUnknownsLast() {
        var state = loadedState(4)
        state.send(
            .detailsLoaded(
                catalog: .sandbox, id: invitationID(1),
                invitation: opportunity(1, customer: "Beta", amount: "500", score: "Low")))
        state.send(
            .detailsLoaded(
                catalog: .sandbox, id: invitationID(2),
                invitation: opportunity(2, customer: "alpha", amount: "90000", score: "High")))
        state.send(
            .detailsLoaded(
                catalog: .sandbox, id: invitationID(3),
                invitation: opportunity(3, customer: "Gamma", amount: nil, score: "Medium")))
        state.press(.char("s"))
        #expect(state.sort == ListSort(.spend, descending: true))
        #expect(state.visibleRows.map(\.id) == [2, 1, 3, 4].map(invitationID))
        state.press(.char("S"))
        // Reversed, rows without a figure still go last.
        #expect(state.visibleRows.map(\.id) == [1, 2, 3, 4].map(invitationID))
        state.press(.char("s"))
        #expect(state.visibleRows.map(\.id) == [2, 3, 1, 4].map(invitationID))
        state.press(.char("s"))
        #expect(state.visibleRows.map(\.id) == [2, 1, 3, 4].map(invitationID))
        state.press(.char("s"))
        // Invited, newest first: the fixtures are invited an hour apart, 1 the latest.
        #expect(state.visibleRows.map(\.id) == [1, 2, 3, 4].map(invitationID))
    }

    @Test func theSelectionStaysOnItsInvitationWhenTheOrderChanges() {
        var state = loadedState(
            3, summaries: [summary(1, expiresInDays: 1), summary(2, expiresInDays: 2), summary(3, expiresInDays: 3)])
        state.press(.down, .down)
        #expect(state.selectedRow?.id == invitationID(3))
        state.press(.char("S"))
        #expect(state.selectedRow?.id == invitationID(3))
        #expect(state.cursor == 0)
    }

    @Test func theStatusColumnShowsOnlyWhenMoreThanOneStatusCanBeListed() {
        var state = loadedState(3)
        #expect(!state.shownColumns.contains(.status))
        state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(1), reason: .customerProblemUnclear))
        #expect(state.shownColumns.contains(.status))
        var all = loadedState(2)
        all.press(.char("f"), .char("f"), .char("f"), .char("f"))
        #expect(all.query.status == .all)
        #expect(all.shownColumns.contains(.status))
    }

    @Test func theHeaderWarnsOfPendingInvitationsExpiringWithinADay() {
        let state = loadedState(
            summaries: [
                summary(1, expiresInDays: 0.5), summary(2, expiresInDays: 0.9), summary(3, expiresInDays: 3),
                summary(4, status: .rejected, expiresInDays: 0.2), summary(5, expiresInDays: -1),
            ])
        #expect(state.expiryWarning == "2 expire within 24 h")
        let one = loadedState(summaries: [summary(1, expiresInDays: 0.5)])
        #expect(one.expiryWarning == "1 expires within 24 h")
        #expect(loadedState(2).expiryWarning == nil)
    }

    @Test func yCopiesTheIdAndCapitalYTheARN() {
        var state = loadedState(2)
        #expect(state.press(.char("y")) == [.copyToClipboard(text: invitationID(1))])
        #expect(state.footer?.text.contains(invitationID(1)) == true)
        // The fixtures carry no ARN: say so rather than copy nothing.
        #expect(state.press(.char("Y")).isEmpty)
        var withARN = summary(1)
        withARN.arn = "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/engi-1"
        var arnState = loadedState(summaries: [withARN])
        #expect(arnState.press(.char("Y")) == [.copyToClipboard(text: withARN.arn!)])
    }

    @Test func oOpensTheConsoleAndCopiesItsAddressWhenNoBrowserOpens() {
        var state = loadedState(1)
        #expect(state.press(.char("o")) == [.openURL(TriageState.consoleURL)])
        #expect(state.footer?.text.contains(TriageState.consoleURL) == true)
        #expect(
            state.send(.urlNotOpened(url: TriageState.consoleURL)) == [.copyToClipboard(text: TriageState.consoleURL)])
        #expect(state.footer?.text.contains("copied") == true)
    }
}

@Suite struct LineEditorTests {
    @Test func readlineKeysMoveAndDelete() {
        var editor = LineEditor(text: "acme health", cursor: 11)
        _ = editor.handle(.ctrl("w"))
        #expect(editor.text == "acme " && editor.cursor == 5)
        _ = editor.handle(.ctrl("a"))
        _ = editor.handle(.char("x"))
        #expect(editor.text == "xacme " && editor.cursor == 1)
        _ = editor.handle(.ctrl("e"))
        #expect(editor.cursor == 6)
        _ = editor.handle(.left)
        _ = editor.handle(.left)
        _ = editor.handle(.ctrl("u"))
        #expect(editor.text == "e " && editor.cursor == 0)
        _ = editor.handle(.ctrl("k"))
        #expect(editor.text == "" && editor.cursor == 0)
        let handled = editor.handle(.enter)
        #expect(!handled)
    }

    @Test func theFilterPromptEditsAtTheCaret() {
        var state = loadedState(3)
        state.press(.char("/"))
        state.type("Projct")
        state.press(.left, .left)
        state.type("e")
        #expect(state.textFilter == "Project")
        state.press(.ctrl("a"))
        state.type("x")
        #expect(state.textFilter == "xProject" && state.filterCursor == 1)
        state.press(.ctrl("e"), .backspace)
        #expect(state.textFilter == "xProjec")
    }
}
