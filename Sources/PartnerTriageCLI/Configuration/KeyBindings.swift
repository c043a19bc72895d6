import TriageCore

/// The `[keys]` table as a translation in front of the core: the core keeps its own keys, and a remapped key is
/// turned into the key the core knows before it is handed over.
///
/// A remapped action's old key is dropped on the screens the translation covers, so `reject = "x"` makes `x`
/// reject and `r` do nothing, and two actions can swap keys.
struct KeyBindings: Sendable, Equatable {
    /// The configured key of each remapped action.
    private(set) var keys: [KeyAction: Key]

    /// No remapping: every action on its own key.
    static let standard = KeyBindings(keys: [:])

    /// Creates bindings; ``validated(_:)`` is how the config file makes them, with the conflicts checked.
    init(keys: [KeyAction: Key]) {
        self.keys = keys.filter { $0.value != $0.key.defaultKey }
    }

    /// The key each action answers to.
    func key(for action: KeyAction) -> Key { keys[action] ?? action.defaultKey }

    /// Bindings for `keys`, or the first action whose key another action or a fixed key already holds.
    static func validated(_ keys: [KeyAction: Key]) -> Result<KeyBindings, Conflict> {
        let bindings = KeyBindings(keys: keys)
        var holder: [Key: KeyAction] = [:]
        // Configured actions last, so the message names the mapping the user wrote.
        let order = KeyAction.allCases.filter { keys[$0] == nil } + KeyAction.allCases.filter { keys[$0] != nil }
        for action in order {
            let key = bindings.key(for: action)
            if KeyAction.reservedKeys.contains(key) { return .failure(Conflict(action: action, key: key, other: nil)) }
            if let other = holder[key] { return .failure(Conflict(action: action, key: key, other: other)) }
            holder[key] = action
        }
        return .success(bindings)
    }

    /// Two actions on one key, or an action on a key that keeps its fixed meaning (`other` is `nil`).
    struct Conflict: Error, Equatable {
        var action: KeyAction
        var key: Key
        var other: KeyAction?
    }

    /// The key to hand to the core for `key` pressed in `state`: translated on the list, details, catalog picker
    /// and help; untouched where keys are text or answers (the `/` filter, the MFA code, menus, confirmations).
    /// `nil` drops a key whose action moved elsewhere.
    func translate(_ key: Key, in state: TriageState) -> Key? {
        guard !keys.isEmpty, Self.translates(on: state.activeKind) else { return key }
        if let action = keys.first(where: { $0.value == key })?.key { return action.defaultKey }
        // A key that another action moved to is found above; one whose own action moved away does nothing now.
        if keys.keys.contains(where: { $0.defaultKey == key }) { return nil }
        return key
    }

    /// Whether keys are remapped on screens of `kind`: the list, details, catalog picker and help, not where keys
    /// are text or answers.
    static func translates(on kind: ScreenKind) -> Bool {
        switch kind {
        case .list, .details, .catalogPicker, .help: true
        default: false
        }
    }

    /// The help or footer entries of a screen of `kind` as drawn: relabelled where ``translate(_:in:)`` remaps
    /// keys, as they are elsewhere (a confirmation's `y` stays `y` even when `copy_id` moved).
    func relabel(_ entries: [HelpEntry], on kind: ScreenKind) -> [HelpEntry] {
        Self.translates(on: kind) ? relabel(entries) : entries
    }

    /// How a key is written in the help (`Space`, `x`).
    static func label(_ key: Key) -> String {
        switch key {
        case .char(" "): "Space"
        case .char(let character): String(character)
        default: "\(key)"
        }
    }

    /// `entries` with each remapped action's default key replaced by its configured one, for the `?` help and the
    /// footer hints (the view draws whatever entries it is given).
    func relabel(_ entries: [HelpEntry]) -> [HelpEntry] {
        guard !keys.isEmpty else { return entries }
        return entries.map { entry in
            var entry = entry
            for (action, key) in keys where entry.keys.contains(action.defaultKey) {
                let old = Self.label(action.defaultKey)
                let words = entry.label.split(separator: " ", omittingEmptySubsequences: false).map { word in
                    word.split(separator: "/", omittingEmptySubsequences: false)
                        .map { $0 == old ? Self.label(key) : String($0) }.joined(separator: "/")
                }
                entry.label = words.joined(separator: " ")
                entry.keys = entry.keys.map { $0 == action.defaultKey ? key : $0 }
            }
            return entry
        }
    }
}
