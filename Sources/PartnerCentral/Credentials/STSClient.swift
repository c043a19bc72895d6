import AsyncHTTPClient
import Foundation

/// The two STS calls the credential providers make: `AssumeRole` (SigV4-signed) and `AssumeRoleWithWebIdentity`
/// (unsigned; the web identity token is the proof).
///
/// Both are Query-protocol POSTs to `/` with a form-encoded body and an XML answer, read with ``STSResponseParser``.
struct STSClient: Sendable {
    /// The parameters of `AssumeRole`.
    struct AssumeRoleParameters: Sendable, Equatable {
        var roleArn: String
        var roleSessionName: String
        var externalId: String?
        var durationSeconds: Int?
        var serialNumber: String?
        var tokenCode: String?
    }

    static let apiVersion = "2011-06-15"

    let http: IdentityHTTP
    let endpoint: URL
    let signingRegion: String
    let now: @Sendable () -> Date

    func assumeRole(
        _ parameters: AssumeRoleParameters,
        sourceCredentials: AWSCredentials
    ) async throws -> STSResponseParser.AssumedRole {
        var form: [(String, String)] = [
            ("Action", "AssumeRole"), ("Version", Self.apiVersion),
            ("RoleArn", parameters.roleArn), ("RoleSessionName", parameters.roleSessionName),
        ]
        if let duration = parameters.durationSeconds { form.append(("DurationSeconds", String(duration))) }
        if let externalId = parameters.externalId { form.append(("ExternalId", externalId)) }
        if let serial = parameters.serialNumber { form.append(("SerialNumber", serial)) }
        if let code = parameters.tokenCode { form.append(("TokenCode", code)) }
        return try await call(action: "AssumeRole", form: form, signWith: sourceCredentials)
    }

    func assumeRoleWithWebIdentity(
        roleArn: String,
        roleSessionName: String,
        webIdentityToken: String,
        durationSeconds: Int? = nil
    ) async throws -> STSResponseParser.AssumedRole {
        var form: [(String, String)] = [
            ("Action", "AssumeRoleWithWebIdentity"), ("Version", Self.apiVersion),
            ("RoleArn", roleArn), ("RoleSessionName", roleSessionName), ("WebIdentityToken", webIdentityToken),
        ]
        if let duration = durationSeconds { form.append(("DurationSeconds", String(duration))) }
        return try await call(action: "AssumeRoleWithWebIdentity", form: form, signWith: nil)
    }

    private func call(
        action: String,
        form: [(String, String)],
        signWith credentials: AWSCredentials?
    ) async throws -> STSResponseParser.AssumedRole {
        let body = Data(IdentityHTTP.formEncode(form).utf8)
        var headers: [(name: String, value: String)] = [
            ("Host", IdentityHTTP.hostHeader(endpoint)),
            ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
        ]
        if let credentials {
            let signer = SigV4Signer(credentials: credentials, service: "sts", region: signingRegion)
            let request = SigV4Request(method: "POST", path: "/", headers: headers, body: body)
            headers = signer.signHeaders(request, date: now()).headers
        }
        let response: IdentityHTTP.Response
        do {
            response = try await http.send(method: "POST", url: endpointRoot, headers: headers, body: body)
        } catch {
            throw STSError.unreachable(endpoint: endpoint.absoluteString, detail: HTTPErrorText.safe(error))
        }
        guard (200..<300).contains(response.status) else {
            if let error = STSResponseParser.parseError(response.body) {
                throw STSError.service(code: error.code, message: error.message, httpStatus: response.status)
            }
            throw STSError.service(
                code: "HTTP\(response.status)",
                message: "STS answered without an error document",
                httpStatus: response.status
            )
        }
        return try STSResponseParser.parseAssumedRole(response.body, action: action)
    }

    /// The endpoint with an empty path made `/`: the Query protocol always posts to the root.
    private var endpointRoot: URL {
        endpoint.path.isEmpty ? endpoint.appendingPathComponent("") : endpoint
    }
}
