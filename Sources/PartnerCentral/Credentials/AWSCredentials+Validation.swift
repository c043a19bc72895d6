extension AWSCredentials {
    /// The credentials if every part can go into an HTTP header and a SigV4 canonical request as it is.
    ///
    /// A line break or other control character (a file saved with CRLF endings, a key pasted with its newline)
    /// would otherwise reach the HTTP client, whose errors quote the header, so it is refused here, before anything
    /// is signed or sent. The error names the part and its source, never the value.
    ///
    /// - Parameter source: where the credentials came from (`the environment`, `profile dev in ~/.aws/credentials`).
    /// - Throws: ``CredentialsError/malformedCredential(credential:source:)``.
    public func validated(source: String) throws(CredentialsError) -> AWSCredentials {
        let parts: [(String, String?)] = [
            ("access key id", accessKeyId), ("secret access key", secretAccessKey), ("session token", sessionToken),
        ]
        for case (let name, let value?) in parts where Self.hasControlCharacter(value) {
            throw .malformedCredential(credential: name, source: source)
        }
        return self
    }

    /// Whether `value` holds a character no header value may carry (C0 and C1 controls, DEL).
    static func hasControlCharacter(_ value: String) -> Bool {
        value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
    }
}
