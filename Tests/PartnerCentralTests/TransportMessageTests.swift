import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

@testable import PartnerCentral

/// What a person reads when a request does not complete, and how the networking library's errors are classified.
@Suite struct TransportMessageTests {
    static let context = ErrorContext(
        operation: .listEngagementInvitations, catalog: "Sandbox", host: "127.0.0.1:4777", attempts: 3, elapsed: 0.31)

    /// No networking-library text, errno dump or unbalanced parenthesis in a message.
    static func expectNoLibraryText(_ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for libraryText in [
            "NIO", "errno", "IOError", "HTTPClientError", "(error set)", "connection reset", "Optional(",
        ] {
            #expect(!message.contains(libraryText), "\(libraryText) in: \(message)", sourceLocation: sourceLocation)
        }
        var depth = 0
        for character in message {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            #expect(depth >= 0, "unbalanced: \(message)", sourceLocation: sourceLocation)
        }
        #expect(depth == 0, "unbalanced: \(message)", sourceLocation: sourceLocation)
        #expect(!message.contains("\n"), sourceLocation: sourceLocation)
    }

    static func message(_ failure: TransportFailure, _ context: ErrorContext = context) -> String {
        PartnerCentralError.transport(failure, context).message
    }

    @Test func aRefusedConnectionNamesTheHostTheAttemptsAndTheEndpointToCheck() {
        #expect(
            Self.message(.cannotConnect(.refused))
                == "Could not connect to 127.0.0.1:4777 for ListEngagementInvitations (Sandbox): the connection was "
                + "refused (3 attempts in 0.31 s). Check that the endpoint URL (--endpoint-url) is right and that the "
                + "service or emulator is running there.")
    }

    @Test func anUnknownHostSaysDNSAndTheSpelling() {
        var context = Self.context
        context.host = "partnercentral-selling.us-east-1.example.invalid"
        let message = Self.message(.cannotConnect(.unknownHost), context)
        #expect(message.hasPrefix("Could not find the host partnercentral-selling.us-east-1.example.invalid for"))
        #expect(message.contains("does not resolve in DNS (3 attempts in 0.31 s)"))
        #expect(message.contains("spelling of the endpoint URL") && message.contains("VPN"))
    }

    @Test func aSilentServerSaysNoAnswerWithTheTrueAttemptsAndTime() {
        var context = Self.context
        context.elapsed = 91.4
        #expect(
            Self.message(.timeout(seconds: 30), context)
                == "No answer from 127.0.0.1:4777 to ListEngagementInvitations (Sandbox) after 3 attempts in 91 s "
                + "(each attempt waits 30 s: --attempt-timeout). Check that the endpoint URL is right and the service "
                + "or emulator is up; if a change was requested, check whether it happened before repeating it.")
    }

    @Test func aConnectTimeoutNamesItsOption() {
        let message = Self.message(.cannotConnect(.timedOut(seconds: 5)))
        #expect(message.contains("127.0.0.1:4777") && message.contains("within 5 s (--connect-timeout)"))
    }

    @Test(arguments: [
        TransportFailure.cannotConnect(.refused), .cannotConnect(.unknownHost), .cannotConnect(.unreachable),
        .cannotConnect(.timedOut(seconds: 5)), .cannotConnect(.timedOut(seconds: nil)), .timeout(seconds: 30),
        .timeout(seconds: nil), .connection(detail: "the connection closed before a complete response arrived"),
        .connection(detail: "cancelled"), .tls(detail: "the TLS handshake timed out"), .responseTooLarge(limit: 10),
    ])
    func everyTransportMessageIsOneCleanLine(_ failure: TransportFailure) {
        Self.expectNoLibraryText(Self.message(failure))
        Self.expectNoLibraryText(Self.message(failure, ErrorContext()))
    }

    // MARK: - Classification

    @Test func libraryErrorsBecomeWhatAPersonCanActOn() async throws {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let t = HTTPTransport(client: client, attemptTimeout: 30, maxResponseBytes: 1024, connectTimeout: 5)
        #expect(t.classify(IOError(errnoCode: ECONNREFUSED, reason: "connect")) == .cannotConnect(.refused))
        #expect(t.classify(IOError(errnoCode: ENETUNREACH, reason: "connect")) == .cannotConnect(.unreachable))
        #expect(t.classify(IOError(errnoCode: EHOSTUNREACH, reason: "connect")) == .cannotConnect(.unreachable))
        #expect(t.classify(ChannelError.connectTimeout(.seconds(5))) == .cannotConnect(.timedOut(seconds: 5)))
        #expect(t.classify(HTTPClientError.connectTimeout) == .cannotConnect(.timedOut(seconds: 5)))
        #expect(t.classify(HTTPClientError.deadlineExceeded) == .timeout(seconds: 30))
        #expect(t.classify(HTTPClientError.readTimeout) == .timeout(seconds: 30))
        #expect(
            t.classify(HTTPClientError.remoteConnectionClosed)
                == .connection(detail: "the connection closed before a complete response arrived"))
        #expect(
            t.classify(IOError(errnoCode: ECONNRESET, reason: "read"))
                == .connection(detail: "the connection closed before a complete response arrived"))
        #expect(t.classify(HTTPClientError.invalidURL) == .connection(detail: "the connection failed"))
        try await client.shutdown()
    }
}
