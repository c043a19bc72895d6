import Foundation

// MARK: - Cursor, scrolling, text filter and local order

extension TriageState {
    /// Moves the cursor (clamped), keeps it on screen, and asks for the details the new position needs.
    mutating func moveCursor(to index: Int) -> [TriageEffect] {
        cursor = index
        clampCursor()
        return detailsEffects()
    }

    /// Keeps the cursor inside the rows and the scroll offset around the cursor.
    mutating func clampCursor() {
        cursor = visibleRows.isEmpty ? 0 : min(max(cursor, 0), visibleRows.count - 1)
        let height = listViewportHeight
        if cursor < scrollOffset { scrollOffset = cursor }
        if cursor >= scrollOffset + height { scrollOffset = cursor - height + 1 }
        scrollOffset = max(0, min(scrollOffset, max(0, visibleRows.count - height)))
    }

    /// Sets the `/` filter, cut to the length of a display field (a longer needle could match nothing anyway, and
    /// a pasted megabyte would make every keystroke search with it).
    mutating func setTextFilter(_ text: String) {
        textFilter = String(text.prefix(TerminalSafe.maxFieldCharacters))
        recomputeVisible()
    }

    /// Rebuilds ``visibleRows`` from ``invitations`` and keeps the selection on the same invitation if still shown.
    mutating func recomputeVisible() {
        recomputeVisible(keepingSelection: selectedRow?.id)
    }

    /// Rebuilds ``visibleRows`` and puts the cursor on `selectedID` if it is still shown.
    mutating func recomputeVisible(keepingSelection selectedID: String?) {
        var rows = invitations
        let needle = textFilter.lowercased()
        if !needle.isEmpty {
            let facts = rowFacts
            rows = rows.filter {
                $0.matches(lowercasedFilter: needle) || facts[$0.id]?.matches(lowercasedFilter: needle) == true
            }
        }
        visibleRows = sort.ordered(rows, facts: rowFacts, now: now)
        if let selectedID, let index = visibleRows.firstIndex(where: { $0.id == selectedID }) {
            cursor = index
        }
        clampCursor()
    }

    /// Replaces one row (by id) in both the loaded and the visible rows.
    mutating func updateRow(_ id: String, _ change: (inout InvitationRow) -> Void) {
        changeLoadedRow(id, change)
        if let index = visibleRows.firstIndex(where: { $0.id == id }) { change(&visibleRows[index]) }
    }

    /// The index of the next pending visible row after `index`, else the nearest one before it.
    func nextPendingIndex(after index: Int) -> Int? {
        if index + 1 < visibleRows.count,
            let below = visibleRows[(index + 1)...].firstIndex(where: { $0.isPending })
        {
            return below
        }
        return visibleRows[..<min(index, visibleRows.count)].lastIndex(where: { $0.isPending })
    }
}
