import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Sends one attempt over a caller-owned AsyncHTTPClient and reads the body up to a cap, within a deadline.
struct HTTPTransport: Sendable {
    let client: HTTPClient
    /// The per-attempt deadline, in seconds.
    let attemptTimeout: Double
    /// The largest response body read.
    let maxResponseBytes: Int

    func send(_ request: WireRequest, logger: Logger) async throws(TransportFailure) -> WireResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = .POST
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        let deadline = NIODeadline.now() + .nanoseconds(Int64(attemptTimeout * 1e9))
        do {
            let response = try await client.execute(outgoing, deadline: deadline, logger: logger)
            let body = try await response.body.collect(upTo: maxResponseBytes)
            return WireResponse(
                status: Int(response.status.code),
                headers: response.headers.map { ($0.name, $0.value) },
                body: Array(body.readableBytesView)
            )
        } catch is CancellationError {
            throw .connection(detail: "cancelled")
        } catch {
            throw classify(error)
        }
    }

    func classify(_ error: any Error) -> TransportFailure {
        if error is NIOTooManyBytesError { return .responseTooLarge(limit: maxResponseBytes) }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return .timeout(seconds: attemptTimeout)
            case .connectTimeout, .getConnectionFromPoolTimeout:
                return .timeout(seconds: nil)
            case .tlsHandshakeTimeout:
                return .tls(detail: "the TLS handshake timed out")
            case .remoteConnectionClosed:
                return .connection(detail: "the connection closed before a complete response arrived")
            default:
                return .connection(detail: "\(error)")
            }
        }
        let typeName = String(reflecting: type(of: error))
        if typeName.contains("SSL") || typeName.contains("TLS") || typeName.contains("Certificate") {
            return .tls(detail: "\(error)")
        }
        return .connection(detail: "\(error)")
    }
}
