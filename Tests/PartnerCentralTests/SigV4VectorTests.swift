import Foundation
import Testing

@testable import PartnerCentral

/// The aws-c-auth SigV4 suite, header-signing variant, one test per case.
///
/// Out of scope, and not copied: six `*-unnormalized` cases (`"normalize": false`) whose paths hold `.`, `..` or `//`.
/// They describe S3's signer, which does not normalise the path; every other service (Partner Central included)
/// normalises, and botocore does too. `get-space-unnormalized` is kept: its path has nothing to normalise, so it
/// checks the non-S3 encoding of a space (botocore reproduces it, 32 of 38). Query-string (presigned URL) signing
/// is not used by this client.
@Suite struct SigV4VectorTests {
    static let cases = [
        "get-header-key-duplicate", "get-header-value-multiline", "get-header-value-order", "get-header-value-trim",
        "get-relative-normalized", "get-relative-relative-normalized", "get-slash-dot-slash-normalized",
        "get-slash-normalized", "get-slash-pointless-dot-normalized", "get-slashes-normalized", "get-space-normalized",
        "get-space-unnormalized", "get-unreserved", "get-utf8", "get-vanilla", "get-vanilla-empty-query-key",
        "get-vanilla-query", "get-vanilla-query-order-encoded", "get-vanilla-query-order-key-case",
        "get-vanilla-query-unreserved", "get-vanilla-utf8-query", "get-vanilla-with-session-token",
        "post-header-key-case", "post-header-key-sort", "post-header-value-case", "post-sts-header-after",
        "post-sts-header-before", "post-vanilla", "post-vanilla-empty-query-value", "post-vanilla-query",
        "post-x-www-form-urlencoded", "post-x-www-form-urlencoded-parameters",
    ]

    @Test(arguments: cases)
    func headerSigning(_ name: String) throws {
        let vector = try SigV4Vector(name: name)
        let signer = SigV4Signer(credentials: vector.credentials, service: vector.service, region: vector.region)

        let signed = signer.signHeaders(
            vector.request,
            signPayloadHash: vector.signBody,
            omitSecurityToken: vector.omitSessionToken,
            date: vector.date
        )

        #expect(signed.canonicalRequest == vector.expected("header-canonical-request.txt"))
        #expect(signed.stringToSign == vector.expected("header-string-to-sign.txt"))
        #expect(signed.signature == vector.expected("header-signature.txt"))
        #expect(signed.headers.last?.name == "Authorization")
        #expect(signed.headers.last?.value == vector.expectedAuthorization)
    }

    @Test(arguments: cases)
    func verifierRecomputesTheSameSignature(_ name: String) throws {
        // The emulator's path: given the signed request and the header list from the Authorization header, the
        // public `signature(for:signedHeaders:date:)` must reproduce the signature.
        let vector = try SigV4Vector(name: name)
        let signer = SigV4Signer(credentials: vector.credentials, service: vector.service, region: vector.region)
        let signed = signer.signHeaders(
            vector.request,
            signPayloadHash: vector.signBody,
            omitSecurityToken: vector.omitSessionToken,
            date: vector.date
        )
        let authorization = try #require(SigV4Authorization(header: signed.authorization))
        var received = vector.request
        received.headers = signed.headers

        let recomputed = signer.signature(
            for: received,
            signedHeaders: authorization.signedHeaders,
            date: vector.date
        )

        #expect(recomputed == vector.expected("header-signature.txt"))
        #expect(authorization.signature == recomputed)
        #expect(authorization.accessKeyId == "AKIDEXAMPLE")
    }
}

/// One case directory: `context.json`, `request.txt` and the expected `header-*` files.
struct SigV4Vector {
    let name: String
    let credentials: AWSCredentials
    let region: String
    let service: String
    let date: Date
    let signBody: Bool
    let omitSessionToken: Bool
    let request: SigV4Request

    private struct Context: Decodable {
        struct Credentials: Decodable {
            let access_key_id: String
            let secret_access_key: String
            let token: String?
        }
        let credentials: Credentials
        let region: String
        let service: String
        let timestamp: String
        let sign_body: Bool
        let omit_session_token: Bool?
    }

    init(name: String) throws {
        self.name = name
        let context = try JSONDecoder().decode(Context.self, from: Fixtures.data("sigv4/\(name)/context.json"))
        credentials = AWSCredentials(
            accessKeyId: context.credentials.access_key_id,
            secretAccessKey: context.credentials.secret_access_key,
            sessionToken: context.credentials.token
        )
        region = context.region
        service = context.service
        date = try #require(ISO8601DateFormatter().date(from: context.timestamp))
        signBody = context.sign_body
        omitSessionToken = context.omit_session_token ?? false
        request = try SigV4Vector.parse(try Fixtures.text("sigv4/\(name)/request.txt"), signBody: signBody)
    }

    func expected(_ file: String) -> String {
        let text = (try? Fixtures.text("sigv4/\(name)/\(file)")) ?? "<missing \(file)>"
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    var expectedAuthorization: String? {
        expected("header-signed-request.txt").split(separator: "\n")
            .first { $0.hasPrefix("Authorization:") }
            .map { String($0.dropFirst("Authorization:".count)) }
    }

    /// Parses `METHOD target HTTP/1.1`, `Name:value` lines (indented lines continue the previous value), a blank
    /// line and the body. The target may contain spaces (`/example space/`).
    static func parse(_ text: String, signBody: Bool) throws -> SigV4Request {
        var lines = text.components(separatedBy: "\n")
        let requestLine = lines.removeFirst()
        let method = String(requestLine.prefix { $0 != " " })
        var target = String(requestLine.dropFirst(method.count + 1))
        if target.hasSuffix(" HTTP/1.1") { target.removeLast(" HTTP/1.1".count) }
        var headers: [(name: String, value: String)] = []
        while let line = lines.first, !line.isEmpty {
            lines.removeFirst()
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += "\n" + line
                continue
            }
            let colon = try #require(line.firstIndex(of: ":"))
            headers.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
        }
        let body = lines.dropFirst().joined(separator: "\n")
        let path: String
        let query: [(name: String, value: String)]
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = SigV4Request.parseQuery(String(target[target.index(after: mark)...]))
        } else {
            path = target
            query = []
        }
        // sign_body false means the empty-string hash (every such case has an empty body)
        let hash = signBody ? SigV4Request.sha256Hex(Array(body.utf8)) : SigV4Request.emptyPayloadHash
        return SigV4Request(method: method, path: path, query: query, headers: headers, payloadHash: hash)
    }
}
