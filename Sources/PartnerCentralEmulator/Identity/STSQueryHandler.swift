import Foundation
import PartnerCentral

/// STS's Query protocol: `AssumeRole` and `GetCallerIdentity` (SigV4 for service `sts`, any region) and
/// `AssumeRoleWithWebIdentity` (unsigned), answered in STS's XML.
struct STSQueryHandler: Sendable {
    static let namespace = "https://sts.amazonaws.com/doc/2011-06-15/"

    let configuration: IdentityConfiguration
    let authority: IdentityAuthority
    /// Everyone whose keys may sign a call (the emulator's keys and the credentials issued here).
    let authorities: [any CredentialAuthority]
    let now: @Sendable () -> Date

    /// An STS error: the XML `ErrorResponse` code, message and status.
    struct Failure: Error {
        var code: String
        var message: String
        var status: Int = 400
        var type = "Sender"
    }

    func handle(_ request: IdentityHTTPRequest, requestId: String) async -> IdentityHTTPResponse {
        do {
            let form = Self.parseForm(request.body)
            let xml: String
            switch form["Action"] {
            case "AssumeRole":
                let caller = try await verify(request)
                xml = try await assumeRole(
                    form,
                    caller: caller,
                    signingRegion: Self.signingRegion(of: request),
                    requestId: requestId
                )
            case "AssumeRoleWithWebIdentity":
                xml = try await assumeRoleWithWebIdentity(form, requestId: requestId)
            case "GetCallerIdentity":
                let caller = try await verify(request)
                xml = await getCallerIdentity(caller: caller, requestId: requestId)
            case let action:
                throw Failure(
                    code: "InvalidAction",
                    message: "Could not find operation \(action ?? "(none)") for version 2011-06-15"
                )
            }
            return .xml(xml, requestId: requestId)
        } catch let failure as Failure {
            return .xml(Self.errorXML(failure, requestId: requestId), status: failure.status, requestId: requestId)
        } catch {
            let failure = Failure(code: "InternalFailure", message: "\(error)", status: 500, type: "Receiver")
            return .xml(Self.errorXML(failure, requestId: requestId), status: 500, requestId: requestId)
        }
    }

    // MARK: - Signature

    /// Verifies the caller's signature for `sts` in the region it signed for; returns the caller's access key id.
    private func verify(_ request: IdentityHTTPRequest) async throws -> String {
        let region = Self.signingRegion(of: request)
        let verifier = SignatureVerifier(
            service: "sts",
            region: region,
            authorities: authorities,
            now: now
        )
        do {
            return try await verifier.verify(
                method: request.method,
                path: request.path,
                query: request.query,
                headers: request.headers,
                body: request.body
            )
        } catch {
            throw Self.stsFailure(error)
        }
    }

    /// The region in the request's credential scope (`us-east-1` when unsigned).
    static func signingRegion(of request: IdentityHTTPRequest) -> String {
        request.header("authorization").flatMap(SigV4Authorization.init(header:))?.region ?? "us-east-1"
    }

    /// STS's names for the signature failures the Partner Central verifier reports in awsJson terms.
    static func stsFailure(_ error: AWSJSONError) -> Failure {
        let code: String
        switch error.type {
        case "ExpiredTokenException": code = "ExpiredToken"
        case "UnrecognizedClientException": code = "InvalidClientTokenId"
        case "InvalidSignatureException": code = "SignatureDoesNotMatch"
        case "IncompleteSignatureException": code = "IncompleteSignature"
        case "MissingAuthenticationTokenException": code = "MissingAuthenticationToken"
        default: code = error.type
        }
        return Failure(code: code, message: error.message, status: Int(error.status.code))
    }

    // MARK: - Actions

    private func assumeRole(
        _ form: [String: String],
        caller: String,
        signingRegion: String,
        requestId: String
    ) async throws -> String {
        let roleArn = try Self.validRoleArn(form["RoleArn"])
        let sessionName = try Self.validSessionName(form["RoleSessionName"])
        let duration = try Self.validDuration(form["DurationSeconds"])
        let externalId = form["ExternalId"]
        if let externalId, !(2...1224).contains(externalId.count) {
            throw Failure(
                code: "ValidationError",
                message: "1 validation error detected: Value at 'externalId' failed to satisfy constraint: "
                    + "Member must have length between 2 and 1224"
            )
        }
        let serial = form["SerialNumber"]
        let code = form["TokenCode"]
        if let serial {
            guard let code, code.count == 6, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw Failure(
                    code: "AccessDenied",
                    message: "MultiFactorAuthentication failed, unable to validate MFA code.",
                    status: 403
                )
            }
            if let expected = configuration.mfaCodes[serial], expected != code {
                throw Failure(
                    code: "AccessDenied",
                    message: "MultiFactorAuthentication failed with invalid MFA one time pass code.",
                    status: 403
                )
            }
        }
        let credentials = await authority.issueCredentials(lifetime: lifetime(duration), now: self.now())
        await authority.record(
            .init(
                action: "AssumeRole",
                callerAccessKeyId: caller,
                roleArn: roleArn,
                roleSessionName: sessionName,
                externalId: externalId,
                durationSeconds: duration,
                serialNumber: serial,
                tokenCode: code,
                issuedAccessKeyId: credentials.accessKeyId,
                signingRegion: signingRegion
            )
        )
        return Self.successXML(
            action: "AssumeRole",
            credentials: credentials,
            roleArn: roleArn,
            sessionName: sessionName,
            extra: "",
            requestId: requestId
        )
    }

    private func assumeRoleWithWebIdentity(_ form: [String: String], requestId: String) async throws -> String {
        let roleArn = try Self.validRoleArn(form["RoleArn"])
        let sessionName = try Self.validSessionName(form["RoleSessionName"])
        let duration = try Self.validDuration(form["DurationSeconds"])
        let token = form["WebIdentityToken"] ?? ""
        guard !token.isEmpty, configuration.webIdentityTokens.isEmpty || configuration.webIdentityTokens.contains(token)
        else {
            throw Failure(
                code: "InvalidIdentityToken",
                message: "The web identity token that was passed could not be validated by AWS. Get a new identity "
                    + "token from the identity provider and then retry the request."
            )
        }
        let credentials = await authority.issueCredentials(lifetime: lifetime(duration), now: self.now())
        await authority.record(
            .init(
                action: "AssumeRoleWithWebIdentity",
                callerAccessKeyId: nil,
                roleArn: roleArn,
                roleSessionName: sessionName,
                durationSeconds: duration,
                issuedAccessKeyId: credentials.accessKeyId
            )
        )
        let extra =
            "<SubjectFromWebIdentityToken>emulator-subject</SubjectFromWebIdentityToken>"
            + "<Audience>partner-triage-emulator</Audience><Provider>emulator</Provider>"
        return Self.successXML(
            action: "AssumeRoleWithWebIdentity",
            credentials: credentials,
            roleArn: roleArn,
            sessionName: sessionName,
            extra: extra,
            requestId: requestId
        )
    }

    private func getCallerIdentity(caller: String, requestId: String) async -> String {
        let call = await authority.assumeRoleCalls.last { $0.issuedAccessKeyId == caller }
        let arn =
            call.map { Self.assumedRoleArn(roleArn: $0.roleArn, sessionName: $0.roleSessionName) }
            ?? "arn:aws:iam::\(Self.defaultAccount):user/emulator"
        let account = arn.split(separator: ":").dropFirst(4).first.map(String.init) ?? Self.defaultAccount
        return """
            <GetCallerIdentityResponse xmlns="\(Self.namespace)"><GetCallerIdentityResult>\
            <Arn>\(Self.escape(arn))</Arn><UserId>\(Self.escape(caller))</UserId><Account>\(account)</Account>\
            </GetCallerIdentityResult><ResponseMetadata><RequestId>\(requestId)</RequestId></ResponseMetadata>\
            </GetCallerIdentityResponse>
            """
    }

    private func lifetime(_ duration: Int?) -> TimeInterval {
        configuration.credentialLifetime ?? TimeInterval(duration ?? 3600)
    }

    // MARK: - Validation

    static let defaultAccount = "123456789012"

    static func validRoleArn(_ value: String?) throws -> String {
        guard let value, !value.isEmpty else { throw missing("RoleArn") }
        let fields = value.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard value.count >= 20, value.count <= 2048, fields.count == 6, fields[0] == "arn", fields[2] == "iam",
            fields[4].count == 12, fields[4].allSatisfy({ $0.isASCII && $0.isNumber }), fields[5].hasPrefix("role/"),
            fields[5].count > 5
        else {
            throw Failure(code: "ValidationError", message: "\(value) is invalid")
        }
        return value
    }

    static func validSessionName(_ value: String?) throws -> String {
        guard let value, !value.isEmpty else { throw missing("RoleSessionName") }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-")
        guard (2...64).contains(value.count), value.allSatisfy({ allowed.contains($0) }) else {
            throw Failure(
                code: "ValidationError",
                message: "1 validation error detected: Value '\(value)' at 'roleSessionName' failed to satisfy "
                    + "constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"
            )
        }
        return value
    }

    static func validDuration(_ value: String?) throws -> Int? {
        guard let value else { return nil }
        guard let seconds = Int(value), (900...43200).contains(seconds) else {
            throw Failure(
                code: "ValidationError",
                message: "1 validation error detected: Value '\(value)' at 'durationSeconds' failed to satisfy "
                    + "constraint: Member must have value greater than or equal to 900"
            )
        }
        return seconds
    }

    static func missing(_ name: String) -> Failure {
        Failure(code: "MissingParameter", message: "The request must contain the parameter \(name)")
    }

    // MARK: - Wire format

    /// Decodes `application/x-www-form-urlencoded` (`+` is a space); the last value of a repeated name wins.
    static func parseForm(_ body: [UInt8]) -> [String: String] {
        var form: [String: String] = [:]
        for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            form[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return form
    }

    static func assumedRoleArn(roleArn: String, sessionName: String) -> String {
        let fields = roleArn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        let account = fields.count == 6 ? String(fields[4]) : defaultAccount
        let roleName = fields.count == 6 ? String(fields[5].split(separator: "/").last ?? "role") : "role"
        return "arn:aws:sts::\(account):assumed-role/\(roleName)/\(sessionName)"
    }

    static func successXML(
        action: String,
        credentials: AWSCredentials,
        roleArn: String,
        sessionName: String,
        extra: String,
        requestId: String
    ) -> String {
        let expiration = credentials.expiration.map(Self.isoSeconds) ?? ""
        let arn = assumedRoleArn(roleArn: roleArn, sessionName: sessionName)
        let roleId = "AROA" + String(credentials.accessKeyId.dropFirst(4).prefix(17)) + ":" + sessionName
        return """
            <\(action)Response xmlns="\(namespace)">
              <\(action)Result>
                <AssumedRoleUser>
                  <Arn>\(escape(arn))</Arn>
                  <AssumedRoleId>\(escape(roleId))</AssumedRoleId>
                </AssumedRoleUser>
                <Credentials>
                  <AccessKeyId>\(credentials.accessKeyId)</AccessKeyId>
                  <SecretAccessKey>\(escape(credentials.secretAccessKey))</SecretAccessKey>
                  <SessionToken>\(escape(credentials.sessionToken ?? ""))</SessionToken>
                  <Expiration>\(expiration)</Expiration>
                </Credentials>
                \(extra)
              </\(action)Result>
              <ResponseMetadata>
                <RequestId>\(requestId)</RequestId>
              </ResponseMetadata>
            </\(action)Response>
            """
    }

    static func errorXML(_ failure: Failure, requestId: String) -> String {
        """
        <ErrorResponse xmlns="\(namespace)">
          <Error>
            <Type>\(failure.type)</Type>
            <Code>\(escape(failure.code))</Code>
            <Message>\(escape(failure.message))</Message>
          </Error>
          <RequestId>\(requestId)</RequestId>
        </ErrorResponse>
        """
    }

    /// `2026-11-26T16:20:00Z`, the form STS writes.
    static func isoSeconds(_ date: Date) -> String {
        // safe: UTC always exists
        date.formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: false, timeZone: TimeZone(secondsFromGMT: 0)!)
        )
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
