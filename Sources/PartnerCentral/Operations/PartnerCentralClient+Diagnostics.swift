import Logging

extension PartnerCentralClient {
    /// The level diagnostics are logged at: debug with `--debug`, else trace.
    var diagnosticLevel: Logger.Level { configuration.debug ? .debug : .trace }

    /// Logs what `aws --debug` shows about a request (method, target, canonical request, string to sign), with the
    /// session token and signature redacted; the secret key is never part of any of these.
    func logRequest(
        _ operation: Operation,
        signed: SigV4SignedRequest,
        credentials: AWSCredentials,
        attempt: Int,
        bodyBytes: Int
    ) {
        guard logger.logLevel <= diagnosticLevel else { return }
        let canonical = PartnerCentralClient.redact(signed.canonicalRequest, token: credentials.sessionToken)
        let headers = signed.headers.map { header -> String in
            switch header.name.lowercased() {
            case "authorization": return "Authorization: \(signed.redactedAuthorization)"
            case "x-amz-security-token": return "X-Amz-Security-Token: <redacted>"
            default: return "\(header.name): \(header.value)"
            }
        }
        logger.log(
            level: diagnosticLevel,
            "sending request",
            metadata: [
                "http.method": "POST", "url": "\(configuration.endpoint.url.absoluteString)",
                "aws.operation": "\(operation.rawValue)", "aws.target": "\(operation.target)",
                "attempt": "\(attempt)", "body-bytes": "\(bodyBytes)",
                "headers": "\(headers.joined(separator: "\n"))",
                "canonical-request": "\(canonical)", "string-to-sign": "\(signed.stringToSign)",
            ]
        )
    }

    func logResponse(_ operation: Operation, _ response: WireResponse) {
        guard logger.logLevel <= diagnosticLevel else { return }
        let text = String(decoding: response.body.prefix(4096), as: UTF8.self)
        logger.log(
            level: diagnosticLevel,
            "received response",
            metadata: [
                "aws.operation": "\(operation.rawValue)", "http.status": "\(response.status)",
                "aws.request-id": "\(response.header("x-amzn-RequestId") ?? "-")",
                "body": "\(PartnerCentralError.oneLine(text, limit: 4096))",
            ]
        )
    }

    /// Replaces the session token wherever it appears (the canonical request signs it), in the form given and in
    /// the canonical form SigV4 signs (trimmed, runs of spaces made one), so a token with a stray space is redacted too.
    static func redact(_ text: String, token: String?) -> String {
        guard let token, !token.isEmpty else { return text }
        let canonical = SigV4Signer.canonicalHeaderValue(token)
        var result = text
        for form in Set([token, canonical]).sorted(by: { $0.count > $1.count }) where !form.isEmpty {
            result = result.replacingOccurrences(of: form, with: "<redacted>")
        }
        return result
    }
}
