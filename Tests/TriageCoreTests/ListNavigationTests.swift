import PartnerCentral
import Testing

@testable import TriageCore

@Suite struct ListNavigationTests {
    @Test func downAndJMoveTheCursorDown() {
        var state = loadedState(5)
        state.press(.down)
        #expect(state.cursor == 1)
        state.press(.char("j"))
        #expect(state.cursor == 2)
    }

    @Test func upAndKMoveTheCursorUpAndStopAtTheTop() {
        var state = loadedState(5)
        state.press(.end)
        state.press(.up)
        #expect(state.cursor == 3)
        state.press(.char("k"), .char("k"), .char("k"), .char("k"), .char("k"))
        #expect(state.cursor == 0)
    }

    @Test func downStopsAtTheLastRow() {
        var state = loadedState(3)
        state.press(.down, .down, .down, .down)
        #expect(state.cursor == 2)
    }

    @Test func homeEndAndGJumpToFirstAndLastRow() {
        var state = loadedState(50)
        state.press(.end)
        #expect(state.cursor == 49)
        state.press(.home)
        #expect(state.cursor == 0)
        state.press(.char("G"))
        #expect(state.cursor == 49)
        state.press(.char("g"))
        #expect(state.cursor == 0)
    }

    @Test func pageDownAndUpMoveByTheListHeightAndScroll() {
        var state = loadedState(100)
        let height = state.listViewportHeight
        #expect(height == 20)
        state.press(.pageDown)
        #expect(state.cursor == height)
        #expect(state.scrollOffset == 1)
        state.press(.pageDown)
        #expect(state.cursor == 2 * height)
        #expect(state.scrollOffset == height + 1)
        state.press(.pageUp)
        #expect(state.cursor == height)
        #expect(state.scrollOffset == height)
    }

    @Test func scrollKeepsTheCursorOnScreen() {
        var state = loadedState(100)
        for _ in 0..<30 { state.press(.down) }
        #expect(state.cursor == 30)
        #expect(state.scrollOffset == 30 - state.listViewportHeight + 1)
        state.press(.home)
        #expect(state.scrollOffset == 0)
    }

    @Test func movingOnAnEmptyListDoesNothing() {
        var state = freshState()
        let effects = state.press(.down, .up, .end, .pageDown, .enter, .char(" "))
        #expect(state.cursor == 0)
        #expect(effects.isEmpty)
        #expect(state.screen == .list)
    }

    @Test func enterOpensDetailsOfTheSelectedRowAndFetchesThem() {
        var state = loadedState(5)
        state.press(.down)
        let effects = state.press(.enter)
        #expect(state.screen == .details(id: invitationID(2)))
        #expect(effects.contains(.getInvitation(catalog: .sandbox, id: invitationID(2), priority: .foreground)))
    }

    @Test func enterOnCachedDetailsSendsNoForegroundRequest() {
        var state = loadedState(5)
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: invitation(1)))
        let effects = state.press(.enter)
        #expect(!effects.contains(.getInvitation(catalog: .sandbox, id: invitationID(1), priority: .foreground)))
        guard case .loaded(let details) = state.details[invitationID(1)] else {
            Issue.record("details not cached")
            return
        }
        #expect(details.title == "Project 1")
    }

    @Test func escapeOnDetailsGoesBackToTheList() {
        var state = loadedState(5)
        state.press(.enter)
        let effects = state.press(.escape)
        #expect(state.screen == .list)
        #expect(effects.isEmpty)
    }

    @Test func downOnDetailsShowsTheNextInvitation() {
        var state = loadedState(5)
        state.press(.enter)
        let effects = state.press(.char("j"))
        #expect(state.screen == .details(id: invitationID(2)))
        #expect(state.cursor == 1)
        #expect(effects.contains(.getInvitation(catalog: .sandbox, id: invitationID(2), priority: .foreground)))
        state.press(.up)
        #expect(state.screen == .details(id: invitationID(1)))
    }

    @Test func pageKeysOnDetailsScrollTheTextAndHomeResetsIt() {
        var state = loadedState(5)
        state.press(.enter, .pageDown, .pageDown)
        #expect(state.detailsScroll == 20)
        state.press(.pageUp)
        #expect(state.detailsScroll == 10)
        state.press(.home)
        #expect(state.detailsScroll == 0)
        state.press(.pageUp)
        #expect(state.detailsScroll == 0)
    }

    @Test func reloadOnDetailsFetchesTheInvitationAgain() {
        var state = loadedState(5)
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: invitation(1)))
        state.press(.enter)
        let effects = state.press(.char("R"))
        #expect(effects == [.getInvitation(catalog: .sandbox, id: invitationID(1), priority: .foreground)])
        #expect(state.details[invitationID(1)] == .loading)
    }

    @Test func resizeReLaysOutAndKnowsWhenTooSmall() {
        var state = loadedState(5)
        state.send(.resize(cols: 79, rows: 30))
        #expect(state.isTooSmall)
        state.send(.resize(cols: 80, rows: 19))
        #expect(state.isTooSmall)
        state.send(.resize(cols: 80, rows: 20))
        #expect(!state.isTooSmall)
        #expect(state.listViewportHeight == 16)
    }

    @Test func resizeSmallerKeepsTheCursorVisible() {
        var state = loadedState(100)
        state.press(.pageDown)
        state.send(.resize(cols: 80, rows: 10))
        #expect(state.cursor >= state.scrollOffset)
        #expect(state.cursor < state.scrollOffset + state.listViewportHeight)
    }

    @Test func splitViewFetchesDetailsOfTheSelectedRowInTheForeground() {
        var state = loadedState(5)
        let effects = state.send(.resize(cols: 160, rows: 48))
        #expect(state.isSplitView)
        #expect(state.shownDetailsID == invitationID(1))
        #expect(effects.first == .getInvitation(catalog: .sandbox, id: invitationID(1), priority: .foreground))
        let moved = state.press(.down)
        #expect(moved.first == .getInvitation(catalog: .sandbox, id: invitationID(2), priority: .foreground))
    }

    @Test func narrowTerminalHasNoSplitView() {
        let state = loadedState(5, cols: 139)
        #expect(!state.isSplitView)
        #expect(state.shownDetailsID == nil)
    }

    @Test func tickUpdatesNowAndClearsAnExpiredFooterMessage() {
        var state = loadedState(5)
        state.press(.char("U"))
        #expect(state.footer?.text == "Tags cleared.")
        state.send(.tick(now: testNow.addingTimeInterval(2)))
        #expect(state.footer != nil)
        let effects = state.send(.tick(now: testNow.addingTimeInterval(60)))
        #expect(state.footer == nil)
        #expect(state.now == testNow.addingTimeInterval(60))
        #expect(effects.isEmpty)
    }

    @Test func unknownKeysOnTheListDoNothing() {
        let state = loadedState(5)
        var next = state
        let effects = next.press(.char("z"), .tab, .function(2), .left)
        #expect(effects.isEmpty)
        #expect(next == state)
    }
}

@Suite struct DetailsScrollTests {
    @Test func reportedScrollLimitStopsPageDownAtTheEnd() {
        var state = loadedState(3)
        state.press(.enter)
        state.send(.detailsScrollLimit(id: invitationID(1), maxScroll: 14))
        state.press(.pageDown, .pageDown, .pageDown)
        #expect(state.detailsScroll == 14)
        state.press(.pageUp)
        #expect(state.detailsScroll == 4)
    }

    @Test func limitReportedAfterOverscrollPullsTheScrollBack() {
        var state = loadedState(3)
        state.press(.enter, .pageDown, .pageDown, .pageDown)
        #expect(state.detailsScroll == 30)
        state.send(.detailsScrollLimit(id: invitationID(1), maxScroll: 12))
        #expect(state.detailsScroll == 12)
    }

    @Test func limitOfAnotherInvitationDoesNotApply() {
        var state = loadedState(3)
        state.press(.enter)
        state.send(.detailsScrollLimit(id: invitationID(2), maxScroll: 0))
        state.press(.pageDown)
        #expect(state.detailsScroll == 10)
    }

    @Test func resizeForgetsMeasuredLimits() {
        var state = loadedState(3)
        state.press(.enter)
        state.send(.detailsScrollLimit(id: invitationID(1), maxScroll: 0))
        state.send(.resize(cols: 100, rows: 24))
        state.press(.pageDown)
        #expect(state.detailsScroll == 10)
    }
}
