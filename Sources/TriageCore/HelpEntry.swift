/// One line of help: the keys as drawn and what they do, plus the keys themselves so tests can press them.
public struct HelpEntry: Hashable, Sendable {
    /// The keys as shown, e.g. `↑/↓ j/k`.
    public var label: String
    /// What they do, e.g. `Move`.
    public var action: String
    /// The keys, for tests that check each listed key does something.
    public var keys: [Key]

    /// Creates an entry.
    public init(_ label: String, _ action: String, keys: [Key]) {
        self.label = label
        self.action = action
        self.keys = keys
    }
}

/// The help's note on columns: which a narrow terminal gives up first.
public let columnsHelp =
    "Columns: narrow terminals drop " + ListColumn.dropOrder.map(\.rawValue).joined(separator: ", ")
    + " (in that order); the status column shows only when more than one status can be listed."

/// Every key of a screen, for the `?` help (the view draws these; keep them in sync with `update`).
public func helpEntries(for kind: ScreenKind) -> [HelpEntry] {
    switch kind {
    case .catalogPicker:
        return [
            HelpEntry("↑/↓ j/k", "Choose a catalog", keys: [.up, .down, .char("j"), .char("k")]),
            HelpEntry("1/2", "Pick AWS / Sandbox directly", keys: [.char("1"), .char("2")]),
            HelpEntry("Enter", "Open the catalog", keys: [.enter]),
            HelpEntry("Esc", "Back to the list (when a catalog is open)", keys: [.escape]),
            HelpEntry("?", "Help", keys: [.char("?")]),
            HelpEntry("q", "Quit", keys: [.char("q")]),
        ]
    case .list:
        return [
            HelpEntry("↑/↓ j/k", "Move", keys: [.up, .down, .char("j"), .char("k")]),
            HelpEntry("PgUp/PgDn", "Page up / down", keys: [.pageUp, .pageDown]),
            HelpEntry("Home/End g/G", "First / last row", keys: [.home, .end, .char("g"), .char("G")]),
            HelpEntry("Enter/→ l", "Details", keys: [.enter, .right, .char("l")]),
            HelpEntry("r", "Reject (the tagged rows, if any)", keys: [.char("r")]),
            HelpEntry("a", "Accept (the tagged rows, if any)", keys: [.char("a")]),
            HelpEntry("u", "Undo a confirmed reject while it waits to be sent", keys: [.char("u")]),
            HelpEntry("Space", "Tag / untag and move down", keys: [.space]),
            HelpEntry("T / U", "Tag every row shown / clear all tags", keys: [.char("T"), .char("U")]),
            HelpEntry("/", "Filter by customer, title, sender, id and loaded details", keys: [.char("/")]),
            HelpEntry(
                "f/F", "Status: pending, accepted, rejected, expired, all (F: back)", keys: [.char("f"), .char("F")]),
            HelpEntry("t", "Type: all, opportunities, leads", keys: [.char("t")]),
            HelpEntry("s", "Sort by expiry, spend, score, customer, invited", keys: [.char("s")]),
            HelpEntry("S", "Reverse the sort", keys: [.char("S")]),
            HelpEntry("y / Y", "Copy the id / the ARN (OSC 52, works over SSH)", keys: [.char("y"), .char("Y")]),
            HelpEntry("o", "Open Partner Central (copies the address when no browser)", keys: [.char("o")]),
            HelpEntry("A", "Assign accepted opportunities to a colleague (roster)", keys: [.char("A")]),
            HelpEntry("R/F5", "Reload", keys: [.char("R"), .f5]),
            HelpEntry("c", "Choose catalog", keys: [.char("c")]),
            HelpEntry("Esc", "Stop a run or undo a waiting reject / clear the filter", keys: [.escape]),
            HelpEntry("?", "Help", keys: [.char("?")]),
            HelpEntry("q Q", "Quit", keys: [.char("q"), .char("Q")]),
            HelpEntry(
                "", "Marks: * tagged, ● new since the last session or reload, ≈ likely duplicate in your pipeline",
                keys: []),
            HelpEntry("", columnsHelp, keys: []),
        ]
    case .textFilter:
        return [
            HelpEntry("text", "Filter as you type", keys: [.char("x")]),
            HelpEntry("Backspace", "Delete a character", keys: [.backspace]),
            HelpEntry("←/→", "Move in the filter", keys: [.left, .right]),
            HelpEntry("Ctrl-A/E", "To the start / end", keys: [.ctrl("a"), .ctrl("e")]),
            HelpEntry("Ctrl-W", "Delete the word before the cursor", keys: [.ctrl("w")]),
            HelpEntry("Ctrl-U", "Delete to the start", keys: [.ctrl("u")]),
            HelpEntry("Ctrl-K", "Delete to the end", keys: [.ctrl("k")]),
            HelpEntry("↑/↓", "Move", keys: [.up, .down]),
            HelpEntry("PgUp/PgDn", "Page up / down", keys: [.pageUp, .pageDown]),
            HelpEntry("Enter", "Keep the filter", keys: [.enter]),
            HelpEntry("Esc", "Clear the filter", keys: [.escape]),
        ]
    case .details:
        return [
            HelpEntry("↑/↓ j/k", "Previous / next invitation", keys: [.up, .down, .char("j"), .char("k")]),
            HelpEntry("PgUp/PgDn", "Scroll", keys: [.pageUp, .pageDown]),
            HelpEntry("Home/End g/G", "Scroll to the top / bottom", keys: [.home, .end, .char("g"), .char("G")]),
            HelpEntry("r", "Reject this invitation", keys: [.char("r")]),
            HelpEntry("a", "Accept this invitation", keys: [.char("a")]),
            HelpEntry("u", "Undo a confirmed reject while it waits to be sent", keys: [.char("u")]),
            HelpEntry("Space", "Tag / untag", keys: [.space]),
            HelpEntry("y / Y", "Copy the id / the ARN", keys: [.char("y"), .char("Y")]),
            HelpEntry("o", "Open Partner Central", keys: [.char("o")]),
            HelpEntry("A", "Assign its opportunity to a colleague", keys: [.char("A")]),
            HelpEntry("R/F5", "Fetch again", keys: [.char("R"), .f5]),
            HelpEntry("c", "Choose catalog", keys: [.char("c")]),
            HelpEntry("Esc/q ← h", "Back to the list", keys: [.escape, .char("q"), .left, .char("h")]),
            HelpEntry("?", "Help", keys: [.char("?")]),
            HelpEntry("Q", "Quit", keys: [.char("Q")]),
        ]
    case .rejectReasonMenu:
        return [
            HelpEntry("1-5", "Choose a reason", keys: (1...5).map { .char(Character(String($0))) }),
            HelpEntry("↑/↓ j/k", "Move", keys: [.up, .down, .char("j"), .char("k")]),
            HelpEntry("Enter", "Choose the highlighted reason", keys: [.enter]),
            HelpEntry("Esc", "Cancel (nothing is sent)", keys: [.escape]),
            HelpEntry("?", "Help", keys: [.char("?")]),
        ]
    case .confirmReject:
        return [
            HelpEntry("y", "Reject (cannot be undone once sent)", keys: [.char("y")]),
            HelpEntry("n/Esc", "Cancel (nothing is sent)", keys: [.char("n"), .escape]),
            HelpEntry("?", "Help", keys: [.char("?")]),
        ]
    case .confirmAccept:
        return [
            HelpEntry("y", "Accept (cannot be undone)", keys: [.char("y")]),
            HelpEntry("n/Esc", "Cancel (nothing is sent)", keys: [.char("n"), .escape]),
            HelpEntry("?", "Help", keys: [.char("?")]),
        ]
    case .assignMenu:
        return [
            HelpEntry("1-9", "Choose who the opportunities go to", keys: [.char("1")]),
            HelpEntry("↑/↓ j/k", "Move", keys: [.up, .down, .char("j"), .char("k")]),
            HelpEntry("Enter", "Choose the highlighted person", keys: [.enter]),
            HelpEntry("Esc", "Cancel (nothing is sent)", keys: [.escape]),
            HelpEntry("?", "Help", keys: [.char("?")]),
        ]
    case .confirmAssign:
        return [
            HelpEntry("y", "Assign (AssignOpportunity, one a second)", keys: [.char("y")]),
            HelpEntry("n/Esc", "Cancel (nothing is sent)", keys: [.char("n"), .escape]),
            HelpEntry("?", "Help", keys: [.char("?")]),
        ]
    case .help:
        return [
            HelpEntry("Esc/?/q/Enter", "Close help", keys: [.escape, .char("?"), .char("q"), .enter]),
            HelpEntry(
                "↑/↓ j/k PgUp/PgDn", "Scroll, when the help does not fit",
                keys: [.up, .down, .char("j"), .char("k"), .pageUp, .pageDown]),
        ]
    case .quitConfirm:
        return [
            HelpEntry("y", "Quit now (requests in flight finish unseen)", keys: [.char("y")]),
            HelpEntry("n/Esc", "Stay", keys: [.char("n"), .escape]),
        ]
    case .mfaCode:
        return [
            HelpEntry("0-9", "Type the code from your MFA device", keys: [.char("1")]),
            HelpEntry("Backspace", "Delete a digit", keys: [.backspace]),
            HelpEntry("Enter", "Send the code", keys: [.enter]),
            HelpEntry("Esc", "Cancel (the request that needed it fails)", keys: [.escape]),
            HelpEntry("?", "Help", keys: [.char("?")]),
        ]
    }
}

/// The short key list for the footer of a screen: a few keys with one-word actions (`?` lists them all).
public func footerHints(for kind: ScreenKind) -> [HelpEntry] {
    switch kind {
    case .catalogPicker:
        return [
            HelpEntry("↑↓", "choose", keys: [.up, .down]), HelpEntry("Enter", "open", keys: [.enter]),
            HelpEntry("?", "help", keys: [.char("?")]), HelpEntry("q", "quit", keys: [.char("q")]),
        ]
    case .list:
        return [
            HelpEntry("Enter", "details", keys: [.enter]), HelpEntry("r", "reject", keys: [.char("r")]),
            HelpEntry("a", "accept", keys: [.char("a")]), HelpEntry("Space", "tag", keys: [.space]),
            HelpEntry("/", "filter", keys: [.char("/")]), HelpEntry("f", "status", keys: [.char("f")]),
            HelpEntry("c", "catalog", keys: [.char("c")]), HelpEntry("?", "help", keys: [.char("?")]),
            HelpEntry("q", "quit", keys: [.char("q")]),
        ]
    case .textFilter:
        return [
            HelpEntry("Enter", "keep", keys: [.enter]), HelpEntry("Esc", "clear", keys: [.escape]),
            HelpEntry("↑↓", "move", keys: [.up, .down]),
        ]
    case .details:
        return [
            HelpEntry("↑↓", "next/prev", keys: [.up, .down]), HelpEntry("r", "reject", keys: [.char("r")]),
            HelpEntry("a", "accept", keys: [.char("a")]), HelpEntry("q/Esc", "back", keys: [.char("q")]),
            HelpEntry("?", "help", keys: [.char("?")]), HelpEntry("Q", "quit", keys: [.char("Q")]),
        ]
    case .rejectReasonMenu:
        return [
            HelpEntry("1-5", "choose", keys: [.char("1")]), HelpEntry("Enter", "choose", keys: [.enter]),
            HelpEntry("Esc", "cancel", keys: [.escape]),
        ]
    case .confirmReject:
        return [HelpEntry("y", "reject", keys: [.char("y")]), HelpEntry("n/Esc", "cancel", keys: [.char("n")])]
    case .confirmAccept:
        return [HelpEntry("y", "accept", keys: [.char("y")]), HelpEntry("n/Esc", "cancel", keys: [.char("n")])]
    case .assignMenu:
        return [
            HelpEntry("1-9", "choose", keys: [.char("1")]), HelpEntry("Enter", "choose", keys: [.enter]),
            HelpEntry("Esc", "cancel", keys: [.escape]),
        ]
    case .confirmAssign:
        return [HelpEntry("y", "assign", keys: [.char("y")]), HelpEntry("n/Esc", "cancel", keys: [.char("n")])]
    case .help:
        return [HelpEntry("Esc", "close", keys: [.escape]), HelpEntry("↑↓", "scroll", keys: [.up, .down])]
    case .quitConfirm:
        return [HelpEntry("y", "quit", keys: [.char("y")]), HelpEntry("n/Esc", "stay", keys: [.char("n")])]
    case .mfaCode:
        return [
            HelpEntry("0-9", "code", keys: [.char("1")]), HelpEntry("Enter", "send", keys: [.enter]),
            HelpEntry("Esc", "cancel", keys: [.escape]),
        ]
    }
}
