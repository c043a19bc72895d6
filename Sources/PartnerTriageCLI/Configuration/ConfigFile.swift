import Foundation

/// The config file, `$XDG_CONFIG_HOME/partner-triage/config.toml` (default `~/.config/partner-triage/config.toml`):
/// found, read and parsed whole, or refused whole, so a command never runs on half a file.
enum ConfigFile {
    /// A config file is a few lines; anything larger is not one.
    static let maxBytes = 64 * 1024

    /// The file's path for `environment`: a relative `XDG_CONFIG_HOME` is ignored, as the XDG spec requires.
    static func location(environment: [String: String]) -> URL? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config).appendingPathComponent("partner-triage/config.toml")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home).appendingPathComponent(".config/partner-triage/config.toml")
        }
        return nil
    }

    /// The configuration for `environment`: empty when there is no file.
    ///
    /// - Throws: ``ConfigFileError`` for a file that cannot be read or does not parse.
    static func load(environment: [String: String]) throws(ConfigFileError) -> PartnerTriageConfiguration {
        guard let url = location(environment: environment) else { return PartnerTriageConfiguration() }
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return PartnerTriageConfiguration()
        }
        guard !isDirectory.boolValue else { throw ConfigFileError(path: path, problem: "is a directory, not a file.") }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw ConfigFileError(path: path, problem: "cannot be read (\(error.localizedDescription)).")
        }
        guard data.count <= maxBytes else {
            throw ConfigFileError(
                path: path, problem: "is larger than \(maxBytes / 1024) KiB; it is not a config file.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigFileError(path: path, problem: "is not UTF-8 text.")
        }
        var configuration = try ConfigFileParser.parse(text, path: path)
        configuration.source = path
        return configuration
    }
}
