import Synchronization

/// A value that a test's escaping closures and tasks share: a `Mutex` in a class, since a `Mutex` itself cannot be
/// captured by an escaping closure.
public final class SharedValue<Value>: Sendable {
    private let mutex: Mutex<Value>

    public init(_ value: sending Value) { mutex = Mutex(value) }

    /// Runs `body` with exclusive access to the value.
    public func withLock<Result, Failure: Error>(
        _ body: (inout sending Value) throws(Failure) -> sending Result
    ) throws(Failure) -> sending Result {
        try mutex.withLock(body)
    }
}

extension SharedValue where Value: Sendable {
    /// A copy of the value as it is now.
    public var current: Value { withLock { $0 } }
}
