import Foundation
import PartnerCentral

// MARK: - Key dispatch, one function per screen

extension TriageState {
    mutating func handleKey(_ key: Key) -> [TriageEffect] {
        if key == .ctrl("c") {
            if screen == .quitConfirm { return [.quit] }
            return requestQuit()
        }
        // Below the minimum size the screen shows only how big it must be: a key must not act on a dialog the user
        // cannot see (r, 3, y would reject blind). Only quitting works, and the too-small screen shows its question.
        if isTooSmall, screen != .quitConfirm {
            return key == .char("q") || key == .char("Q") ? requestQuit() : []
        }
        // `Q` quits from any screen but those that take text, where it is a letter like any other.
        if key == .char("Q"), !isEditingFilter, screen != .quitConfirm {
            if case .mfaCode = screen {} else { return requestQuit() }
        }
        switch screen {
        case .catalogPicker(let selection):
            return catalogPickerKey(key, selection: selection)
        case .list:
            return isEditingFilter ? textFilterKey(key) : listKey(key)
        case .details(let id):
            return detailsKey(key, id: id)
        case .rejectReasonMenu(let selection, let targets):
            return reasonMenuKey(key, selection: selection, targets: targets)
        case .confirmReject(let confirmation), .confirmAccept(let confirmation):
            return confirmKey(key, confirmation: confirmation)
        case .help(let kind):
            helpKey(key, kind: kind)
            return []
        case .mfaCode(let prompt, let entered):
            return mfaCodeKey(key, prompt: prompt, entered: entered)
        case .assignMenu(let selection, let targets):
            return assignMenuKey(key, selection: selection, targets: targets)
        case .confirmAssign(let person, let targets):
            return confirmAssignKey(key, person: person, targets: targets)
        case .quitConfirm:
            switch key {
            case .char("y"), .char("Y"): return [.quit]
            case .char("n"), .char("N"), .escape:
                pop()
                resumeGrace()
            default: break
            }
            return []
        }
    }

    private mutating func openHelp() {
        helpScroll = 0
        stack.append(.help(for: activeKind))
    }

    /// Esc, ?, q and Enter close the help; the arrows, j/k and the page keys scroll it when it does not fit.
    private mutating func helpKey(_ key: Key, kind: ScreenKind) {
        let limit = helpMaxScroll(kind)
        switch key {
        case .escape, .char("?"), .char("q"), .enter: pop()
        case .up, .char("k"): helpScroll -= 1
        case .down, .char("j"): helpScroll += 1
        case .pageUp: helpScroll -= helpViewportHeight
        case .pageDown: helpScroll += helpViewportHeight
        case .home, .char("g"): helpScroll = 0
        case .end, .char("G"): helpScroll = limit
        default: break
        }
        helpScroll = min(max(0, helpScroll), limit)
    }

    // MARK: - Catalog picker

    private mutating func catalogPickerKey(_ key: Key, selection: Int) -> [TriageEffect] {
        let count = Catalog.allCases.count
        switch key {
        case .up, .char("k"):
            stack[stack.count - 1] = .catalogPicker(selection: (selection + count - 1) % count)
        case .down, .char("j"):
            stack[stack.count - 1] = .catalogPicker(selection: (selection + 1) % count)
        case .char("1"):
            return pickCatalog(Catalog.allCases[0])
        case .char("2"):
            return pickCatalog(Catalog.allCases[1])
        case .enter:
            return pickCatalog(Catalog.allCases[min(max(selection, 0), count - 1)])
        case .escape:
            if catalog != nil { pop() }
        case .char("?"):
            openHelp()
        case .char("q"):
            return requestQuit()
        default:
            break
        }
        return []
    }

    /// Opens the catalog picker over the current screen, on the current catalog.
    mutating func openCatalogPicker() {
        if let batch, !batch.isFinished {
            show("A run is in progress; wait for it or press Esc to stop it first.", .warning)
            return
        }
        if grace != nil {
            show(TriageState.graceBusyMessage, .warning)
            return
        }
        let index = catalog.flatMap { Catalog.allCases.firstIndex(of: $0) } ?? 0
        stack.append(.catalogPicker(selection: index))
    }

    private mutating func pickCatalog(_ picked: Catalog) -> [TriageEffect] {
        if picked == catalog {
            pop()
            return []
        }
        catalog = picked
        resetKnownIDs()
        stack = [.list]
        isEditingFilter = false
        textFilter = ""
        tagged = []
        details = [:]
        pipeline = [:]
        backgroundDetails = []
        refreshing = []
        rowActivity = rowActivity.filter { acceptTasks[$0.key] != nil }
        return reload()
    }

    // MARK: - List

    private mutating func listKey(_ key: Key) -> [TriageEffect] {
        switch key {
        case .up, .char("k"): return moveCursor(to: cursor - 1)
        case .down, .char("j"): return moveCursor(to: cursor + 1)
        case .pageUp: return moveCursor(to: cursor - listViewportHeight)
        case .pageDown: return moveCursor(to: cursor + listViewportHeight)
        case .home, .char("g"): return moveCursor(to: 0)
        case .end, .char("G"): return moveCursor(to: visibleRows.count - 1)
        case .enter, .right, .char("l"): return openDetails()
        case .escape:
            if let batch, !batch.isFinished, !batch.stopped {
                return stopBatch()
            } else if grace != nil {
                // Esc stops a run once it sends; before it sends, stopping it is undoing it.
                return undoGrace()
            } else if !textFilter.isEmpty {
                setTextFilter("")
            }
            return []
        case .char("r"): return beginDecision(reject: true, ids: listDecisionIDs())
        case .char("a"): return beginDecision(reject: false, ids: listDecisionIDs())
        case .char("u"): return undoGrace()
        case .char("c"):
            openCatalogPicker()
            return []
        case .char("R"), .f5: return reload()
        case .char("/"):
            isEditingFilter = true
            filterCursor = textFilter.count
            return []
        case .char("?"):
            openHelp()
            return []
        case .char("q"): return requestQuit()
        case .char(" "):
            guard let row = selectedRow else { return [] }
            toggleTag(row.id)
            return moveCursor(to: cursor + 1)
        case .char("T"):
            tagged.formUnion(visibleRows.map(\.id))
            show("Tagged \(visibleRows.count) rows.", .info)
            return []
        case .char("U"):
            tagged = []
            show("Tags cleared.", .info)
            return []
        case .char("f"), .char("F"):
            query.status = key == .char("f") ? query.status.next : query.status.previous
            tagged = []
            return reload()
        case .char("t"):
            query.type = query.type.next
            tagged = []
            return reload()
        case .char("s"):
            sort = ListSort(sort.key.next)
            recomputeVisible()
            show("Sorted by \(sort.label).", .info)
            return detailsEffects()
        case .char("S"):
            sort.descending.toggle()
            recomputeVisible()
            show("Sorted by \(sort.label).", .info)
            return detailsEffects()
        case .char("y"), .char("Y"), .char("o"):
            guard let row = selectedRow else { return [] }
            return rowLinkKey(key, row: row)
        case .char("A"): return beginAssign(ids: listDecisionIDs())
        default:
            return []
        }
    }

    private mutating func textFilterKey(_ key: Key) -> [TriageEffect] {
        var editor = LineEditor(text: textFilter, cursor: filterCursor)
        switch key {
        case .enter:
            isEditingFilter = false
            return []
        case .escape:
            isEditingFilter = false
            filterCursor = 0
            setTextFilter("")
            return detailsEffects()
        case .up: return moveCursor(to: cursor - 1)
        case .down: return moveCursor(to: cursor + 1)
        case .pageUp: return moveCursor(to: cursor - listViewportHeight)
        case .pageDown: return moveCursor(to: cursor + listViewportHeight)
        default:
            guard editor.handle(key) else { return [] }
        }
        filterCursor = editor.cursor
        if editor.text != textFilter { setTextFilter(editor.text) }
        filterCursor = min(filterCursor, textFilter.count)
        return detailsEffects()
    }

    /// The ids `r`/`a` act on from the list: the tagged rows, or else the selected row.
    private func listDecisionIDs() -> [String] {
        let taggedRows = invitations.filter { tagged.contains($0.id) }
        if !taggedRows.isEmpty { return taggedRows.map(\.id) }
        return selectedRow.map { [$0.id] } ?? []
    }

    private mutating func toggleTag(_ id: String) {
        if tagged.contains(id) { tagged.remove(id) } else { tagged.insert(id) }
    }

    // MARK: - Details

    private mutating func openDetails() -> [TriageEffect] {
        guard let row = selectedRow else { return [] }
        detailsScroll = 0
        newIDs.remove(row.id)
        stack.append(.details(id: row.id))
        return detailsEffects() + lookUpAcceptedOpportunity(id: row.id)
    }

    private mutating func detailsKey(_ key: Key, id: String) -> [TriageEffect] {
        let page = max(1, listViewportHeight / 2)
        switch key {
        case .up, .char("k"): return moveDetails(by: -1)
        case .down, .char("j"): return moveDetails(by: 1)
        case .pageUp:
            detailsScroll = max(0, detailsScroll - page)
        case .pageDown:
            detailsScroll += page
            clampDetailsScroll()
        case .home, .char("g"):
            detailsScroll = 0
        case .end, .char("G"):
            // The run loop reports the limit after every frame; before the first one, a page down is the best guess.
            detailsScroll = detailsMaxScroll[id] ?? detailsScroll + page
        case .escape, .backspace, .left, .char("h"), .char("q"):
            // As in tig and neomutt, q leaves the details for the list; Q quits.
            pop()
            clampCursor()
        case .char("r"): return beginDecision(reject: true, ids: [id])
        case .char("a"): return beginDecision(reject: false, ids: [id])
        case .char("u"): return undoGrace()
        case .char(" "): toggleTag(id)
        case .char("y"), .char("Y"), .char("o"):
            guard let row = loadedRow(id) else { return [] }
            return rowLinkKey(key, row: row)
        case .char("A"): return beginAssign(ids: [id])
        case .char("R"), .f5:
            guard let catalog else { return [] }
            details[id] = .loading
            backgroundDetails.remove(id)
            return [.getInvitation(catalog: catalog, id: id, priority: .foreground)] + refreshFollowUps(id: id)
        case .char("c"): openCatalogPicker()
        case .char("?"): openHelp()
        default: break
        }
        return []
    }

    private mutating func moveDetails(by delta: Int) -> [TriageEffect] {
        guard !visibleRows.isEmpty else { return [] }
        let effects = moveCursor(to: cursor + delta)
        if let row = selectedRow, case .details = screen {
            if case .details(let old) = screen, old != row.id { detailsScroll = 0 }
            stack[stack.count - 1] = .details(id: row.id)
        }
        return effects + detailsEffects()
    }

    // MARK: - Reject reason menu

    private mutating func reasonMenuKey(_ key: Key, selection: Int, targets: [String]) -> [TriageEffect] {
        let reasons = reasonMenuOrder(targets: targets)
        switch key {
        case .char(let character):
            if let digit = character.wholeNumberValue, (1...reasons.count).contains(digit) {
                chooseReason(reasons[digit - 1], targets: targets)
            } else if character == "k" {
                stack[stack.count - 1] = .rejectReasonMenu(selection: max(0, selection - 1), targets: targets)
            } else if character == "j" {
                let next = min(reasons.count - 1, selection + 1)
                stack[stack.count - 1] = .rejectReasonMenu(selection: next, targets: targets)
            } else if character == "?" {
                openHelp()
            }
        case .up:
            stack[stack.count - 1] = .rejectReasonMenu(selection: max(0, selection - 1), targets: targets)
        case .down:
            stack[stack.count - 1] = .rejectReasonMenu(
                selection: min(reasons.count - 1, selection + 1), targets: targets)
        case .enter:
            chooseReason(reasons[min(max(0, selection), reasons.count - 1)], targets: targets)
        case .escape:
            pop()
        default:
            break
        }
        return []
    }

    // MARK: - MFA code

    /// The digits of an MFA code (STS takes exactly six).
    public static let mfaCodeLength = 6

    /// Digits and Backspace edit the code, Enter sends it once it has all six digits, Esc cancels.
    private mutating func mfaCodeKey(_ key: Key, prompt: String, entered: String) -> [TriageEffect] {
        switch key {
        case .char(let character):
            if character == "?" {
                openHelp()
            } else if character.isASCII, character.isNumber, entered.count < TriageState.mfaCodeLength {
                stack[stack.count - 1] = .mfaCode(prompt: prompt, entered: entered + String(character))
            }
        case .backspace, .delete:
            if !entered.isEmpty {
                stack[stack.count - 1] = .mfaCode(prompt: prompt, entered: String(entered.dropLast()))
            }
        case .enter:
            guard entered.count == TriageState.mfaCodeLength else {
                show("An MFA code has \(TriageState.mfaCodeLength) digits.", .warning)
                return []
            }
            pop()
            return [.answerMFA(code: entered)]
        case .escape:
            pop()
            return [.answerMFA(code: nil)]
        default:
            break
        }
        return []
    }

    // MARK: - Confirmations

    private mutating func confirmKey(_ key: Key, confirmation: DecisionConfirmation) -> [TriageEffect] {
        switch key {
        case .char("y"), .char("Y"):
            pop()
            return confirm(confirmation)
        case .char("n"), .char("N"), .escape:
            pop()
            show("Cancelled; nothing was sent.", .info)
        case .char("?"):
            openHelp()
        default:
            break
        }
        return []
    }
}
