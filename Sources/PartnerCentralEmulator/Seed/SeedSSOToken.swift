import Foundation
import PartnerCentral

/// An IAM Identity Center token a seed file hands the identity side (top-level `EmulatorSSOTokens`), as if
/// `aws sso login` had created it: `{"AccessToken": ..., "ExpiresAt"?: ..., "RefreshToken"?: ..., "ClientId"?: ...,
/// "ClientSecret"?: ...}`.
public struct SeedSSOToken: Sendable, Hashable {
    /// The bearer token the portal's `GetRoleCredentials` accepts.
    public var accessToken: String
    /// When it stops working; `nil` means the emulator's access-token lifetime from its start.
    public var expiresAt: Date?
    /// A refresh token that OIDC `CreateToken` redeems, with the client it belongs to (all three or none).
    public var refreshToken: String?
    /// The registered OIDC client of ``refreshToken``.
    public var clientId: String?
    /// The client's secret.
    public var clientSecret: String?

    /// Creates a seeded token.
    public init(
        accessToken: String,
        expiresAt: Date? = nil,
        refreshToken: String? = nil,
        clientId: String? = nil,
        clientSecret: String? = nil
    ) {
        self.accessToken = accessToken
        self.expiresAt = expiresAt
        self.refreshToken = refreshToken
        self.clientId = clientId
        self.clientSecret = clientSecret
    }
}

/// One `EmulatorSSOTokens` element as decoded, with the member names nobody defines (typos are refused, not ignored).
struct SeedSSOTokenElement: Decodable {
    static let knownMembers: Set<String> = ["AccessToken", "ExpiresAt", "RefreshToken", "ClientId", "ClientSecret"]

    var token: SeedSSOToken
    var unknownMembers: [String]

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: SeedKey.self)
        func string(_ name: String) throws -> String? {
            try container.decodeIfPresent(String.self, forKey: SeedKey(stringValue: name))
        }
        guard let accessToken = try string("AccessToken") else {
            throw DecodingError.keyNotFound(
                SeedKey(stringValue: "AccessToken"),
                .init(codingPath: decoder.codingPath, debugDescription: "required member is missing")
            )
        }
        token = SeedSSOToken(
            accessToken: accessToken,
            expiresAt: try container.decodeIfPresent(Timestamp.self, forKey: SeedKey(stringValue: "ExpiresAt"))?.date,
            refreshToken: try string("RefreshToken"),
            clientId: try string("ClientId"),
            clientSecret: try string("ClientSecret")
        )
        unknownMembers = container.allKeys.map(\.stringValue).filter { !Self.knownMembers.contains($0) }.sorted()
    }

    /// The first problem as (member, problem), or `nil` when the element is usable.
    var firstIssue: (member: String, problem: String)? {
        if let unknown = unknownMembers.first { return (unknown, "not a member of an emulator SSO token (misspelt?)") }
        if token.accessToken.isEmpty { return ("AccessToken", "must not be empty") }
        let refresh: [(String, String?)] = [
            ("RefreshToken", token.refreshToken), ("ClientId", token.clientId), ("ClientSecret", token.clientSecret),
        ]
        // CreateToken needs the refresh token and the client it was issued to, so a partial set could never work.
        if refresh.contains(where: { $0.1 != nil }), let missing = refresh.first(where: { $0.1?.isEmpty ?? true }) {
            return (missing.0, "required (non-empty) with RefreshToken, ClientId and ClientSecret")
        }
        return nil
    }
}
