import Crypto
import Foundation

/// AWS Signature Version 4 for request headers: a small value and a pure function of request, credentials and date.
///
/// The step functions follow the spec's names (`canonicalRequest`, `stringToSign`, `signingKey`, `signature`) and
/// are public so a server (the emulator) verifies an incoming request with the same code that signed it.
///
/// ```swift
/// let signer = SigV4Signer(credentials: creds, service: "partnercentral-selling", region: "us-east-1")
/// let signed = signer.signHeaders(request, date: now)
/// ```
package struct SigV4Signer: Sendable {
    /// The credentials that sign.
    package let credentials: AWSCredentials
    /// The signing name of the service, e.g. `partnercentral-selling`.
    package let service: String
    /// The signing region, e.g. `us-east-1`.
    package let region: String
    let keyCache: SigningKeyCache

    /// The algorithm name in the string to sign and the `Authorization` header.
    package static let algorithm = "AWS4-HMAC-SHA256"

    /// Headers never signed because proxies and the HTTP stack may change them (the botocore list).
    static let unsignedHeaders: Set<String> = [
        "authorization", "expect", "transfer-encoding", "user-agent", "x-amzn-trace-id",
    ]

    /// Creates a signer; the signing key cache is shared by every signer in the process unless one is passed.
    package init(credentials: AWSCredentials, service: String, region: String) {
        self.init(credentials: credentials, service: service, region: region, keyCache: .shared)
    }

    init(credentials: AWSCredentials, service: String, region: String, keyCache: SigningKeyCache) {
        self.credentials = credentials
        self.service = service
        self.region = region
        self.keyCache = keyCache
    }

    // MARK: - Signing a request

    /// Signs a request's headers and returns the headers to send plus the intermediate steps (for `--debug`).
    ///
    /// - Parameters:
    ///   - request: the unsigned request; every header in it is signed except `User-Agent` and friends.
    ///   - signPayloadHash: add and sign `x-amz-content-sha256` (S3 style; off for JSON services).
    ///   - omitSecurityToken: add `X-Amz-Security-Token` after signing instead of signing it.
    ///   - date: the signing instant; the caller's clock.
    /// - Returns: the signed result; ``SigV4SignedRequest/headers`` is the complete header list to send.
    package func signHeaders(
        _ request: SigV4Request,
        signPayloadHash: Bool = false,
        omitSecurityToken: Bool = false,
        date: Date
    ) -> SigV4SignedRequest {
        var toSign = request
        let amzDate = SigV4Signer.amzDate(date)
        var added: [(name: String, value: String)] = [("X-Amz-Date", amzDate)]
        if signPayloadHash { added.append(("x-amz-content-sha256", request.payloadHash)) }
        if let token = credentials.sessionToken, !omitSecurityToken { added.append(("X-Amz-Security-Token", token)) }
        toSign.headers.removeAll { name in
            ["x-amz-date", "x-amz-security-token", "authorization"].contains(name.name.lowercased())
                || (signPayloadHash && name.name.lowercased() == "x-amz-content-sha256")
        }
        toSign.headers += added
        let signedHeaders = SigV4Signer.signableHeaderNames(toSign.headers)
        let canonical = canonicalRequest(toSign, signedHeaders: signedHeaders)
        let stringToSign = stringToSign(canonicalRequest: canonical, date: date)
        let signature = signature(stringToSign: stringToSign, date: date)
        let authorization =
            "\(SigV4Signer.algorithm) Credential=\(credentials.accessKeyId)/\(credentialScope(date: date)), "
            + "SignedHeaders=\(signedHeaders.joined(separator: ";")), Signature=\(signature)"
        var headers = toSign.headers
        if let token = credentials.sessionToken, omitSecurityToken { headers.append(("X-Amz-Security-Token", token)) }
        headers.append(("Authorization", authorization))
        return SigV4SignedRequest(
            headers: headers,
            canonicalRequest: canonical,
            stringToSign: stringToSign,
            signature: signature,
            authorization: authorization
        )
    }

    /// The signature of a request over the given signed headers: what a verifier compares with the one it received.
    package func signature(for request: SigV4Request, signedHeaders: [String], date: Date) -> String {
        let canonical = canonicalRequest(request, signedHeaders: signedHeaders)
        return signature(stringToSign: stringToSign(canonicalRequest: canonical, date: date), date: date)
    }

    // MARK: - The spec's steps

    /// Task 1: the canonical request.
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request
    ///
    /// - Parameter signedHeaders: lowercase names of the headers to include, in any order.
    package func canonicalRequest(_ request: SigV4Request, signedHeaders: [String]) -> String {
        let names = Set(signedHeaders.map { $0.lowercased() })
        let canonicalHeaders = SigV4Signer.canonicalHeaders(request.headers, only: names)
        let sortedNames = canonicalHeaders.map(\.name)
        return [
            request.method.uppercased(),
            SigV4Signer.canonicalURI(request.path),
            SigV4Signer.canonicalQuery(request.query),
            canonicalHeaders.map { "\($0.name):\($0.value)\n" }.joined(),
            sortedNames.joined(separator: ";"),
            request.payloadHash,
        ].joined(separator: "\n")
    }

    /// Task 2: the string to sign.
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-string-to-sign
    package func stringToSign(canonicalRequest: String, date: Date) -> String {
        [
            SigV4Signer.algorithm,
            SigV4Signer.amzDate(date),
            credentialScope(date: date),
            SigV4Request.sha256Hex(Array(canonicalRequest.utf8)),
        ].joined(separator: "\n")
    }

    /// Task 3: the signing key, derived from the secret key, day, region and service (cached per day).
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#derive-signing-key
    func signingKey(date: Date) -> SymmetricKey {
        let day = SigV4Signer.dayStamp(date)
        return keyCache.key(secret: credentials.secretAccessKey, day: day, region: region, service: service) {
            let secret = SymmetricKey(data: Array("AWS4\(credentials.secretAccessKey)".utf8))
            let kDate = hmac(day, key: secret)
            let kRegion = hmac(region, key: kDate)
            let kService = hmac(service, key: kRegion)
            return hmac("aws4_request", key: kService)
        }
    }

    /// Task 4: the signature, lowercase hex HMAC of the string to sign.
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#calculate-signature
    package func signature(stringToSign: String, date: Date) -> String {
        let key = signingKey(date: date)
        return Array(HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: key)).hexString
    }

    /// `20150830/us-east-1/service/aws4_request`.
    package func credentialScope(date: Date) -> String {
        "\(SigV4Signer.dayStamp(date))/\(region)/\(service)/aws4_request"
    }

    private func hmac(_ text: String, key: SymmetricKey) -> SymmetricKey {
        SymmetricKey(data: Array(HMAC<SHA256>.authenticationCode(for: Array(text.utf8), using: key)))
    }
}

// MARK: - Canonicalisation

extension SigV4Signer {
    /// The lowercase, sorted, de-duplicated names of the headers `signHeaders` signs.
    static func signableHeaderNames(_ headers: [(name: String, value: String)]) -> [String] {
        Array(Set(headers.map { $0.name.lowercased() }).subtracting(unsignedHeaders)).sorted()
    }

    /// Headers as `name:value` pairs: names lowercased and sorted, repeated names joined with `,` in order, values
    /// trimmed with inner whitespace runs (including folded lines) collapsed to one space.
    static func canonicalHeaders(
        _ headers: [(name: String, value: String)],
        only names: Set<String>
    ) -> [(name: String, value: String)] {
        var values: [String: [String]] = [:]
        for header in headers {
            let name = header.name.lowercased()
            guard names.contains(name) else { continue }
            values[name, default: []].append(canonicalHeaderValue(header.value))
        }
        return values.keys.sorted().map { ($0, values[$0]!.joined(separator: ",")) }  // safe: key from the dictionary
    }

    /// One header value as it is signed: trimmed, inner whitespace runs collapsed to one space.
    static func canonicalHeaderValue(_ value: String) -> String {
        value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The path with `.`/`..` segments removed and `//` collapsed, each segment URI-encoded.
    static func canonicalURI(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        guard !segments.isEmpty else { return "/" }
        let encoded = "/" + segments.map { uriEncode(String($0)) }.joined(separator: "/")
        return path.hasSuffix("/") ? encoded + "/" : encoded
    }

    /// Encoded `name=value` pairs sorted by name, then value, joined with `&`.
    static func canonicalQuery(_ query: [(name: String, value: String)]) -> String {
        let encoded: [(name: String, value: String)] = query.map { (uriEncode($0.name), uriEncode($0.value)) }
        let sorted = encoded.sorted { lhs, rhs in lhs.name == rhs.name ? lhs.value < rhs.value : lhs.name < rhs.name }
        return sorted.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    }

    /// RFC 3986 encoding: everything except `A-Z a-z 0-9 - . _ ~` becomes `%XX` (uppercase) of its UTF-8 bytes.
    static func uriEncode(_ text: String) -> String {
        var out: [UInt8] = []
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            if unreserved.contains(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0f)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let unreserved: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
    )
}

// MARK: - Dates

extension SigV4Signer {
    /// `20150830T123600Z`, the `X-Amz-Date` format.
    package static func amzDate(_ date: Date) -> String {
        let c = utcComponents(date)
        // Safe to force unwrap: every component was requested.
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// Parses an `X-Amz-Date` value; `nil` when malformed.
    package static func parseAmzDate(_ text: String) -> Date? {
        let digits = Array(text.utf8)
        guard digits.count == 16, digits[8] == UInt8(ascii: "T"), digits[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? { Int(String(decoding: digits[range], as: UTF8.self)) }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
            let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15)
        else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        (components.hour, components.minute, components.second) = (hour, minute, second)
        return utcCalendar.date(from: components)
    }

    /// `20150830`, the credential scope's day.
    static func dayStamp(_ date: Date) -> String {
        let c = utcComponents(date)
        return String(format: "%04d%02d%02d", c.year!, c.month!, c.day!)  // safe: all requested
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!  // safe: zero offset always exists
        return calendar
    }()

    private static func utcComponents(_ date: Date) -> DateComponents {
        utcCalendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }
}
