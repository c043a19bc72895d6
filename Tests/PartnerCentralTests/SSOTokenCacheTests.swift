import Foundation
import Testing

@testable import PartnerCentral

@Suite struct SSOTokenCacheTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sso-cache-\(UUID().uuidString)",
            isDirectory: true
        )
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func cacheKeyIsSHA1OfSessionNameOrStartURL() {
        // Values computed with botocore's SSOTokenLoader._generate_cache_key.
        #expect(
            SSOTokenCache.cacheKey(sessionName: "my-sso", startURL: "https://example.awsapps.com/start")
                == "0ad374308c5a4e22f723adf10145eafad7c4031c"
        )
        #expect(
            SSOTokenCache.cacheKey(sessionName: nil, startURL: "https://d-abc123.awsapps.com/start")
                == "40a89917e3175433e361b710a9d43528d7f1890a"
        )
    }

    @Test func tokenWrittenByTheCLIIsRead() throws {
        let directory = try temporaryDirectory()
        let json = """
            {"startUrl": "https://d-abc123.awsapps.com/start", "region": "eu-west-1", "accessToken": "at-1",
             "expiresAt": "2026-11-26T17:00:00Z", "clientId": "cid", "clientSecret": "csecret",
             "registrationExpiresAt": "2027-02-24T17:00:00Z", "refreshToken": "rt-1", "unknownField": 1}
            """
        let cache = SSOTokenCache(directory: directory)
        try Data(json.utf8).write(
            to: cache.fileURL(sessionName: "corp", startURL: "https://d-abc123.awsapps.com/start")
        )
        let token = try #require(try cache.load(sessionName: "corp", startURL: "https://d-abc123.awsapps.com/start"))
        #expect(token.accessToken == "at-1")
        #expect(token.refreshToken == "rt-1")
        #expect(token.expirationDate == Date(timeIntervalSince1970: 1_795_712_400))
        #expect(token.canRefresh(at: Date(timeIntervalSince1970: 1_795_712_400)))
        #expect(!token.canRefresh(at: Date(timeIntervalSince1970: 1_900_000_000)))
    }

    @Test func missingFileIsNoToken() throws {
        let cache = SSOTokenCache(directory: try temporaryDirectory())
        #expect(try cache.load(sessionName: "nobody", startURL: "https://x") == nil)
    }

    @Test func corruptFileIsAClearError() throws {
        let cache = SSOTokenCache(directory: try temporaryDirectory())
        let path = cache.fileURL(sessionName: "s", startURL: "u").path
        try Data("{not json".utf8).write(to: cache.fileURL(sessionName: "s", startURL: "u"))
        #expect(throws: SSOError.unreadableTokenCache(path: path, detail: "not a cached SSO token")) {
            try cache.load(sessionName: "s", startURL: "u")
        }
        #expect(
            "\(SSOError.unreadableTokenCache(path: path, detail: "not a cached SSO token"))"
                == "The SSO token cache file \(path) cannot be used: not a cached SSO token."
        )
    }

    @Test(arguments: ["accessToken", "expiresAt"])
    func fileWithoutARequiredFieldNamesIt(_ field: String) throws {
        let cache = SSOTokenCache(directory: try temporaryDirectory())
        var object = ["accessToken": "a1", "expiresAt": "2026-11-26T17:00:00Z", "region": "eu-west-1"]
        object[field] = nil
        try JSONSerialization.data(withJSONObject: object).write(to: cache.fileURL(sessionName: "s", startURL: "u"))
        #expect(
            throws: SSOError.unreadableTokenCache(
                path: cache.fileURL(sessionName: "s", startURL: "u").path,
                detail: "it has no \(field)"
            )
        ) { try cache.load(sessionName: "s", startURL: "u") }
    }

    @Test func saveReplacesTheFileAtomicallyAndPrivately() throws {
        let directory = try temporaryDirectory()
        let cache = SSOTokenCache(directory: directory)
        let first = SSOToken(accessToken: "a1", expiresAt: "2026-11-26T17:00:00Z", refreshToken: "r1")
        try cache.save(first, sessionName: "s", startURL: "u")
        let second = SSOToken(accessToken: "a2", expiresAt: "2026-11-26T18:00:00Z", refreshToken: "r2")
        try cache.save(second, sessionName: "s", startURL: "u")
        #expect(try cache.load(sessionName: "s", startURL: "u") == second)
        // Only the token file is left: no temporary files.
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names == [SSOTokenCache.cacheKey(sessionName: "s", startURL: "u") + ".json"])
        let attributes = try FileManager.default.attributesOfItem(
            atPath: cache.fileURL(sessionName: "s", startURL: "u").path
        )
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
}

@Suite struct PrivateFileSafetyTests {
    @Test func aSymlinkedCacheDirectoryIsRefusedAndNothingIsWrittenThere() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pt-private-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let real = root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let cache = root.appendingPathComponent("cache")
        try FileManager.default.createSymbolicLink(at: cache, withDestinationURL: real)
        #expect(throws: PrivateFile.WriteError.self) {
            try PrivateFile.write(Data("secret".utf8), to: cache.appendingPathComponent("token.json"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: real.path).isEmpty)
        let fine = root.appendingPathComponent("fine/token.json")
        try PrivateFile.write(Data("secret".utf8), to: fine)
        #expect(try String(contentsOf: fine, encoding: .utf8) == "secret")
        let mode = try FileManager.default.attributesOfItem(atPath: fine.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
