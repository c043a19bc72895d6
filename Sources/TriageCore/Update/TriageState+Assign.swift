import Foundation
import PartnerCentral

// MARK: - A: hand accepted opportunities to a colleague

extension TriageState {
    /// The opportunities `A` would assign: the tagged rows, or else the selected row, that were accepted here and
    /// whose opportunity is known.
    func assignTargets(ids: [String]) -> [AssignTarget] {
        ids.compactMap { id in
            guard let opportunity = accepted[id] else { return nil }
            return AssignTarget(id: id, opportunityID: opportunity.id, title: title(of: id))
        }
    }

    /// `A`: the roster menu for the accepted rows among `ids`, or a message saying why not.
    mutating func beginAssign(ids: [String]) -> [TriageEffect] {
        guard catalog != nil else { return [] }
        if assignRun != nil || (batch.map { !$0.isFinished } ?? false) {
            show("A run is in progress; wait for it to finish first.", .warning)
            return []
        }
        guard !roster.isEmpty else {
            show("No one to assign to: add people under [[roster]] in the config file.", .warning)
            return []
        }
        let targets = assignTargets(ids: ids)
        guard !targets.isEmpty else {
            // Accepted before this session: its accept task names the opportunity; ask for it.
            let lookups = ids.flatMap { lookUpAcceptedOpportunity(id: $0) }
            if !lookups.isEmpty || ids.contains(where: lookingUpOpportunity.contains) {
                show("Looking up the opportunity of that accept; press A again in a moment.", .info)
                return lookups
            }
            show("Only accepted opportunity invitations have an opportunity to assign.", .warning)
            return []
        }
        stack.append(.assignMenu(selection: 0, targets: targets.map(\.id)))
        return []
    }

    /// Keys of the roster menu: digits or arrows and Enter choose, Esc cancels.
    mutating func assignMenuKey(_ key: Key, selection: Int, targets: [String]) -> [TriageEffect] {
        let count = roster.count
        switch key {
        case .up, .char("k"): stack[stack.count - 1] = .assignMenu(selection: max(0, selection - 1), targets: targets)
        case .down, .char("j"):
            stack[stack.count - 1] = .assignMenu(selection: min(count - 1, selection + 1), targets: targets)
        case .enter: openAssignConfirmation(person: min(max(0, selection), count - 1), targets: targets)
        case .char(let character) where character.wholeNumberValue.map { (1...min(9, count)).contains($0) } == true:
            openAssignConfirmation(person: (character.wholeNumberValue ?? 1) - 1, targets: targets)
        case .char("?"): stack.append(.help(for: .assignMenu))
        case .escape: pop()
        default: break
        }
        return []
    }

    private mutating func openAssignConfirmation(person: Int, targets: [String]) {
        pop()
        stack.append(.confirmAssign(person: person, targets: targets))
    }

    /// The confirmation's lines: each opportunity, the person, the catalog.
    public func assignConfirmationLines(person: Int, targets: [String]) -> [String] {
        guard roster.indices.contains(person) else { return [] }
        let items = assignTargets(ids: targets)
        var lines = ["To:      \(roster[person].label)"]
        lines.append("Catalog: \(catalog == .aws ? "AWS (production)" : catalog?.rawValue ?? "—")")
        if !identityLabel.isEmpty { lines.append("As:      \(identityLabel)") }
        for item in items.prefix(DecisionConfirmation.listedTitles) {
            lines.append("  • \(TerminalSafe.clean(item.opportunityID)) from “\(item.title)”")
        }
        if items.count > DecisionConfirmation.listedTitles {
            lines.append("  … and \(items.count - DecisionConfirmation.listedTitles) more")
        }
        lines.append("y assign · n/Esc cancel")
        return lines
    }

    /// Keys of the assign confirmation: `y` starts the run.
    mutating func confirmAssignKey(_ key: Key, person: Int, targets: [String]) -> [TriageEffect] {
        switch key {
        case .char("y"), .char("Y"):
            pop()
            guard roster.indices.contains(person) else { return [] }
            let items = assignTargets(ids: targets)
            assignRun = AssignRun(person: roster[person], queue: items, total: items.count)
            return sendNextAssign()
        case .char("n"), .char("N"), .escape:
            pop()
            show("Cancelled; nothing was sent.", .info)
        case .char("?"): stack.append(.help(for: .confirmAssign))
        default: break
        }
        return []
    }

    /// The next `AssignOpportunity` of the run, or its summary when none is left.
    private mutating func sendNextAssign() -> [TriageEffect] {
        guard var run = assignRun, let catalog else { return [] }
        guard !run.queue.isEmpty else {
            assignRun = nil
            let failed = run.failed > 0 ? ", \(run.failed) failed" : ""
            show(
                "Assigned \(run.assigned) of \(run.total) to \(run.person.name)\(failed).",
                run.failed > 0 ? .warning : .success)
            return []
        }
        let next = run.queue.removeFirst()
        run.inFlight = next
        assignRun = run
        return [.assign(catalog: catalog, id: next.id, opportunityID: next.opportunityID, person: run.person)]
    }

    /// `AssignOpportunity` answered for the opportunity of invitation `id`.
    mutating func assignAnswered(id: String, failure: String?) -> [TriageEffect] {
        guard var run = assignRun, run.inFlight?.id == id else { return [] }
        run.inFlight = nil
        if let failure {
            run.failed += 1
            show("Could not assign “\(title(of: id))”: \(TerminalSafe.clean(failure))", .error)
        } else {
            run.assigned += 1
            // The details' "Assigned to" reads the opportunity again.
            accepted[id]?.opportunity = .loading
        }
        assignRun = run
        var effects: [TriageEffect] = []
        if failure == nil, let catalog, let opportunity = accepted[id] {
            effects.append(.getOpportunity(catalog: catalog, id: id, opportunityID: opportunity.id))
        }
        return effects + sendNextAssign()
    }
}
