/// A config file that cannot be used, as one line: the file, the line when known, the key and what is wrong.
struct ConfigFileError: Error, Equatable, CustomStringConvertible {
    /// The file's path.
    var path: String
    /// The 1-based line, when the parser or a search of the text found it.
    var line: Int?
    /// The key at fault (`keys.reject`), when there is one.
    var key: String?
    /// What is wrong and what to write instead.
    var problem: String

    var description: String {
        var place = "config file \(path)"
        if let line { place += ", line \(line)" }
        if let key { place += ", \(TerminalText.quote(key))" }
        return "\(place): \(problem)"
    }
}
