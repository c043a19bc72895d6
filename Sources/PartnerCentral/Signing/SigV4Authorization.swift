import Foundation

/// A parsed SigV4 `Authorization` header, for a server that verifies requests.
///
/// `AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=…`
package struct SigV4Authorization: Sendable, Hashable {
    /// The access key id from the credential scope.
    package let accessKeyId: String
    /// The scope's day, `yyyyMMdd`.
    package let day: String
    /// The scope's region.
    package let region: String
    /// The scope's service.
    package let service: String
    /// The signed header names, lowercase, as listed.
    package let signedHeaders: [String]
    /// The hex signature.
    package let signature: String

    /// Parses a header value; `nil` when it is not a well-formed SigV4 header.
    package init?(header: String) {
        let prefix = SigV4Signer.algorithm + " "
        guard header.hasPrefix(prefix) else { return nil }
        var fields: [String: String] = [:]
        for part in header.dropFirst(prefix.count).split(separator: ",") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { return nil }
            fields[String(pair[0])] = String(pair[1])
        }
        guard let credential = fields["Credential"], let signed = fields["SignedHeaders"],
            let signature = fields["Signature"], !signature.isEmpty
        else { return nil }
        let scope = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, scope[4] == "aws4_request", !scope[0].isEmpty else { return nil }
        accessKeyId = scope[0]
        day = scope[1]
        region = scope[2]
        service = scope[3]
        signedHeaders = signed.split(separator: ";").map(String.init)
        self.signature = signature
    }
}
