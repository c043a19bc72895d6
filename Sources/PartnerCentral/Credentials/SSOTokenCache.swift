import Crypto
import Foundation

/// The AWS CLI's SSO token cache: one JSON file per session in a directory (`~/.aws/sso/cache`).
///
/// The file name is the lowercase hex SHA-1 of the `sso_session` name, or of the start URL for a legacy profile
/// (botocore's `SSOTokenLoader`). Writes go to a temporary file in the same directory that is then renamed over the
/// old one, so a concurrent `aws sso login` or another process never reads half a token.
package struct SSOTokenCache: Sendable {
    /// The cache directory.
    package let directory: URL

    /// Creates a cache over `directory`.
    package init(directory: URL) {
        self.directory = directory
    }

    /// The default directory under a home directory: `<home>/.aws/sso/cache`.
    package static func defaultDirectory(home: URL) -> URL {
        home.appendingPathComponent(".aws/sso/cache", isDirectory: true)
    }

    /// The cache key: SHA-1 of the session name when there is one, else of the start URL.
    package static func cacheKey(sessionName: String?, startURL: String) -> String {
        Insecure.SHA1.hash(data: Data((sessionName ?? startURL).utf8)).hexString
    }

    /// The file that holds the token for a session or start URL.
    package func fileURL(sessionName: String?, startURL: String) -> URL {
        directory.appendingPathComponent(Self.cacheKey(sessionName: sessionName, startURL: startURL) + ".json")
    }

    /// Reads the cached token; `nil` when there is no file.
    ///
    /// - Throws: ``SSOError/Code/unreadableTokenCache`` when the file exists but is not a token (not JSON,
    ///   or without `accessToken` or `expiresAt`).
    package func load(sessionName: String?, startURL: String) throws -> SSOToken? {
        let url = fileURL(sessionName: sessionName, startURL: startURL)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            return nil
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { return nil }
            throw SSOError.unreadableTokenCache(path: url.path, detail: "\(error.localizedDescription)")
        }
        do {
            return try JSONDecoder().decode(SSOToken.self, from: data)
        } catch DecodingError.keyNotFound(let key, _) {
            // `aws sso login` always writes both; a file without one was truncated or written by something else.
            throw SSOError.unreadableTokenCache(path: url.path, detail: "it has no \(key.stringValue)")
        } catch {
            throw SSOError.unreadableTokenCache(path: url.path, detail: "not a cached SSO token")
        }
    }

    /// Writes the token atomically (temporary file in the same directory, then rename), readable by the owner only.
    package func save(_ token: SSOToken, sessionName: String?, startURL: String) throws {
        let url = fileURL(sessionName: sessionName, startURL: startURL)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(token)
        do { try PrivateFile.write(data, to: url) } catch {
            throw SSOError.unreadableTokenCache(path: error.path, detail: error.detail)
        }
    }
}
