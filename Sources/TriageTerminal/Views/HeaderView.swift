import TriageCore

/// The top line: tool name, catalog (production in the warning colour), identity, counts, filters, loading.
enum HeaderView {
    /// Whether the filters fit in the header beside everything else; when not, the status line shows them.
    static func showsFilter(_ state: TriageState, width: Int) -> Bool {
        let catalog = state.catalog == .aws ? "AWS (production)" : (state.catalog?.rawValue ?? "no catalog")
        let left = 1 + DisplayWidth.of("partner-triage │ \(catalog)")
        let identity = min(DisplayWidth.of(state.identityLabel) + 3, 30)
        let counts = DisplayWidth.of(countsText(state, brief: true) + (warningText(state) ?? ""))
        return left + identity + DisplayWidth.of(state.filterLabel) + 5 + counts + 2 <= width
    }

    /// The match count, the counts, the details fill-in and the loading indicator; `brief` leaves out the fill-in,
    /// for a header that would otherwise squeeze the identity.
    static func countsText(_ state: TriageState, brief: Bool = false) -> String {
        var parts: [String] = []
        if let matches = state.matchLabel { parts.append(matches) }
        parts.append(state.countsLabel)
        if !brief, let fill = state.detailsFillProgress { parts.append("details \(fill.loaded)/\(fill.total)") }
        if state.isLoadingFirstPage {
            parts.append("loading…")
        } else if state.isLoadingMore {
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
        let warning = warningText(state) ?? ""
        // The identity says where decisions go, so it keeps up to 34 cells; the fill-in progress gives way first.
        let catalogWidth = DisplayWidth.of(state.catalog == .aws ? "AWS (production)" : (state.catalog?.rawValue ?? "no catalog"))
        let identityWant = min(DisplayWidth.of(state.identityLabel), 34) + 7
        let leftWidth = 1 + DisplayWidth.of("partner-triage │ ") + catalogWidth
        let full = countsText(state)
        var right = leftWidth + identityWant + DisplayWidth.of(full + warning) + 2 <= width ? full : countsText(state, brief: true)
        if showsFilter(state, width: width) {
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
            let identity = fittedIdentity(state.identityLabel, width: identitySpace - 3)
            grid.write(identity, row: row, column: column, maxWidth: identitySpace - 3)
        }
        if rightWidth > 0 {
            // The warning is what must not be missed: it keeps its place and the counts give way.
            let countsWidth = max(0, rightWidth - warningWidth)
            let start = width - rightWidth - 1
            grid.write(right, row: row, column: start, maxWidth: countsWidth)
            if !warning.isEmpty {
                grid.write(warning, row: row, column: start + countsWidth, maxWidth: rightWidth - countsWidth, style: Theme.urgent)
            }
        }
    }
}
