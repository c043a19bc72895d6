import Crypto

/// Derived signing keys by (secret, day, region, service), so each attempt does one HMAC instead of five.
///
/// Small (a handful of entries) and thread-safe; keyed by a hash of the secret so rotated keys never collide.
final class SigningKeyCache: Sendable {
    /// The process-wide cache used by default.
    static let shared = SigningKeyCache(capacity: 8)

    private struct Entry {
        let id: String
        let key: SymmetricKey
    }

    private let capacity: Int
    private let entries = Locked<[Entry]>([])
    private let derivations = Locked(0)

    init(capacity: Int) { self.capacity = capacity }

    /// How many keys were derived (cache misses); for tests.
    var derivationCount: Int { derivations.withLock { $0 } }

    func key(secret: String, day: String, region: String, service: String, derive: () -> SymmetricKey) -> SymmetricKey {
        let id = "\(SHA256.hash(data: Array(secret.utf8)).hexString)/\(day)/\(region)/\(service)"
        if let hit = entries.withLock({ list in list.first { $0.id == id }?.key }) { return hit }
        let key = derive()
        derivations.withLock { $0 += 1 }
        entries.withLock { list in
            list.removeAll { $0.id == id }
            list.append(Entry(id: id, key: key))
            if list.count > capacity { list.removeFirst(list.count - capacity) }
        }
        return key
    }
}
