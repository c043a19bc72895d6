import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix

/// Sends one attempt over a caller-owned AsyncHTTPClient and reads the body up to a cap, within a deadline.
struct HTTPTransport: Sendable {
    let client: HTTPClient
    /// The per-attempt deadline, in seconds.
    let attemptTimeout: Double
    /// The largest response body read.
    let maxResponseBytes: Int
    /// The HTTP client's connect timeout, in seconds, for messages (`nil` when unknown).
    var connectTimeout: Double? = nil

    func send(_ request: WireRequest, logger: Logger) async throws(TransportFailure) -> WireResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = .POST
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        let deadline = NIODeadline.now() + .nanoseconds(Int64(attemptTimeout * 1e9))
        let (client, limit, request) = (self.client, maxResponseBytes, outgoing)
        do {
            // The deadline covers the whole attempt, to the body's last byte.
            return try await withWholeRequestDeadline(seconds: attemptTimeout) {
                let response = try await client.execute(request, deadline: deadline, logger: logger)
                let body = try await response.body.collect(upTo: limit)
                return WireResponse(
                    status: Int(response.status.code),
                    headers: response.headers.map { ($0.name, $0.value) },
                    body: Array(body.readableBytesView)
                )
            }
        } catch is CancellationError {
            throw .connection(detail: "cancelled")
        } catch {
            // The library's own description (NIO types, errno dumps) is for the debug log, never for the message; and
            // not even there when it may quote a header value.
            let detail = HTTPErrorText.isInvalidHeader(error) ? HTTPErrorText.safe(error) : String(reflecting: error)
            logger.debug("transport error", metadata: ["error": "\(detail)"])
            throw classify(error)
        }
    }

    /// Maps AsyncHTTPClient and NIO errors to what a person can act on.
    func classify(_ error: any Error) -> TransportFailure {
        if error is NIOTooManyBytesError { return .responseTooLarge(limit: maxResponseBytes) }
        if let failure = connectFailure(error) { return .cannotConnect(failure) }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return .timeout(seconds: attemptTimeout)
            case .connectTimeout, .getConnectionFromPoolTimeout:
                return .cannotConnect(.timedOut(seconds: connectTimeout))
            case .tlsHandshakeTimeout:
                return .tls(detail: "the TLS handshake timed out")
            case .remoteConnectionClosed:
                return .connection(detail: "the connection closed before a complete response arrived")
            case .cancelled:
                return .connection(detail: "cancelled")
            default:
                return .connection(detail: "the connection failed")
            }
        }
        let typeName = String(reflecting: type(of: error))
        if typeName.contains("SSL") || typeName.contains("TLS") || typeName.contains("Certificate") {
            return .tls(detail: "the server's certificate or TLS handshake was not accepted")
        }
        if error is ChannelError || error is IOError {
            return .connection(detail: "the connection closed before a complete response arrived")
        }
        return .connection(detail: "the connection failed")
    }

    /// The reason a connection could not be made, when `error` is a connect failure (NIO reports these as an
    /// `IOError` from connect(2), a `NIOConnectionError` from its resolver and Happy Eyeballs, or a resolver error).
    func connectFailure(_ error: any Error) -> ConnectFailure? {
        if let error = error as? NIOConnectionError {
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                return .unknownHost
            }
            return error.connectionErrors.lazy.compactMap { connectFailure($0.error) }.first ?? .refused
        }
        if error is SocketAddressError.UnknownHost { return .unknownHost }
        if case .connectTimeout? = error as? ChannelError { return .timedOut(seconds: connectTimeout) }
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return .refused
            case ENETUNREACH, EHOSTUNREACH, ENETDOWN, EHOSTDOWN: return .unreachable
            case ETIMEDOUT: return .timedOut(seconds: connectTimeout)
            default: return nil
            }
        }
        return nil
    }
}
