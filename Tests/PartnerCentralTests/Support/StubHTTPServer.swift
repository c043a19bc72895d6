import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import PartnerTriageTestSupport

@testable import PartnerCentral

/// A scripted HTTP/1.1 server on a free loopback port: each request takes the next reply from the script.
final class StubHTTPServer: Sendable {
    /// What to do with one request.
    indirect enum Reply: Sendable {
        /// Answer with a status, JSON body and extra headers (`x-amzn-RequestId` is added when missing).
        case respond(status: Int, body: String, headers: [(String, String)] = [])
        /// Close the connection without answering (a lost response).
        case drop
        /// Wait, then do the reply.
        case after(seconds: Double, Reply)
        /// Send the head (with the full `Content-Length`) at once, then the body one byte every `interval` seconds.
        case trickle(body: String, interval: Double)

        static func ok(_ body: String = "{}") -> Reply { .respond(status: 200, body: body) }

        static func error(_ status: Int, _ type: String, message: String = "m", extra: String = "") -> Reply {
            .respond(
                status: status,
                body: #"{"__type":"\#(type)","message":"\#(message)"\#(extra)}"#,
                headers: [("X-Amzn-ErrorType", type)]
            )
        }
    }

    /// A request as received.
    struct Received: Sendable {
        var headers: [(name: String, value: String)]
        var body: String

        func header(_ name: String) -> String? { ServiceErrorDecoder.header(name, in: headers) }

        var json: [String: Any] {
            ((try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]) ?? [:]
        }
    }

    private let script: SharedValue<[Reply]>
    private let log: SharedValue<[Received]>
    private let channel: any Channel
    let port: Int

    var endpoint: String { "http://127.0.0.1:\(port)" }
    /// Requests the server has seen, in order.
    var requests: [Received] { log.withLock { $0 } }

    private init(script: SharedValue<[Reply]>, log: SharedValue<[Received]>, channel: any Channel, port: Int) {
        self.script = script
        self.log = log
        self.channel = channel
        self.port = port
    }

    static func start(_ replies: [Reply]) async throws -> StubHTTPServer {
        let script = SharedValue(replies)
        let log = SharedValue<[Received]>([])
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(script: script, log: log))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return StubHTTPServer(script: script, log: log, channel: channel, port: channel.localAddress?.port ?? 0)
    }

    /// Replies not used yet.
    var remainingReplies: Int { script.withLock { $0.count } }

    /// Closes the listening socket; stopping twice is fine.
    func stop() async throws {
        guard channel.isActive else { return }
        try await channel.close()
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let script: SharedValue<[Reply]>
        let log: SharedValue<[Received]>
        var head: HTTPRequestHead?
        var body = ByteBuffer()

        init(script: SharedValue<[Reply]>, log: SharedValue<[Received]>) {
            self.script = script
            self.log = log
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                self.head = head
                body.clear()
            case .body(var chunk):
                body.writeBuffer(&chunk)
            case .end:
                let headers = head?.headers.map { (name: $0.name, value: $0.value) } ?? []
                log.withLock { $0.append(Received(headers: headers, body: String(buffer: body))) }
                let reply = script.withLock { $0.isEmpty ? nil : $0.removeFirst() }
                perform(reply ?? .respond(status: 599, body: #"{"__type":"StubScriptExhausted"}"#), context: context)
            }
        }

        func perform(_ reply: Reply, context: ChannelHandlerContext) {
            switch reply {
            case .drop:
                context.close(promise: nil)
            case .after(let seconds, let next):
                let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                context.eventLoop.scheduleTask(in: .nanoseconds(Int64(seconds * 1e9))) {
                    let (handler, context) = loopBound.value
                    handler.perform(next, context: context)
                }
            case .trickle(let text, let interval):
                var headers = HTTPHeaders([("Content-Type", "application/x-amz-json-1.0")])
                headers.add(name: "Content-Length", value: "\(text.utf8.count)")
                let head = HTTPResponseHead(version: .http1_1, status: .ok, headers: headers)
                context.writeAndFlush(wrapOutboundOut(.head(head)), promise: nil)
                trickle(Array(text.utf8)[...], interval: interval, context: context)
            case .respond(let status, let text, let extra):
                var headers = HTTPHeaders(extra.map { ($0.0, $0.1) })
                headers.add(name: "Content-Type", value: "application/x-amz-json-1.0")
                if !headers.contains(name: "x-amzn-RequestId") {
                    headers.add(name: "x-amzn-RequestId", value: "req-\(log.withLock { $0.count })")
                }
                headers.add(name: "Content-Length", value: "\(text.utf8.count)")
                let head = HTTPResponseHead(
                    version: .http1_1,
                    status: HTTPResponseStatus(statusCode: status),
                    headers: headers
                )
                context.write(wrapOutboundOut(.head(head)), promise: nil)
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: text)))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }

        func trickle(_ bytes: ArraySlice<UInt8>, interval: Double, context: ChannelHandlerContext) {
            guard let first = bytes.first, context.channel.isActive else {
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
                return
            }
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: [first])))), promise: nil)
            let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            context.eventLoop.scheduleTask(in: .nanoseconds(Int64(interval * 1e9))) {
                let (handler, context) = loopBound.value
                handler.trickle(bytes.dropFirst(), interval: interval, context: context)
            }
        }
    }
}
