import PartnerCentral
import Testing

@testable import TriageCore

@Suite struct FilterAndOrderTests {
    @Test func slashStartsTextEntryAndFiltersLiveAsYouType() {
        var state = loadedState(
            summaries: [summary(1, title: "Data lake"), summary(2, title: "Web shop"), summary(3, sender: "Lakeside")])
        state.press(.char("/"))
        #expect(state.activeKind == .textFilter)
        state.type("lake")
        #expect(state.textFilter == "lake")
        #expect(state.visibleRows.map(\.id) == [invitationID(1), invitationID(3)])
    }

    @Test func textFilterMatchesTheId() {
        var state = loadedState(12)
        state.press(.char("/"))
        state.type("0000000000011")
        #expect(state.visibleRows.map(\.id) == [invitationID(11)])
    }

    @Test func typingQOrRInTheFilterTypesInsteadOfActing() {
        var state = loadedState(3)
        state.press(.char("/"))
        let effects = state.type("qr?")
        #expect(effects.allSatisfy { if case .getInvitation = $0 { true } else { false } })
        #expect(state.textFilter == "qr?")
        #expect(state.screen == .list)
    }

    @Test func backspaceDeletesTheLastCharacter() {
        var state = loadedState(3)
        state.press(.char("/"))
        state.type("xyz")
        state.press(.backspace)
        #expect(state.textFilter == "xy")
        state.press(.backspace, .backspace, .backspace)
        #expect(state.textFilter == "")
    }

    @Test func enterKeepsTheFilterAndEndsTextEntry() {
        var state = loadedState(3)
        state.press(.char("/"))
        state.type("Project 2")
        state.press(.enter)
        #expect(state.activeKind == .list)
        #expect(state.textFilter == "Project 2")
        #expect(state.visibleRows.count == 1)
        #expect(state.filterLabel.hasSuffix("/Project 2"))
    }

    @Test func escapeClearsTheFilterWhileTyping() {
        var state = loadedState(3)
        state.press(.char("/"))
        state.type("Project 2")
        state.press(.escape)
        #expect(state.activeKind == .list)
        #expect(state.textFilter == "")
        #expect(state.visibleRows.count == 3)
    }

    @Test func escapeOnTheListClearsAKeptFilter() {
        var state = loadedState(3)
        state.press(.char("/"))
        state.type("Project 2")
        state.press(.enter, .escape)
        #expect(state.textFilter == "")
        #expect(state.visibleRows.count == 3)
    }

    @Test func arrowsMoveWhileTyping() {
        var state = loadedState(5)
        state.press(.char("/"), .down, .down)
        #expect(state.cursor == 2)
        state.press(.up)
        #expect(state.cursor == 1)
    }

    @Test func filterKeepsTheSelectionWhenItStillMatches() {
        var state = loadedState(
            summaries: [summary(1, title: "Alpha"), summary(2, title: "Beta"), summary(3, title: "Alpine")])
        state.press(.end, .char("/"))
        state.type("alp")
        #expect(state.selectedRow?.id == invitationID(3))
        #expect(state.cursor == 1)
    }

    @Test func fCyclesTheStatusFilterAndReloadsWithTheServiceFilter() {
        var state = loadedState(3)
        var seen: [StatusFilter] = []
        for _ in 0..<5 {
            let effects = state.press(.char("f"))
            seen.append(state.query.status)
            #expect(
                effects.last
                    == .listPage(
                        catalog: .sandbox, query: state.query, token: nil, generation: state.generation,
                        priority: .foreground))
        }
        #expect(seen == [.accepted, .rejected, .expired, .all, .pending])
        #expect(ListQuery(status: .accepted).request(catalog: .sandbox, token: nil).status == [.accepted])
    }

    @Test func tCyclesTheTypeFilterAndReloads() {
        var state = loadedState(3)
        var seen: [TypeFilter] = []
        for _ in 0..<3 {
            let effects = state.press(.char("t"))
            seen.append(state.query.type)
            #expect(
                effects.contains {
                    if case .listPage(_, let query, nil, _, .foreground) = $0 { query == state.query } else { false }
                })
        }
        #expect(seen == [.opportunities, .leads, .all])
    }

    @Test func pendingOpensSortedBySoonestExpiryLocally() {
        let state = loadedState(
            summaries: [
                summary(1, expiresInDays: 9), summary(2, expiresInDays: 1), summary(3, expiresInDays: -2),
                summary(4, expiresInDays: 4),
            ])
        #expect(state.sort == ListSort(.expiry, descending: false))
        // Open invitations by time left, then the expired one.
        #expect(state.visibleRows.map(\.id) == [2, 4, 1, 3].map(invitationID))
        #expect(state.filterLabel == "status: pending · type: all · sort: expiry ↑")
    }

    @Test func sCyclesTheSortKeyLocallyWithoutReloadingAndSReversesIt() {
        var state = loadedState(
            summaries: [summary(1, expiresInDays: 9), summary(2, expiresInDays: 1), summary(4, expiresInDays: 4)])
        let generation = state.generation
        var keys: [SortKey] = []
        for _ in 0..<5 {
            let effects = state.press(.char("s"))
            keys.append(state.sort.key)
            #expect(!effects.contains { if case .listPage = $0 { true } else { false } })
        }
        #expect(keys == [.spend, .score, .customer, .invited, .expiry])
        #expect(state.generation == generation)
        state.press(.char("S"))
        #expect(state.sort == ListSort(.expiry, descending: true))
        #expect(state.visibleRows.map(\.id) == [1, 4, 2].map(invitationID))
        #expect(state.filterLabel == "status: pending · type: all · sort: expiry ↓")
    }

    @Test func headerShowsTheActiveFilterTypeAndSort() {
        var state = loadedState(3)
        #expect(state.filterLabel == "status: pending · type: all · sort: expiry ↑")
        state.press(.char("f"), .char("t"), .char("s"))
        #expect(state.filterLabel == "status: accepted · type: opportunities · sort: spend ↓")
    }

    @Test func textFilterCombinesWithServiceFilters() {
        var state = loadedState(3)
        state.press(.char("/"))
        state.type("Project 1")
        state.press(.enter, .char("f"))
        state.send(
            .pageLoaded(
                catalog: .sandbox, generation: state.generation,
                summaries: [summary(1, status: .accepted), summary(2, status: .accepted)], nextToken: nil))
        #expect(state.visibleRows.map(\.id) == [invitationID(1)])
    }
}
