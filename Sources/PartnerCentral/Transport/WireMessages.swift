import Foundation

/// One signed HTTP request, ready to send.
struct WireRequest: Sendable {
    var url: URL
    var headers: [(name: String, value: String)]
    var body: [UInt8]
}

/// One HTTP response, body fully read.
struct WireResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    func header(_ name: String) -> String? { ServiceErrorDecoder.header(name, in: headers) }
}
