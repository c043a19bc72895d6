import PartnerCentral
import Testing

@testable import TriageCore

@Suite struct CatalogPickerTests {
    @Test func pickerMovesWithArrowsAndJK() {
        var state = freshState(catalog: nil)
        state.press(.down)
        #expect(state.screen == .catalogPicker(selection: 1))
        state.press(.char("j"))
        #expect(state.screen == .catalogPicker(selection: 0))
        state.press(.up)
        #expect(state.screen == .catalogPicker(selection: 1))
        state.press(.char("k"))
        #expect(state.screen == .catalogPicker(selection: 0))
    }

    @Test func enterPicksTheCatalogAndLoadsItsFirstPage() {
        var state = freshState(catalog: nil)
        let effects = state.press(.down, .enter)
        #expect(state.catalog == .sandbox)
        #expect(state.screen == .list)
        #expect(state.stack == [.list])
        #expect(
            effects == [
                .cancelBackground,
                .listPage(catalog: .sandbox, query: ListQuery(), token: nil, generation: 1, priority: .foreground),
            ])
    }

    @Test func digitPicksDirectly() {
        var state = freshState(catalog: nil)
        state.press(.char("1"))
        #expect(state.catalog == .aws)
    }

    @Test func escapeWithoutACatalogStaysInThePicker() {
        var state = freshState(catalog: nil)
        let effects = state.press(.escape)
        #expect(effects.isEmpty)
        #expect(state.screen == .catalogPicker(selection: 0))
    }

    @Test func cReopensThePickerOnTheCurrentCatalogAndEscapeReturns() {
        var state = loadedState(3)
        state.press(.char("c"))
        #expect(state.screen == .catalogPicker(selection: 1))
        let effects = state.press(.escape)
        #expect(effects.isEmpty)
        #expect(state.screen == .list)
        #expect(state.loadedCount == 3)
    }

    @Test func pickingTheSameCatalogKeepsTheList() {
        var state = loadedState(3)
        let effects = state.press(.char("c"), .enter)
        #expect(effects.isEmpty)
        #expect(state.loadedCount == 3)
    }

    @Test func switchingCatalogReloadsAndForgetsTagsAndDetails() {
        var state = loadedState(3)
        state.press(.char("T"))
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: invitation(1)))
        let effects = state.press(.char("c"), .char("1"))
        #expect(state.catalog == .aws)
        #expect(state.tagged.isEmpty)
        #expect(state.details.isEmpty)
        #expect(state.invitations.isEmpty)
        #expect(
            effects.last
                == .listPage(catalog: .aws, query: ListQuery(), token: nil, generation: 2, priority: .foreground))
        // A late Sandbox page is ignored.
        state.send(.pageLoaded(catalog: .sandbox, generation: 1, summaries: [summary(7)], nextToken: nil))
        #expect(state.invitations.isEmpty)
    }

    @Test func catalogCannotBeSwitchedDuringARun() {
        var state = loadedState(3)
        state.press(.char("T"), .char("r"), .char("1"), .char("y"))
        state.press(.char("c"))
        #expect(state.screen == .list)
        #expect(state.footer?.severity == .warning)
    }

    @Test func cFromDetailsOpensThePicker() {
        var state = loadedState(3)
        state.press(.enter, .char("c"))
        #expect(state.screen == .catalogPicker(selection: 1))
    }
}

@Suite struct HelpTests {
    @Test func questionMarkShowsTheKeysOfTheCurrentScreen() {
        var state = loadedState(3)
        state.press(.char("?"))
        #expect(state.screen == .help(for: .list))
        #expect(state.baseScreen == .list)
        state.press(.escape)
        state.press(.enter, .char("?"))
        #expect(state.screen == .help(for: .details))
        state.press(.char("?"))
        #expect(state.screen == .details(id: invitationID(1)))
    }

    @Test func helpInTheReasonMenuAndConfirmationDescribesThem() {
        var state = loadedState(3)
        state.press(.char("r"), .char("?"))
        #expect(state.screen == .help(for: .rejectReasonMenu))
        state.press(.char("q"))
        state.press(.char("2"), .char("?"))
        #expect(state.screen == .help(for: .confirmReject))
        state.press(.escape)
        guard case .confirmReject = state.screen else {
            Issue.record("help did not return to the confirmation")
            return
        }
    }

    @Test func helpSwallowsOtherKeys() {
        var state = loadedState(3)
        state.press(.char("?"))
        let effects = state.press(.char("r"), .char("y"), .down, .char("R"))
        #expect(effects.isEmpty)
        #expect(state.screen == .help(for: .list))
    }

    @Test func everyScreenHasHelpAndFooterHints() {
        for kind in ScreenKind.allCases {
            #expect(!helpEntries(for: kind).isEmpty, "\(kind)")
            #expect(!footerHints(for: kind).isEmpty, "\(kind)")
        }
    }

    /// A state showing `kind`, set up so that each of that screen's keys has something to act on.
    static func state(showing kind: ScreenKind) -> TriageState {
        var state = loadedState(5)
        switch kind {
        case .catalogPicker: state.press(.char("c"))
        case .list: state.press(.down, .char("/"), .char("x"), .enter)
        // Two letters with the caret between them, so every editing key has something to move or delete.
        case .textFilter: state.press(.down, .down, .char("/"), .char("P"), .char("r"), .left)
        case .details: state.press(.down, .enter, .pageDown)
        case .rejectReasonMenu: state.press(.char("r"), .down)
        case .confirmReject: state.press(.char("r"), .char("1"))
        case .confirmAccept: state.press(.char("a"))
        case .help:
            // A help taller than the terminal, scrolled a little, so every scroll key has room to move.
            state = loadedState(5, rows: 20)
            state.press(.char("?"), .down, .down)
        case .quitConfirm: state.press(.char("r"), .char("1"), .char("y"), .char("q"))
        case .mfaCode:
            state.send(.mfaCodeRequested(prompt: "Enter MFA code"))
            state.press(.char("1"), .char("2"), .char("3"), .char("4"), .char("5"))
        case .assignMenu, .confirmAssign:
            // Three people with the middle one highlighted, so every movement key has somewhere to go.
            let people = ["Ana", "Ben", "Cy"].map {
                RosterPerson(name: $0, email: "\($0)@example.com", firstName: $0, lastName: "X")
            }
            state = TriageState(
                catalog: .sandbox, identityLabel: "p", now: testNow, sessionNonce: "n", roster: people)
            _ = state.start()
            state.send(
                .pageLoaded(catalog: .sandbox, generation: state.generation, summaries: [summary(1)], nextToken: nil))
            state.press(.char("a"), .char("y"))
            state.send(
                .acceptTaskStarted(
                    catalog: .sandbox, id: invitationID(1),
                    task: .init(taskId: "t", taskStatus: .complete, opportunityId: "O1")))
            state.press(.char("A"))
            state.press(kind == .confirmAssign ? .enter : .down)
        }
        return state
    }

    /// Every key every screen's help names changes the state or asks for an effect: help and update stay in sync.
    @Test(arguments: ScreenKind.allCases)
    func everyKeyInEveryScreensHelpDoesSomething(_ kind: ScreenKind) {
        #expect(Self.state(showing: kind).activeKind == kind)
        for entry in helpEntries(for: kind) {
            for key in entry.keys {
                var state = Self.state(showing: kind)
                let before = state
                let effects = state.press(key)
                #expect(state != before || !effects.isEmpty, "\(kind): \(entry.label) (\(key)) did nothing")
            }
        }
    }

    /// Every key the list's help names changes the state or asks for an effect: help and update stay in sync.
    @Test func everyListKeyInHelpDoesSomething() {
        for entry in helpEntries(for: .list) {
            for key in entry.keys {
                var state = loadedState(5)
                state.press(.down)  // so that up/home/k have somewhere to go
                state.press(.char("/"), .char("x"), .enter)  // so that Esc has a filter to clear
                let before = state
                let effects = state.press(key)
                #expect(state != before || !effects.isEmpty, "\(entry.label) (\(key)) did nothing")
            }
        }
    }

    @Test func everyDetailsKeyInHelpDoesSomething() {
        for entry in helpEntries(for: .details) {
            for key in entry.keys {
                var state = loadedState(5)
                state.press(.down, .enter, .pageDown)
                let before = state
                let effects = state.press(key)
                #expect(state != before || !effects.isEmpty, "\(entry.label) (\(key)) did nothing")
            }
        }
    }
}

@Suite struct QuitTests {
    @Test func quitWithNothingInFlightQuitsAtOnce() {
        var state = loadedState(3)
        #expect(state.press(.char("q")) == [.quit])
        var other = loadedState(3)
        #expect(other.press(.ctrl("c")) == [.quit])
    }

    @Test func quitWhileARejectIsBeingSentAsksFirst() {
        var state = loadedState(3)
        state.press(.char("r"), .char("1"), .char("y"))
        let effects = state.press(.char("q"))
        #expect(effects.isEmpty)
        #expect(state.screen == .quitConfirm)
        #expect(state.press(.char("y")) == [.quit])
    }

    @Test func answeringNoToQuitStaysAndSendsNothing() {
        var state = loadedState(3)
        state.press(.char("r"), .char("1"), .char("y"))
        state.press(.char("q"))
        for key in [Key.char("n"), .escape] {
            var copy = state
            #expect(copy.press(key).isEmpty)
            #expect(copy.screen == .list)
        }
    }

    @Test func ctrlCInTheQuitDialogQuits() {
        var state = loadedState(3)
        state.press(.char("a"), .char("y"))
        state.press(.ctrl("c"))
        #expect(state.screen == .quitConfirm)
        #expect(state.press(.ctrl("c")) == [.quit])
    }

    @Test func quitAsksWhileAnAcceptTaskIsStillRunning() {
        var state = loadedState(3)
        state.press(.char("a"), .char("y"))
        state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1), task: .init(taskId: "task-1", taskStatus: .inProgress)))
        #expect(state.batch == nil)
        #expect(state.press(.char("q")).isEmpty)
        #expect(state.screen == .quitConfirm)
    }

    @Test func quitFromThePickerAndDetails() {
        var picker = freshState(catalog: nil)
        #expect(picker.press(.char("q")) == [.quit])
        var details = loadedState(2)
        details.press(.enter)
        #expect(details.press(.char("Q")) == [.quit])
    }

    @Test func sessionSummaryCountsDecisions() {
        var state = loadedState(3)
        state.press(.char("r"), .char("1"), .char("y"))
        state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(1), reason: .customerProblemUnclear))
        state.press(.home, .down, .char("a"), .char("y"))
        state.send(
            .acceptTaskStarted(catalog: .sandbox, id: invitationID(2), task: .init(taskId: "t", taskStatus: .complete)))
        state.press(.down, .char("r"), .char("1"), .char("y"))
        state.send(.rejectFailed(catalog: .sandbox, id: invitationID(3), message: "x", errorCode: nil))
        #expect(state.session.summary == "This session: 1 rejected, 1 accepted, 1 failed.")
    }
}

@Suite struct ExpectedKeysTests {
    @Test func rightAndLOpenDetailsLikeEnter() {
        for key in [Key.enter, .right, .char("l")] {
            var state = loadedState(3)
            state.press(key)
            #expect(state.screen == .details(id: invitationID(1)), "\(key)")
        }
    }

    @Test func qInDetailsGoesBackAndCapitalQQuitsFromAnywhere() {
        var state = loadedState(3)
        state.press(.enter)
        #expect(state.press(.char("q")).isEmpty)
        #expect(state.screen == .list)
        state.press(.enter)
        #expect(state.press(.char("Q")) == [.quit])
        var list = loadedState(3)
        #expect(list.press(.char("Q")) == [.quit])
        var help = loadedState(3)
        help.press(.char("?"))
        #expect(help.press(.char("Q")) == [.quit])
    }

    @Test func capitalQIsALetterInTheFilter() {
        var state = loadedState(3)
        state.press(.char("/"), .char("Q"))
        #expect(state.textFilter == "Q")
        #expect(state.isEditingFilter)
    }

    @Test func fAndCapitalFCycleTheStatusBothWays() {
        var state = loadedState(3)
        state.press(.char("F"))
        #expect(state.query.status == .all)
        state.press(.char("F"))
        #expect(state.query.status == .expired)
        state.press(.char("f"), .char("f"))
        #expect(state.query.status == .pending)
        for status in StatusFilter.allCases { #expect(status.next.previous == status) }
    }

    @Test func ctrlWDeletesAWordAndCtrlUTheWholeFilter() {
        var state = loadedState(3)
        state.press(.char("/"))
        for character in "acme cloud  " { state.press(.char(character)) }
        state.press(.ctrl("w"))
        #expect(state.textFilter == "acme ")
        state.press(.ctrl("w"))
        #expect(state.textFilter == "")
        for character in "north" { state.press(.char(character)) }
        state.press(.ctrl("u"))
        #expect(state.textFilter == "")
        #expect(state.isEditingFilter)
    }

    @Test func decidedRowsOfferNoDecisionKeys() {
        var state = loadedState(
            3, summaries: [summary(1, status: .rejected), summary(2), summary(3, status: .accepted)])
        state.query.status = .all
        let decisionKeys: Set<[Key]> = [[.char("r")], [.char("a")]]
        #expect(!state.offersDecisionKeys)
        #expect(state.footerHints.allSatisfy { !decisionKeys.contains($0.keys) })
        state.press(.down)
        #expect(state.offersDecisionKeys)
        #expect(state.footerHints.filter { decisionKeys.contains($0.keys) }.count == 2)
        state.press(.down, .enter)
        #expect(state.screen == .details(id: invitationID(3)))
        #expect(state.footerHints.allSatisfy { !decisionKeys.contains($0.keys) })
    }
}
