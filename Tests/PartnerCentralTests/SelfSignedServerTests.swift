import AsyncHTTPClient
import Foundation
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentral

/// An HTTPS endpoint whose certificate nobody vouches for is refused before any request is sent, in one line that
/// names no library internals or build paths.
@Suite struct SelfSignedServerTests {
    /// Python's `ssl` serving a certificate made on the spot by `openssl req`; prints its port, then serves.
    static let server = #"""
        import http.server, os, ssl, subprocess, sys, tempfile
        directory = tempfile.mkdtemp()
        cert, key = os.path.join(directory, "cert.pem"), os.path.join(directory, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                        "-days", "1", "-keyout", key, "-out", cert], check=True, capture_output=True)
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                sys.stderr.write("request reached the server\n")
                self.send_response(200); self.end_headers(); self.wfile.write(b"{}")
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        print(httpd.server_address[1], flush=True)
        httpd.serve_forever()
        """#

    @Test func aSelfSignedCertificateIsRefusedInOneCleanLine() async throws {
        let child = try await ChildProcess(
            "/usr/bin/env", ["python3", "-c", Self.server], environment: ProcessInfo.processInfo.environment)
        // SIGKILL: a child started from a worker thread inherits its blocked signals, SIGTERM among them.
        defer { child.signal(SIGKILL) }
        // The port is the first line, once the certificate is made (generous: a loaded machine makes keys slowly).
        guard await child.waitForOutput(timeout: .seconds(120), { $0.contains("\n") }) else {
            throw CocoaError(.fileReadUnknown)
        }
        let port = String(child.stdout.prefix { $0 != "\n" })
        let configuration = ClientConfiguration(
            endpoint: try Endpoint("https://localhost:\(port)"),
            credentialProvider: StaticCredentialProvider(ClientHarness.credentials),
            retryPolicy: .none)
        // The client's own HTTP set-up, which reports a failed handshake at once instead of retrying it.
        let httpClient = HTTPClient(
            eventLoopGroupProvider: .singleton, configuration: PartnerCentralClient.httpClientConfiguration())
        let client = PartnerCentralClient(configuration: configuration, httpClient: httpClient)
        do {
            _ = try await client.getEngagementInvitation(
                GetEngagementInvitationRequest(catalog: "Sandbox", identifier: "engi-0000000000001"))
            Issue.record("a self-signed certificate was accepted")
        } catch let error as PartnerCentralError {
            guard error.code == .transport, error.transportFailure?.code == .tls else {
                Issue.record("expected a TLS failure, got \(error.message)")
                return
            }
            #expect(!error.message.contains("\n"))
            // No source paths or library type names from the TLS stack.
            #expect(!error.message.contains(".swift") && !error.message.contains("NIOSSL"), "\(error.message)")
            #expect(error.message.contains("certificate"))
            #expect(!error.message.contains(ClientHarness.credentials.secretAccessKey))
        }
        try await httpClient.shutdown()
    }
}
