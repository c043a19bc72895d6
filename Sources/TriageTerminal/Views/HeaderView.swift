import TriageCore

/// The top line: tool name, catalog (production in the warning colour), identity, counts, filters, loading.
enum HeaderView {
    /// How much of the counts the header has room for.
    enum Detail: CaseIterable {
        /// Pending, loaded, tagged, new, the details fill-in and loading.
        case full
        /// Without the details fill-in.
        case brief
        /// Pending, tagged and new only.
        case minimal
    }

    /// What the right side of the header shows at a width: chosen so the identity (where decisions go) and the
    /// expiry warning (what must not be missed) keep their room, and the counts give way first.
    struct Plan: Equatable {
        var identity: String
        var counts: String
        var warning: String
        var showsFilter: Bool
    }

    /// The richest plan that fits `width`.
    static func plan(_ state: TriageState, width: Int) -> Plan {
        let catalog = state.catalog == .aws ? "AWS (production)" : (state.catalog?.rawValue ?? "no catalog")
        let left = 1 + DisplayWidth.of("partner-triage │ \(catalog)") + 3
        let fitted = fittedIdentity(state.identityLabel, width: 34)
        let soon = state.expiringSoonCount()
        let warnings = soon == 0 ? ["", ""] : [warningText(state) ?? "", " · ⚠ \(soon) <24h"]
        let candidates: [(String, Detail, String)] = [
            (state.identityLabel, .full, warnings[0]), (state.identityLabel, .brief, warnings[0]),
            (state.identityLabel, .minimal, warnings[0]), (fitted, .brief, warnings[0]),
            (fitted, .minimal, warnings[0]),
            (fitted, .minimal, warnings[1]),
        ]
        func neededWidth(_ identity: String, _ counts: String, _ warning: String) -> Int {
            left + DisplayWidth.of(identity) + 3 + DisplayWidth.of(counts + warning) + 2
        }
        for (identity, detail, warning) in candidates {
            let counts = countsText(state, detail: detail)
            let needed = neededWidth(identity, counts, warning)
            guard needed <= width else { continue }
            let withFilter = detail == .full && needed + DisplayWidth.of(state.filterLabel) + 5 <= width
            return Plan(identity: identity, counts: counts, warning: warning, showsFilter: withFilter)
        }
        return Plan(
            identity: fitted, counts: countsText(state, detail: .minimal), warning: warnings[1], showsFilter: false)
    }

    /// Whether the filters fit in the header beside everything else; when not, the status line shows them.
    static func showsFilter(_ state: TriageState, width: Int) -> Bool {
        plan(state, width: width).showsFilter
    }

    /// The match count, the counts, the details fill-in and the loading indicator, as much as `detail` allows.
    static func countsText(_ state: TriageState, detail: Detail = .full) -> String {
        var parts: [String] = []
        if let matches = state.matchLabel { parts.append(matches) }
        if detail == .minimal {
            parts.append(
                state.countsLabel.components(separatedBy: " · ").filter { !$0.hasSuffix(" loaded") }
                    .joined(separator: " · "))
        } else {
            parts.append(state.countsLabel)
        }
        if detail == .full, let fill = state.detailsFillProgress {
            parts.append("details \(fill.loaded)/\(fill.total)")
        }
        if detail != .minimal, state.isLoadingFirstPage {
            parts.append("loading…")
        } else if detail != .minimal, state.isLoadingMore {
            parts.append("loading more…")
        }
        return parts.joined(separator: " · ")
    }

    /// The expiry warning with its separator, drawn highlighted after the counts.
    static func warningText(_ state: TriageState) -> String? {
        state.expiryWarning.map { " · ⚠ " + $0 }
    }

    /// The identity shortened to fit `width` without losing what matters most: the endpoint goes first, then the
    /// `profile`/`account` words, so a narrow header still shows the profile, the role and the account id.
    static func fittedIdentity(_ label: String, width: Int) -> String {
        if DisplayWidth.of(label) <= width { return label }
        var parts = label.components(separatedBy: " · ").filter { !$0.hasPrefix("endpoint ") }
        let withoutEndpoint = parts.joined(separator: " · ")
        if parts.isEmpty || DisplayWidth.of(withoutEndpoint) <= width { return parts.isEmpty ? label : withoutEndpoint }
        parts = parts.map { part in
            for word in ["profile ", "account "] where part.hasPrefix(word) {
                return String(part.dropFirst(word.count))
            }
            return part
        }
        return parts.joined(separator: " · ")
    }

    static func draw(_ state: TriageState, row: Int, into grid: inout Grid) {
        let width = grid.columns
        let plan = plan(state, width: width)
        var right = plan.counts
        let warning = plan.warning
        if plan.showsFilter {
            right = state.filterLabel + "  │  " + right
        }
        var column = 1
        column += grid.write("partner-triage", row: row, column: column, style: Theme.toolName)
        column += grid.write(" │ ", row: row, column: column, style: Theme.separator)
        switch state.catalog {
        case .aws:
            column += grid.write("AWS (production)", row: row, column: column, style: Theme.production)
        case .sandbox:
            column += grid.write("Sandbox", row: row, column: column, style: Theme.title)
        case nil:
            column += grid.write("no catalog", row: row, column: column, style: Theme.muted)
        }
        let warningWidth = DisplayWidth.of(warning)
        let rightWidth = min(DisplayWidth.of(right) + warningWidth, max(0, width - column - 2))
        let identitySpace = width - column - rightWidth - 4
        if identitySpace > 4, !state.identityLabel.isEmpty {
            column += grid.write(" │ ", row: row, column: column, style: Theme.separator)
            let identity = fittedIdentity(plan.identity, width: identitySpace - 3)
            grid.write(identity, row: row, column: column, maxWidth: identitySpace - 3)
        }
        if rightWidth > 0 {
            // The warning is what must not be missed: it keeps its place and the counts give way.
            let countsWidth = max(0, rightWidth - warningWidth)
            let start = width - rightWidth - 1
            grid.write(right, row: row, column: start, maxWidth: countsWidth)
            if !warning.isEmpty {
                grid.write(
                    warning, row: row, column: start + countsWidth, maxWidth: rightWidth - countsWidth,
                    style: Theme.urgent)
            }
        }
    }
}
