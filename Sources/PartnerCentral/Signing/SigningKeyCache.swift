import Crypto
import Synchronization

/// Derived signing keys by (secret, day, region, service), so each attempt does one HMAC instead of five.
///
/// Small (a handful of entries) and thread-safe; keyed by a hash of the secret so rotated keys never collide.
final class SigningKeyCache: Sendable {
    /// The process-wide cache used by default.
    static let shared = SigningKeyCache(capacity: 8)

    /// The key's bytes rather than the `SymmetricKey`, which is not `Sendable` and so cannot enter the `Mutex`.
    private struct Entry: Sendable {
        let id: String
        let bytes: [UInt8]
    }

    private let capacity: Int
    private let entries = Mutex<[Entry]>([])
    private let derivations = Mutex(0)

    init(capacity: Int) { self.capacity = capacity }

    /// How many keys were derived (cache misses); for tests.
    var derivationCount: Int { derivations.withLock { $0 } }

    func key(secret: String, day: String, region: String, service: String, derive: () -> SymmetricKey) -> SymmetricKey {
        let id = "\(SHA256.hash(data: Array(secret.utf8)).hexString)/\(day)/\(region)/\(service)"
        if let hit = entries.withLock({ list in list.first { $0.id == id }?.bytes }) { return SymmetricKey(data: hit) }
        let key = derive()
        let bytes = key.withUnsafeBytes { Array($0) }
        derivations.withLock { $0 += 1 }
        entries.withLock { list in
            list.removeAll { $0.id == id }
            list.append(Entry(id: id, bytes: bytes))
            if list.count > capacity { list.removeFirst(list.count - capacity) }
        }
        return key
    }
}
