import Foundation
import PartnerCentral

/// The IAM Identity Center portal's `GetRoleCredentials` (`GET /federation/credentials`) and the OIDC service's
/// `CreateToken` (`POST /token`, refresh-token grant), both REST-JSON with bearer or client secrets instead of SigV4.
struct SSOPortalHandler: Sendable {
    let configuration: IdentityConfiguration
    let authority: IdentityAuthority
    let now: @Sendable () -> Date

    func getRoleCredentials(_ request: IdentityHTTPRequest, requestId: String) async -> IdentityHTTPResponse {
        let query = Dictionary(
            SigV4Request.parseQuery(request.query ?? "").map { ($0.name, $0.value) },
            uniquingKeysWith: { $1 }
        )
        guard let roleName = query["role_name"], !roleName.isEmpty, let accountId = query["account_id"],
            accountId.count == 12, accountId.allSatisfy({ $0.isASCII && $0.isNumber })
        else {
            return .json(
                ["message": "role_name and a 12-digit account_id are required"],
                status: 400,
                requestId: requestId,
                errorType: "InvalidRequestException"
            )
        }
        let token = request.header("x-amz-sso_bearer_token") ?? ""
        let now = self.now()
        guard await authority.accessTokenState(token, now: now) == .valid else {
            return .json(
                ["message": "Session token not found or invalid"],
                status: 401,
                requestId: requestId,
                errorType: "UnauthorizedException"
            )
        }
        let credentials = await authority.issueCredentials(
            lifetime: configuration.credentialLifetime ?? 3600,
            now: now
        )
        await authority.noteRoleCredentialsIssued()
        let expirationMilliseconds = Int64(((credentials.expiration ?? now).timeIntervalSince1970 * 1000).rounded())
        return .json(
            [
                "roleCredentials": [
                    "accessKeyId": credentials.accessKeyId,
                    "secretAccessKey": credentials.secretAccessKey,
                    "sessionToken": credentials.sessionToken ?? "",
                    "expiration": expirationMilliseconds,
                ] as [String: Any]
            ],
            requestId: requestId
        )
    }

    func createToken(_ request: IdentityHTTPRequest, requestId: String) async -> IdentityHTTPResponse {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any] else {
            return oidcError("invalid_request", type: "InvalidRequestException", "The body is not JSON", requestId)
        }
        let clientId = object["clientId"] as? String ?? ""
        let clientSecret = object["clientSecret"] as? String ?? ""
        guard let grantType = object["grantType"] as? String, !clientId.isEmpty, !clientSecret.isEmpty else {
            return oidcError(
                "invalid_request",
                type: "InvalidRequestException",
                "clientId, clientSecret and grantType are required",
                requestId
            )
        }
        guard grantType == "refresh_token" else {
            return oidcError(
                "unsupported_grant_type",
                type: "UnsupportedGrantTypeException",
                "The emulator supports only the refresh_token grant",
                requestId
            )
        }
        let refreshToken = object["refreshToken"] as? String ?? ""
        guard
            let issued = await authority.redeem(
                refreshToken: refreshToken,
                clientId: clientId,
                clientSecret: clientSecret,
                accessTokenLifetime: configuration.accessTokenLifetime,
                now: self.now()
            )
        else {
            return oidcError(
                "invalid_grant",
                type: "InvalidGrantException",
                "Invalid refresh token provided",
                requestId
            )
        }
        return .json(
            [
                "accessToken": issued.accessToken, "tokenType": "Bearer",
                "expiresIn": Int(configuration.accessTokenLifetime), "refreshToken": issued.refreshToken,
            ],
            requestId: requestId
        )
    }

    private func oidcError(_ error: String, type: String, _ description: String, _ requestId: String)
        -> IdentityHTTPResponse
    {
        .json(
            ["error": error, "error_description": description],
            status: 400,
            requestId: requestId,
            errorType: type
        )
    }
}
