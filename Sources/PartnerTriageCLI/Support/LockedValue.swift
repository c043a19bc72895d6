import Foundation

/// A value guarded by a lock, for the little state shared between a bulk run and its signal handler.
///
/// `NSLock` rather than `Synchronization.Mutex` keeps the package building for macOS 14.
final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    var current: Value { withLock { $0 } }
}
