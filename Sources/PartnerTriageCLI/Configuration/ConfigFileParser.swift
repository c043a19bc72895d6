import Foundation
import PartnerCentral
import TOMLKit
import TriageCore

/// Turns the config file's TOML into a ``PartnerTriageConfiguration``, checking every key and value; the first
/// problem (in the order of the file's lines) is the error.
enum ConfigFileParser {
    /// The top-level keys, in the order the README documents them.
    static let knownKeys = [
        "catalog", "profile", "columns", "refresh_minutes", "grace_seconds", "bell", "keys", "roster",
    ]

    /// Parses `text`, read from `path` (for messages).
    ///
    /// - Throws: ``ConfigFileError`` for a syntax error, an unknown key, a wrong type or value, or two actions on
    ///   one key.
    static func parse(_ text: String, path: String) throws(ConfigFileError) -> PartnerTriageConfiguration {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigFileError(
                path: path, line: error.source.begin.line, key: nil,
                problem: "not valid TOML: \(TerminalText.quote(error.description, limit: 200)).")
        } catch {
            throw ConfigFileError(path: path, problem: "not valid TOML.")
        }
        let lines = ConfigFileLines(text)
        func failure(_ key: String, table: String? = nil, _ problem: String) -> ConfigFileError {
            ConfigFileError(
                path: path, line: lines.line(of: key, inTable: table), key: table.map { "\($0).\(key)" } ?? key,
                problem: problem)
        }
        var configuration = PartnerTriageConfiguration()
        for key in lines.ordered(table.keys, inTable: nil) {
            // Safe to force unwrap: `key` is one of the table's own keys.
            let value = table[key]!
            switch key {
            case "catalog":
                guard let text = value.string else { throw failure(key, wrongType(value, "a string")) }
                guard let catalog = Catalog(matching: text) else {
                    throw failure(key, "unknown catalog \"\(TerminalText.quote(text))\": use \"AWS\" or \"Sandbox\".")
                }
                configuration.catalog = catalog
            case "profile":
                guard let text = value.string else { throw failure(key, wrongType(value, "a string")) }
                guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw failure(key, "needs a profile name, like \"sales\".")
                }
                configuration.profile = text
            case "columns":
                configuration.columns = try columns(value, failure: { failure(key, $0) })
            case "refresh_minutes":
                configuration.refreshMinutes = try integer(value, in: 1...1440, failure: { failure(key, $0) })
            case "grace_seconds":
                configuration.graceSeconds = try integer(value, in: 0...300, failure: { failure(key, $0) })
            case "keys":
                guard let keys = value.table else {
                    throw failure(key, wrongType(value, "a table ([keys] with lines like reject = \"x\")"))
                }
                configuration.keys = try bindings(keys, lines: lines, failure: { failure($0, table: "keys", $1) })
            case "bell":
                guard let flag = value.bool else { throw failure(key, wrongType(value, "true or false")) }
                configuration.bell = flag
            case "roster":
                configuration.roster = try roster(value, failure: { failure(key, $0) })
            default:
                throw failure(key, "not a setting; the settings are \(knownKeys.joined(separator: ", ")).")
            }
        }
        return configuration
    }

    private static func wrongType(_ value: any TOMLValueConvertible, _ wanted: String) -> String {
        "must be \(wanted), not \(article(value.type.description))."
    }

    /// `an integer`, `a string`.
    private static func article(_ noun: String) -> String {
        ("aeiou".contains(noun.first ?? "x") ? "an " : "a ") + noun
    }

    private static func integer(
        _ value: any TOMLValueConvertible, in range: ClosedRange<Int>, failure: (String) -> ConfigFileError
    ) throws(ConfigFileError) -> Int {
        guard let number = value.int else { throw failure(wrongType(value, "a whole number")) }
        guard range.contains(number) else {
            throw failure("\(number) is out of range: use \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }

    private static func columns(
        _ value: any TOMLValueConvertible, failure: (String) -> ConfigFileError
    ) throws(ConfigFileError) -> [ListColumnName] {
        let known = ListColumnName.allCases.map(\.rawValue).joined(separator: ", ")
        guard let array = value.array else {
            throw failure(wrongType(value, "a list of column names, like [\"customer\", \"expires\"]"))
        }
        var columns: [ListColumnName] = []
        for element in array {
            guard let name = element.string else {
                throw failure("holds \(article(element.type.description)); list names.")
            }
            guard let column = ListColumnName(rawValue: name.lowercased()) else {
                throw failure("unknown column \"\(TerminalText.quote(name))\"; the columns are \(known).")
            }
            guard !columns.contains(column) else { throw failure("names \"\(column.rawValue)\" twice.") }
            columns.append(column)
        }
        guard !columns.isEmpty else { throw failure("names no column; the columns are \(known).") }
        return columns
    }

    /// The fields of one `[[roster]]` entry; `first_name`, `last_name` and `email` are what `AssignOpportunity`
    /// requires, `title` defaults to `PartnerAccountManager` (the opportunity owner, as AWS documents).
    static let rosterFields = ["name", "email", "first_name", "last_name", "title", "phone"]

    private static func roster(
        _ value: any TOMLValueConvertible, failure: (String) -> ConfigFileError
    ) throws(ConfigFileError) -> [RosterPerson] {
        guard let array = value.array else {
            throw failure(wrongType(value, "a list of [[roster]] tables"))
        }
        var people: [RosterPerson] = []
        for (index, element) in array.enumerated() {
            let entry = "entry \(index + 1)"
            guard let table = element.table else {
                throw failure("\(entry) is not a table; write [[roster]] sections.")
            }
            for field in table.keys where !rosterFields.contains(field) {
                throw failure(
                    "\(entry): \(field) is not a roster field; the fields are \(rosterFields.joined(separator: ", ")).")
            }
            var fields: [String: String] = [:]
            for field in rosterFields {
                guard let raw = table[field] else { continue }
                guard let text = raw.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw failure("\(entry): \(field) must be a non-empty string.")
                }
                fields[field] = text
            }
            for required in ["email", "first_name", "last_name"] where fields[required] == nil {
                throw failure("\(entry) needs \(required) (AssignOpportunity requires email, first and last name).")
            }
            guard let email = fields["email"], email.contains("@"), !email.contains(" ") else {
                throw failure(
                    "\(entry): email \"\(TerminalText.quote(fields["email"] ?? ""))\" is not an email address.")
            }
            let first = fields["first_name"] ?? ""
            let last = fields["last_name"] ?? ""
            let person = RosterPerson(
                name: fields["name"] ?? "\(first) \(last)", email: email, firstName: first, lastName: last,
                businessTitle: fields["title"] ?? "PartnerAccountManager", phone: fields["phone"])
            guard !people.contains(where: { $0.name.lowercased() == person.name.lowercased() }) else {
                throw failure("\(entry): the name \"\(TerminalText.quote(person.name))\" is already in the roster.")
            }
            people.append(person)
        }
        return people
    }

    private static func bindings(
        _ table: TOMLTable, lines: ConfigFileLines, failure: (String, String) -> ConfigFileError
    ) throws(ConfigFileError) -> KeyBindings {
        let actions = KeyAction.allCases.map(\.rawValue).joined(separator: ", ")
        var keys: [KeyAction: Key] = [:]
        for name in lines.ordered(table.keys, inTable: "keys") {
            guard let action = KeyAction(rawValue: name) else {
                throw failure(
                    name, "not an action; write action = \"key\" (reject = \"x\"), with one of \(actions).")
            }
            // Safe to force unwrap: `name` is one of the table's own keys.
            let value = table[name]!
            guard let text = value.string else { throw failure(name, wrongType(value, "a string, like \"x\"")) }
            guard let key = key(text) else {
                throw failure(
                    name, "\"\(TerminalText.quote(text))\" is not a key: use one printable character or \"space\".")
            }
            keys[action] = key
        }
        switch KeyBindings.validated(keys) {
        case .success(let bindings):
            return bindings
        case .failure(let conflict):
            let key = KeyBindings.label(conflict.key)
            let problem =
                conflict.other.map { "\(key) is already the key of \($0.rawValue); give each action its own key." }
                ?? "\(key) keeps its own meaning (movement, F, Q or a digit); choose another key."
            throw failure(conflict.action.rawValue, problem)
        }
    }

    /// One printable character, or `space`.
    private static func key(_ text: String) -> Key? {
        if text.lowercased() == "space" || text == " " { return .space }
        guard text.count == 1, let character = text.first,
            !character.unicodeScalars.contains(where: {
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
                    || $0.properties.isWhitespace
            })
        else { return nil }
        return .char(character)
    }
}
