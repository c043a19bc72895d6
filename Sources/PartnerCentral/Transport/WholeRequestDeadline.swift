import AsyncHTTPClient

/// Runs one HTTP exchange, headers and body to the last byte, within `seconds`.
///
/// AsyncHTTPClient's own deadline ends when the response head arrives, and its read timeout restarts with every
/// byte, so a server that trickles the body one byte a second would otherwise hold the call forever. When the time
/// is up the exchange is cancelled and `HTTPClientError.deadlineExceeded` is thrown.
func withWholeRequestDeadline<Value: Sendable>(
    seconds: Double,
    _ exchange: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value?.self) { group in
        group.addTask { try await exchange() }
        group.addTask {
            try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1e9))
            return nil
        }
        defer { group.cancelAll() }
        // Safe: two tasks were added, so the first `next()` has a result.
        guard let first = try await group.next(), let value = first else {
            try Task.checkCancellation()
            throw HTTPClientError.deadlineExceeded
        }
        return value
    }
}
