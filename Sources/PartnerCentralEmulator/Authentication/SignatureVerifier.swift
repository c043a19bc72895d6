import Foundation
import PartnerCentral

/// Verifies SigV4 `Authorization` headers with the client's own signer (`SigV4Signer`), as the service does.
///
/// Checks, in the service's order: a signature is present (`MissingAuthenticationTokenException`), it parses
/// (`IncompleteSignatureException`), the access key is known (`UnrecognizedClientException`, or
/// `ExpiredTokenException`), the session token matches (`UnrecognizedClientException`), the scope names this
/// service and region, the date is within 15 minutes, and the signature matches (`InvalidSignatureException`).
public struct SignatureVerifier: Sendable {
    /// The signing name requests must be scoped to, e.g. `partnercentral-selling` (identity routes use `sts`).
    public let service: String
    /// The region requests must be scoped to.
    public let region: String
    /// Who holds which keys.
    public let authorities: [any CredentialAuthority]
    /// The emulator's wall clock.
    public let now: @Sendable () -> Date
    /// The largest accepted difference between `X-Amz-Date` and the clock.
    public static let maximumSkew: TimeInterval = 15 * 60

    /// Creates a verifier.
    public init(
        service: String, region: String, authorities: [any CredentialAuthority], now: @escaping @Sendable () -> Date
    ) {
        self.service = service
        self.region = region
        self.authorities = authorities
        self.now = now
    }

    /// The access key id of a request whose signature holds.
    ///
    /// - Parameters:
    ///   - headers: every header as received, including `host` (HTTP/2-style requests carry it as the authority).
    ///   - body: the raw body bytes.
    /// - Throws: ``AWSJSONError`` with the service's code for the first check that fails.
    public func verify(
        method: String, path: String, query: String?, headers: [(name: String, value: String)], body: [UInt8]
    ) async throws(AWSJSONError) -> String {
        func header(_ name: String) -> String? {
            let values = headers.filter { $0.name.lowercased() == name }.map(\.value)
            return values.isEmpty ? nil : values.joined(separator: ",")
        }
        guard let authorization = header("authorization") else { throw .missingAuthenticationToken }
        let parsed = try SignatureVerifier.parse(authorization)
        let now = self.now()
        var lookup = CredentialLookup.unknown
        for authority in authorities {
            lookup = await authority.lookup(accessKeyId: parsed.accessKeyId, now: now)
            if lookup != .unknown { break }
        }
        let secret: String
        switch lookup {
        case .unknown: throw .unrecognizedClient
        case .expired: throw .expiredToken
        case .known(let secretAccessKey, let expectedToken):
            guard header("x-amz-security-token") == expectedToken else { throw .unrecognizedClient }
            secret = secretAccessKey
        }
        guard parsed.scope.count == 4, parsed.scope[3] == "aws4_request" else {
            throw .incompleteSignature(
                "Credential should be scoped to a valid region, not '\(parsed.scope.joined(separator: "/"))'.")
        }
        guard parsed.scope[2] == service else {
            throw .invalidSignature("Credential should be scoped to correct service: '\(service)'. ")
        }
        guard parsed.scope[1] == region else {
            throw .invalidSignature("Credential should be scoped to a valid region. ")
        }
        guard let amzDateText = header("x-amz-date") ?? header("date"),
            let date = SigV4Signer.parseAmzDate(amzDateText)
        else {
            throw .incompleteSignature(
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
        }
        let skew = date.timeIntervalSince(now)
        if skew < -SignatureVerifier.maximumSkew {
            throw .invalidSignature(
                "Signature expired: \(amzDateText) is now earlier than "
                    + "\(SigV4Signer.amzDate(now.addingTimeInterval(-SignatureVerifier.maximumSkew))) "
                    + "(\(SigV4Signer.amzDate(now)) - 15 min.)")
        }
        if skew > SignatureVerifier.maximumSkew {
            throw .invalidSignature(
                "Signature not yet current: \(amzDateText) is still later than "
                    + "\(SigV4Signer.amzDate(now.addingTimeInterval(SignatureVerifier.maximumSkew))) "
                    + "(\(SigV4Signer.amzDate(now)) + 15 min.)")
        }
        guard parsed.signedHeaders.contains("host") else {
            throw .invalidSignature("'Host' must be a 'SignedHeader' in the AWS Authorization.")
        }
        let signer = SigV4Signer(
            credentials: AWSCredentials(accessKeyId: parsed.accessKeyId, secretAccessKey: secret),
            service: parsed.scope[2], region: parsed.scope[1])
        guard signer.credentialScope(date: date) == parsed.scope.joined(separator: "/") else {
            throw .invalidSignature(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
                    + "'\(parsed.scope[0])' != '\(amzDateText.prefix(8))', from '\(amzDateText)'.")
        }
        var payloadHash = SigV4Request.sha256Hex(body)
        if let declared = header("x-amz-content-sha256") {
            guard declared == payloadHash || declared == "UNSIGNED-PAYLOAD" else {
                throw .invalidSignature("The provided 'x-amz-content-sha256' header does not match what was computed.")
            }
            payloadHash = declared
        }
        let request = SigV4Request(
            method: method, path: path, query: query.map(SigV4Request.parseQuery) ?? [], headers: headers,
            payloadHash: payloadHash)
        let expected = signer.signature(for: request, signedHeaders: parsed.signedHeaders, date: date)
        guard SignatureVerifier.constantTimeEqual(expected, parsed.signature) else {
            throw .invalidSignature(
                "The request signature we calculated does not match the signature you provided. Check your AWS "
                    + "Secret Access Key and signing method. Consult the service documentation for details.")
        }
        return parsed.accessKeyId
    }

    struct ParsedAuthorization {
        var accessKeyId: String
        var scope: [String]
        var signedHeaders: [String]
        var signature: String
    }

    /// Parses `AWS4-HMAC-SHA256 Credential=AKID/20261126/us-east-1/service/aws4_request, SignedHeaders=a;b, Signature=…`.
    static func parse(_ authorization: String) throws(AWSJSONError) -> ParsedAuthorization {
        let prefix = SigV4Signer.algorithm + " "
        guard authorization.hasPrefix(prefix) else {
            throw .incompleteSignature("Authorization header must use the \(SigV4Signer.algorithm) algorithm.")
        }
        var fields: [String: String] = [:]
        for part in authorization.dropFirst(prefix.count).split(separator: ",") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
        }
        guard let credential = fields["Credential"], let signedHeaders = fields["SignedHeaders"],
            let signature = fields["Signature"]
        else {
            throw .incompleteSignature(
                "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters. "
                    + "Authorization=\(SigV4Signer.algorithm) <redacted>")
        }
        let credentialParts = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard credentialParts.count >= 2, !credentialParts[0].isEmpty else {
            throw .incompleteSignature("Authorization header has a malformed 'Credential' parameter.")
        }
        return ParsedAuthorization(
            accessKeyId: credentialParts[0], scope: Array(credentialParts.dropFirst()),
            signedHeaders: signedHeaders.split(separator: ";").map { $0.lowercased() }, signature: signature)
    }

    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
