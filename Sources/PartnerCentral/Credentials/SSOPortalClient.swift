import Foundation

/// IAM Identity Center's portal (`GetRoleCredentials`) and OIDC (`CreateToken`) calls, both REST-JSON and unsigned.
struct SSOPortalClient: Sendable {
    /// `GetRoleCredentials`'s `roleCredentials`; `expiration` is epoch milliseconds.
    struct RoleCredentials: Decodable, Sendable {
        var accessKeyId: String
        var secretAccessKey: String
        var sessionToken: String
        var expiration: Int64
    }

    /// `CreateToken`'s answer.
    struct CreatedToken: Decodable, Sendable {
        var accessToken: String
        var expiresIn: Int
        var refreshToken: String?
        var tokenType: String?
    }

    /// The portal refused the bearer token: the user must sign in again.
    struct Unauthorized: Error {}

    let http: IdentityHTTP
    let portalEndpoint: URL
    let oidcEndpoint: URL

    func getRoleCredentials(accessToken: String, roleName: String, accountId: String) async throws -> AWSCredentials {
        var components = URLComponents(url: portalEndpoint, resolvingAgainstBaseURL: false)
        components?.path = Self.joinPath(portalEndpoint.path, "federation/credentials")
        components?.queryItems = [
            .init(name: "role_name", value: roleName), .init(name: "account_id", value: accountId),
        ]
        guard let url = components?.url else {
            throw SSOError.malformedResponse("The SSO portal endpoint \(portalEndpoint) cannot take a path")
        }
        let response = try await send(
            method: "GET",
            url: url,
            headers: [("x-amz-sso_bearer_token", accessToken), ("Accept", "application/json")],
            body: nil
        )
        try check(response, unauthorizedCodes: ["UnauthorizedException"])
        struct Envelope: Decodable { var roleCredentials: RoleCredentials }
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: response.body) else {
            throw SSOError.malformedResponse("The SSO portal's GetRoleCredentials answer has no roleCredentials")
        }
        let role = envelope.roleCredentials
        return AWSCredentials(
            accessKeyId: role.accessKeyId,
            secretAccessKey: role.secretAccessKey,
            sessionToken: role.sessionToken,
            expiration: Date(timeIntervalSince1970: TimeInterval(role.expiration) / 1000)
        )
    }

    func createToken(clientId: String, clientSecret: String, refreshToken: String) async throws -> CreatedToken {
        let url = oidcEndpoint.appendingPathComponent("token")
        let body = try JSONSerialization.data(
            withJSONObject: [
                "clientId": clientId, "clientSecret": clientSecret, "grantType": "refresh_token",
                "refreshToken": refreshToken,
            ],
            options: [.sortedKeys]
        )
        let response = try await send(
            method: "POST",
            url: url,
            headers: [("Content-Type", "application/json")],
            body: body
        )
        try check(
            response,
            unauthorizedCodes: [
                "InvalidGrantException", "UnauthorizedClientException", "ExpiredTokenException",
                "InvalidClientException",
            ]
        )
        guard let token = try? JSONDecoder().decode(CreatedToken.self, from: response.body) else {
            throw SSOError.malformedResponse("The SSO OIDC CreateToken answer has no accessToken/expiresIn")
        }
        return token
    }

    /// Turns a non-2xx answer into ``Unauthorized`` (sign in again) or ``SSOError/service(code:message:httpStatus:)``.
    private func check(_ response: IdentityHTTP.Response, unauthorizedCodes: Set<String>) throws {
        guard !(200..<300).contains(response.status) else { return }
        let object = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any] ?? [:]
        // REST-JSON names the error in a header, sometimes as `Code:namespace`; OIDC also puts it in `error`.
        let rawCode =
            response.header("x-amzn-errortype") ?? (object["__type"] as? String) ?? (object["error"] as? String)
            ?? "HTTP\(response.status)"
        let code =
            String(rawCode.split(separator: ":").first ?? Substring(rawCode)).split(separator: "#").last
            .map(String.init) ?? rawCode
        let message =
            (object["message"] as? String) ?? (object["Message"] as? String)
            ?? (object["error_description"] as? String) ?? ""
        if unauthorizedCodes.contains(code) || response.status == 401 || code == "invalid_grant" {
            throw Unauthorized()
        }
        throw SSOError.service(code: code, message: message, httpStatus: response.status)
    }

    private func send(
        method: String,
        url: URL,
        headers: [(name: String, value: String)],
        body: Data?
    ) async throws -> IdentityHTTP.Response {
        do {
            return try await http.send(method: method, url: url, headers: headers, body: body)
        } catch {
            let base = URL(string: "/", relativeTo: url)?.absoluteString ?? url.absoluteString
            throw SSOError.unreachable(endpoint: base, detail: HTTPErrorText.safe(error))
        }
    }

    private static func joinPath(_ base: String, _ suffix: String) -> String {
        (base.hasSuffix("/") ? base : base + "/") + suffix
    }
}
