import Foundation

/// Company names and project titles reduced to what identifies them, so "Contoso Health Partners, Inc." and
/// "contoso health partners" compare equal and a duplicate is not missed over punctuation or a legal suffix.
public enum NameNormaliser {
    /// Legal forms dropped from the end of a company name (after case and punctuation are gone).
    static let legalSuffixes: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "lp", "ltd", "limited", "plc",
        "gmbh", "ag", "kg", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "as", "asa", "aps",
        "pty", "pte", "kk", "kabushiki", "kaisha", "sl", "slu", "sro", "zoo", "sp",
    ]

    /// Japanese legal forms, written without a space before or after the name (株式会社さくら, さくら株式会社).
    static let attachedForms = ["株式会社", "有限会社", "合同会社"]

    /// Lowercased words with diacritics folded and every punctuation mark a separator.
    public static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        // Dotted forms (K.K., S.A.) read as one word once their dots are gone.
        let undotted = folded.replacingOccurrences(of: ".", with: "")
        return undotted.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The company name's key: its words without trailing legal forms; `nil` when nothing is left.
    public static func companyKey(_ name: String) -> String? {
        var parts = words(name)
        for form in attachedForms {
            if let first = parts.first, first.hasPrefix(form), first.count > form.count {
                parts[0] = String(first.dropFirst(form.count))
            }
            if let last = parts.last, last.hasSuffix(form), last.count > form.count {
                parts[parts.count - 1] = String(last.dropLast(form.count))
            }
            if parts.count > 1 { parts.removeAll { $0 == form } }
        }
        while let last = parts.last, parts.count > 1, legalSuffixes.contains(last) { parts.removeLast() }
        let key = parts.joined(separator: " ")
        return key.isEmpty ? nil : key
    }

    /// The name to ask `ListOpportunities` for: the company name as written, without its legal form, so a
    /// service that matches on the name still finds "Contoso Inc." when the invitation says "Contoso".
    public static func searchName(_ name: String) -> String {
        var parts = name.split(separator: " ").map(String.init)
        while let last = parts.last, parts.count > 1,
            legalSuffixes.contains(words(last).joined())
        {
            parts.removeLast()
        }
        return parts.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
    }

    /// Words of a project title that carry meaning (short joining words are left out).
    public static func titleWords(_ title: String) -> Set<String> {
        let filler: Set<String> = ["a", "an", "and", "the", "of", "for", "to", "on", "in", "with", "at", "by"]
        return Set(words(title).filter { !filler.contains($0) })
    }
}
