import Hummingbird
import NIOCore

/// The request context of every emulator route: Hummingbird's core context plus the connection and request id.
public struct EmulatorRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connection, so a fault can drop it without answering.
    public let channel: any Channel
    /// The `x-amzn-RequestId` of this request, set by the envelope middleware.
    public var requestId: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
        requestId = ""
    }

    /// Request bodies larger than this are refused.
    public var maxUploadSize: Int { 1 << 20 }
}
