import Foundation
import Synchronization

/// Request ids shaped like the service's UUIDs: a per-process prefix and a counter, unique within a run.
final class RequestIDGenerator: Sendable {
    private let prefix: String
    private let counter = Mutex<UInt64>(0)

    /// `prefixBytes` come from the composition root (a key derived for request ids alone, never the key that signs
    /// tokens: the prefix is public), so nothing here reads randomness.
    init(prefixBytes: [UInt8]) {
        let hex = prefixBytes.prefix(10).map { String(format: "%02x", $0) }.joined()
        let padded = (hex + String(repeating: "0", count: 20)).prefix(20)
        let chars = Array(padded)
        prefix = "\(String(chars[0..<8]))-\(String(chars[8..<12]))-\(String(chars[12..<16]))-\(String(chars[16..<20]))"
    }

    func next() -> String {
        let value = counter.withLock { counter in
            counter += 1
            return counter
        }
        return "\(prefix)-\(String(format: "%012llx", value))"
    }
}
