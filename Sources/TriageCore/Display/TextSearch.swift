/// Substring search over UTF-8 bytes, for filtering thousands of rows per keystroke.
enum TextSearch {
    /// Whether `needle` occurs in `haystack`, comparing UTF-8 bytes (both are expected lowercased already).
    ///
    /// Bytes rather than characters: a needle may then match the start of a combined character (`e` in `é`
    /// written as `e` and an accent), which suits a filter that narrows as you type.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard pattern.count <= text.count else { return false }
                var start = 0
                let last = text.count - pattern.count
                while start <= last {
                    if text[start] == first {
                        var offset = 1
                        while offset < pattern.count, text[start + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
