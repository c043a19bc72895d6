import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads STS's Query-protocol XML responses with Foundation's `XMLParser`.
///
/// The parser records the text of every element by its path from the root (`AssumeRoleResponse/AssumeRoleResult/
/// Credentials/AccessKeyId`), so the same reader serves `AssumeRole`, `AssumeRoleWithWebIdentity` and the
/// `ErrorResponse` shape without matching strings in the raw body.
enum STSResponseParser {
    /// The credentials and the assumed role of a successful `AssumeRole*` response.
    struct AssumedRole: Sendable, Equatable {
        var credentials: AWSCredentials
        /// `AssumedRoleUser/Arn`, e.g. `arn:aws:sts::123456789012:assumed-role/Triage/session`.
        var assumedRoleArn: String?
        var assumedRoleId: String?
    }

    /// An `ErrorResponse/Error`.
    struct ServiceError: Sendable, Equatable {
        var code: String
        var message: String
        var type: String?
        var requestId: String?
    }

    /// Parses a successful response of `action` (`AssumeRole` or `AssumeRoleWithWebIdentity`).
    static func parseAssumedRole(_ body: Data, action: String) throws -> AssumedRole {
        let values = try elementTexts(body)
        let result = "\(action)Response/\(action)Result"
        func required(_ path: String) throws -> String {
            guard let value = values["\(result)/\(path)"], !value.isEmpty else {
                throw STSError.malformedResponse("STS \(action) response has no \(path)")
            }
            return value
        }
        let expirationText = try required("Credentials/Expiration")
        guard let expiration = Timestamp.parse(expirationText) else {
            throw STSError.malformedResponse(
                "STS \(action) response has an unreadable Expiration \"\(expirationText)\""
            )
        }
        let credentials = AWSCredentials(
            accessKeyId: try required("Credentials/AccessKeyId"),
            secretAccessKey: try required("Credentials/SecretAccessKey"),
            sessionToken: try required("Credentials/SessionToken"),
            expiration: expiration
        )
        return AssumedRole(
            credentials: credentials,
            assumedRoleArn: values["\(result)/AssumedRoleUser/Arn"],
            assumedRoleId: values["\(result)/AssumedRoleUser/AssumedRoleId"]
        )
    }

    /// Parses an `ErrorResponse`; `nil` when the body is not one (an HTML page from a proxy, an empty body).
    static func parseError(_ body: Data) -> ServiceError? {
        guard let values = try? elementTexts(body), let code = values["ErrorResponse/Error/Code"] else { return nil }
        return ServiceError(
            code: code,
            message: values["ErrorResponse/Error/Message"] ?? "",
            type: values["ErrorResponse/Error/Type"],
            requestId: values["ErrorResponse/RequestId"]
        )
    }

    /// The trimmed text of every leaf element, keyed by its slash-separated path from the root.
    static func elementTexts(_ body: Data) throws -> [String: String] {
        let collector = PathCollector()
        let parser = XMLParser(data: body)
        parser.delegate = collector
        guard parser.parse() else {
            throw STSError.malformedResponse(
                "STS response is not XML: \(parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error")"
            )
        }
        return collector.values
    }
}

/// `XMLParserDelegate` that records element texts by path; used once, on one thread.
private final class PathCollector: NSObject, XMLParserDelegate {
    var values: [String: String] = [:]
    private var path: [String] = []
    private var text = ""

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        path.append(elementName)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let key = path.joined(separator: "/")
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if values[key] == nil, !trimmed.isEmpty { values[key] = trimmed }
        text = ""
        path.removeLast()
    }
}
