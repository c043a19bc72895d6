import Foundation
import PartnerCentral

/// The whole app as data: what is on screen, what is loaded, what is in flight.
///
/// Change it only through ``update(_:)`` (or ``triageUpdate(_:_:)``); views read it and draw. The current time is
/// ``now``, fed in by `.tick` messages, so the same messages always give the same state.
public struct TriageState: Equatable, Sendable {
    /// The smallest terminal the views can draw in.
    public static let minimumCols = 80
    /// The smallest terminal the views can draw in.
    public static let minimumRows = 20
    /// From this width on, details are shown beside the list.
    public static let splitViewMinimumCols = 140
    /// Lines around the list: header, column headings, status line, key line.
    public static let chromeLines = 4
    /// Background `GetEngagementInvitation` reads allowed in flight at once (prefetch stays well inside 10/s).
    public static let maxBackgroundDetails = 2
    /// Neighbours of the selected row prefetched, as offsets from the cursor, nearest first.
    public static let prefetchOffsets = [1, -1, 2, 3]

    // MARK: - Screens

    /// The screen stack, bottom first; the last element is what keys go to.
    public internal(set) var stack: [Screen]
    /// Whether `/` text entry is active on the list.
    public internal(set) var isEditingFilter: Bool

    // MARK: - Environment

    /// The catalog, `nil` until one is picked.
    public internal(set) var catalog: Catalog?
    /// Profile name or endpoint, for the header.
    public internal(set) var identityLabel: String
    /// Terminal width in cells.
    public internal(set) var cols: Int
    /// Terminal height in lines.
    public internal(set) var rows: Int
    /// Whether colours may be used (`NO_COLOR`, `--no-color`).
    public var colorEnabled: Bool
    /// The current time, as last told by `.tick`.
    public internal(set) var now: Date
    /// The zone dates are shown in.
    public let timeZone: TimeZone
    /// A per-session random string from the composition root; accept client tokens are
    /// `"<nonce>-<id>-<attempt>"`, unique per intent and stable across the client's retries of one request.
    public let sessionNonce: String

    // MARK: - List

    /// Every loaded row, in service order. Changed only through the loaded-rows helpers, which keep
    /// ``loadedIndex`` and ``pendingCount`` in step so a frame never scans thousands of rows.
    public internal(set) var invitations: [InvitationRow]
    /// Position of each loaded row in ``invitations``, by id.
    var loadedIndex: [String: Int]
    /// Loaded rows that are pending.
    public internal(set) var pendingCount: Int
    /// The rows the list shows: ``invitations`` after the text filter and the local order.
    public internal(set) var visibleRows: [InvitationRow]
    /// Index of the selected row in ``visibleRows``.
    public internal(set) var cursor: Int
    /// Index of the first visible row in ``visibleRows``.
    public internal(set) var scrollOffset: Int
    /// Lines the full-screen details are scrolled down.
    public internal(set) var detailsScroll: Int
    /// The first help line shown when the help does not fit the terminal.
    public internal(set) var helpScroll: Int = 0
    /// The largest useful ``detailsScroll`` per invitation id, as the view reported it for the current size.
    public internal(set) var detailsMaxScroll: [String: Int]
    /// Increases on every reload; page results of another generation are ignored.
    public internal(set) var generation: Int
    /// The first page is being fetched (the list is empty or stale).
    public internal(set) var isLoadingFirstPage: Bool
    /// Further pages are being fetched in the background (show an indicator).
    public internal(set) var isLoadingMore: Bool
    /// The token of the next page, `nil` when everything is loaded.
    public internal(set) var nextToken: String?
    /// Pages loaded in this generation; loading stops at ``maxPages`` (or ``maxRows`` rows) even if the service
    /// keeps sending `NextToken`.
    public internal(set) var pagesLoaded: Int
    /// Why the last list request failed, cleaned; cleared on reload.
    public internal(set) var listError: String?
    /// Status and type filters and the service sort.
    public internal(set) var query: ListQuery
    /// The local order of the list (`s` key, `S` direction).
    public internal(set) var sort: ListSort
    /// The `/` text filter over title, sender, id and, once loaded, the details text.
    public internal(set) var textFilter: String
    /// Where typing goes in the `/` prompt, in characters from the start of ``textFilter``.
    public internal(set) var filterCursor: Int = 0
    /// Columns, watch interval, bell and earlier sessions' ids.
    public internal(set) var settings: ListSettings
    /// The columns and search text the details add to each row, by invitation id.
    public internal(set) var rowFacts: [String: RowFacts] = [:]
    /// What accepts of opportunity invitations created, by invitation id (the UI follows them after the accept).
    public internal(set) var accepted: [String: AcceptedOpportunity] = [:]
    /// Accepted invitations whose opportunity is being looked up (accepted before this session).
    public internal(set) var lookingUpOpportunity: Set<String> = []
    /// The members of accepted leads' engagements, one line each, by invitation id.
    public internal(set) var engagementMembers: [String: FollowUp<[String]>] = [:]
    /// Colleagues accepted opportunities can be assigned to, from the config file.
    public internal(set) var roster: [RosterPerson] = []
    /// The assign run in progress.
    public internal(set) var assignRun: AssignRun?
    /// The partner's own opportunities per customer (by ``NameNormaliser/companyKey(_:)``), for the duplicate check.
    public internal(set) var pipeline: [String: PipelineEntry] = [:]
    /// The next index of ``invitations`` the background fill looks at for details to fetch.
    var fillNext: Int = 0
    /// Every id loaded in this session (and shown in earlier ones): a row not in it is new.
    var knownIDs: Set<String> = []
    /// Whether ``knownIDs`` can tell new from old yet (earlier sessions left history, or one load finished).
    var canMarkNew: Bool = false
    /// Invitations new since the last session or reload, marked until their details are opened.
    public internal(set) var newIDs: Set<String> = []
    /// When watch mode reloads next; `nil` while a load runs or when watching is off.
    public internal(set) var nextWatchReload: Date?
    /// A watch reload's rows, collected off screen until its last page so the list does not empty under the user.
    var stagedRows: [InvitationRow]?

    // MARK: - Details

    /// Details by invitation id.
    public internal(set) var details: [String: DetailsEntry]
    /// Ids of background (prefetch) reads in flight.
    public internal(set) var backgroundDetails: Set<String>
    /// Ids refreshed after a conflict, to report their real status.
    public internal(set) var refreshing: Set<String>

    // MARK: - Decisions

    /// Tagged invitation ids.
    public internal(set) var tagged: Set<String>
    /// The reject or accept run in progress.
    public internal(set) var batch: BatchRun?
    /// A confirmed reject waiting out its grace window; nothing of it has been sent yet.
    public internal(set) var grace: GraceWindow?
    /// Seconds a confirmed reject waits before it is sent, while `u` can undo it (`--grace`); 0 sends at once.
    public let graceSeconds: Int
    /// The engagements of accepted leads, by invitation id.
    public internal(set) var engagements: [String: EngagementEntry] = [:]
    /// Accept tasks being polled, by invitation id.
    public internal(set) var acceptTasks: [String: AcceptTask]
    /// Per-row progress and failures, by invitation id.
    public internal(set) var rowActivity: [String: RowActivity]
    /// Accept attempts per invitation id (for client tokens).
    public internal(set) var acceptAttempts: [String: Int]
    /// What this session did, for the exit message.
    public internal(set) var session: SessionCounters
    /// How accepts are followed once sent (the UI's alongside polling unless a caller chooses otherwise).
    public internal(set) var acceptPolicy: AcceptFollowPolicy = .alongside
    /// How each invitation of the runs so far ended, in order.
    public internal(set) var results: [RunResult] = []

    // MARK: - Footer

    /// The transient footer message.
    public internal(set) var footer: FooterMessage?
    /// What a slow request is waiting for, until its call ends.
    public internal(set) var connectionNotice: ConnectionNotice?

    /// Creates the state at start-up; call ``start()`` for the first effects.
    /// - Parameters:
    ///   - catalog: The catalog from `--catalog`, or `nil` to open the catalog picker.
    ///   - identityLabel: Profile name or endpoint, for the header.
    ///   - now: The time at start-up.
    ///   - sessionNonce: A random string made once per session at the composition root (client tokens).
    ///   - cols: Terminal width.
    ///   - rows: Terminal height.
    ///   - colorEnabled: `false` for `NO_COLOR` or `--no-color`.
    ///   - timeZone: The zone for dates.
    ///   - query: The initial filters (pending, all types, newest first).
    ///   - graceSeconds: How long a confirmed reject waits, undoable, before it is sent; 0 sends it at once.
    ///   - settings: Columns and watch mode, from the config file and the command line.
    ///   - roster: Colleagues `A` can assign accepted opportunities to.
    public init(
        catalog: Catalog?, identityLabel: String, now: Date, sessionNonce: String, cols: Int = 80, rows: Int = 24,
        colorEnabled: Bool = true, timeZone: TimeZone = .gmt, query: ListQuery = ListQuery(), graceSeconds: Int = 0,
        settings: ListSettings = ListSettings(), roster: [RosterPerson] = []
    ) {
        self.roster = roster
        self.stack = catalog == nil ? [.catalogPicker(selection: 0)] : [.list]
        self.isEditingFilter = false
        self.catalog = catalog
        self.identityLabel = TerminalSafe.clean(identityLabel)
        self.cols = cols
        self.rows = rows
        self.colorEnabled = colorEnabled
        self.now = now
        self.timeZone = timeZone
        self.sessionNonce = sessionNonce
        self.invitations = []
        self.loadedIndex = [:]
        self.pendingCount = 0
        self.visibleRows = []
        self.cursor = 0
        self.scrollOffset = 0
        self.detailsScroll = 0
        self.detailsMaxScroll = [:]
        self.generation = 0
        self.isLoadingFirstPage = false
        self.isLoadingMore = false
        self.nextToken = nil
        self.pagesLoaded = 0
        self.listError = nil
        self.query = query
        self.sort = ListSort.initial(for: query.status)
        self.settings = settings
        self.textFilter = ""
        self.details = [:]
        self.backgroundDetails = []
        self.refreshing = []
        self.tagged = []
        self.batch = nil
        self.grace = nil
        self.graceSeconds = max(0, graceSeconds)
        self.acceptTasks = [:]
        self.rowActivity = [:]
        self.acceptAttempts = [:]
        self.session = SessionCounters()
        self.footer = nil
        self.connectionNotice = nil
        resetKnownIDs()
    }

    // MARK: - Derived

    /// The active layer (what keys go to).
    public var screen: Screen { stack.last ?? .list }

    /// The active screen's name; `.textFilter` while `/` editing on the list.
    public var activeKind: ScreenKind {
        if screen == .list && isEditingFilter { return .textFilter }
        return screen.kind
    }

    /// The bottom layer that is not modal: what is drawn beneath any dialogs.
    public var baseScreen: Screen { stack.last(where: { !$0.isModal }) ?? .list }

    /// Whether the terminal is below 80×20 (the view says so and how big it must be).
    public var isTooSmall: Bool { cols < TriageState.minimumCols || rows < TriageState.minimumRows }

    /// Whether the list shows details beside it (at least 140 columns, on the list).
    public var isSplitView: Bool { cols >= TriageState.splitViewMinimumCols && baseScreen == .list }

    /// Row lines available to the list.
    public var listViewportHeight: Int { max(1, rows - TriageState.chromeLines) }

    /// The help lines that fit: the terminal less the footer, the box's borders and its blank first and last lines.
    public var helpViewportHeight: Int { max(1, rows - 5) }

    /// The largest useful ``helpScroll`` for the help of `kind`.
    public func helpMaxScroll(_ kind: ScreenKind) -> Int {
        max(0, helpEntries(for: kind).count - helpViewportHeight)
    }

    /// The selected row, if any.
    public var selectedRow: InvitationRow? {
        visibleRows.indices.contains(cursor) ? visibleRows[cursor] : nil
    }

    /// The id whose details are on screen (full-screen details, or split view's selected row).
    public var shownDetailsID: String? {
        if case .details(let id) = baseScreen { return id }
        return isSplitView ? selectedRow?.id : nil
    }

    /// Loaded rows.
    public var loadedCount: Int { invitations.count }

    /// Loaded rows that are tagged.
    public var taggedCount: Int { tagged.count(where: { loadedIndex[$0] != nil }) }

    /// The header counts, e.g. `42 pending · 230 loaded · 3 tagged`.
    public var countsLabel: String {
        var parts = ["\(pendingCount) pending", "\(loadedCount) loaded"]
        let taggedCount = taggedCount
        if taggedCount > 0 { parts.append("\(taggedCount) tagged") }
        let newCount = newIDs.count(where: { loadedIndex[$0] != nil })
        if newCount > 0 { parts.append("\(newCount) new") }
        return parts.joined(separator: " · ")
    }

    /// The header's filter description, e.g. `status: pending · type: all · sort: expiry ↑ · /acme`.
    public var filterLabel: String {
        var parts = ["status: \(query.status.rawValue)", "type: \(query.type.rawValue)", "sort: \(sort.label)"]
        if !textFilter.isEmpty { parts.append("/" + textFilter) }
        return parts.joined(separator: " · ")
    }

    /// `N of M match` while a `/` filter is set, else `nil`.
    public var matchLabel: String? {
        textFilter.isEmpty ? nil : "\(visibleRows.count) of \(loadedCount) match"
    }

    /// Pending invitations that expire within `window` of now (the header warns of them).
    public func expiringSoonCount(within window: TimeInterval = 24 * 3600) -> Int {
        let limit = now.addingTimeInterval(window)
        // Fields read in place, the date first: taking each row out of the array copied all of it, several times
        // a frame.
        return invitations.withUnsafeBufferPointer { rows in
            var count = 0
            for index in rows.indices {
                guard let expiration = rows[index].expiration, expiration > now, expiration <= limit,
                    rows[index].isPending
                else { continue }
                count += 1
            }
            return count
        }
    }

    /// The header's warning, e.g. `3 expire within 24 h`, or `nil` when none do.
    public var expiryWarning: String? {
        let count = expiringSoonCount()
        return count == 0 ? nil : "\(count) expire\(count == 1 ? "s" : "") within 24 h"
    }

    /// Pending rows whose details are loaded, and pending rows, while the background fill is still at work.
    public var detailsFillProgress: (loaded: Int, total: Int)? {
        // The cheap test first: once the fill is done, a frame need not count the details.
        guard pendingCount > 0, fillNext < invitations.count || !backgroundDetails.isEmpty else { return nil }
        let loaded = invitations.withUnsafeBufferPointer { rows in
            rowFacts.keys.count { id in loadedIndex[id].map { rows[$0].isPending } ?? false }
        }
        return loaded < pendingCount ? (loaded, pendingCount) : nil
    }

    /// The columns the list draws: the configured ones, with the status column only when more than one status
    /// can be on screen.
    public var shownColumns: [ListColumn] {
        let mixed =
            query.status == .all || !rowActivity.isEmpty
            || pendingCount != loadedCount
                && query.status == .pending
        return settings.columns.filter { $0 != .status || mixed }
    }

    /// The live progress line of a run, e.g. `Rejecting 7/30 · 1 failed · Esc to stop`, or the countdown of a
    /// reject waiting out its grace window, e.g. `Rejecting 3 in 4 s · u to undo`.
    public var progressLine: String? { batch?.progressLine ?? grace?.line(at: now) ?? assignRun?.progressLine }

    /// Whether a reject or accept is still being sent or completed (quit asks first).
    public var hasWritesInFlight: Bool {
        (batch.map { !$0.isFinished } ?? false) || !acceptTasks.isEmpty || assignRun != nil
    }

    /// Whether quitting now would leave something behind: a write in flight, or a confirmed reject that would then
    /// never be sent (quit asks first either way).
    public var quitNeedsConfirmation: Bool { hasWritesInFlight || grace != nil }

    /// The keys the footer lists for the active screen; `r` and `a` only where they would act on a pending
    /// invitation, so a decided row does not invite a decision.
    public var footerHints: [HelpEntry] {
        let hints = TriageCore.footerHints(for: activeKind)
        guard !offersDecisionKeys else { return hints }
        return hints.filter { $0.keys != [.char("r")] && $0.keys != [.char("a")] }
    }

    /// Whether `r` and `a` here would act on at least one pending invitation.
    public var offersDecisionKeys: Bool {
        switch screen {
        case .details(let id): return loadedRow(id)?.isPending ?? false
        case .list: return !tagged.isEmpty || (selectedRow?.isPending ?? false)
        default: return true
        }
    }
}
