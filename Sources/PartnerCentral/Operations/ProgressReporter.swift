/// Reports one call's attempts and long waits to the client's ``CallProgressObserver``, if it has one.
struct ProgressReporter: Sendable {
    let observer: CallProgressObserver?
    let call: Int
    let operation: Operation
    let host: String
    let maxAttempts: Int

    init(client: PartnerCentralClient, operation: Operation) {
        observer = client.progress
        call =
            client.progress == nil
            ? 0
            : client.lastCall.withLock {
                $0 += 1
                return $0
            }
        self.operation = operation
        host = client.configuration.endpoint.hostHeader
        maxAttempts = client.configuration.retryPolicy.maxAttempts
    }

    func report(_ event: CallProgress.Event, attempt: Int) {
        observer?.report(
            CallProgress(
                call: call, event: event, operation: operation, host: host, attempt: attempt, maxAttempts: maxAttempts))
    }

    /// Runs `body` (one attempt's send) while a watcher reports `stillWaiting` after the observer's first notice
    /// and then at its interval, measured on `clock`; the watcher stops as soon as `body` returns.
    ///
    /// Without an observer nothing watches, so a test clock whose sleeps return at once never spins here.
    func whileWaiting<T: Sendable>(
        attempt: Int, clock: any Clock<Duration>, _ body: @escaping @Sendable () async -> T
    ) async -> T {
        guard let observer else { return await body() }
        return await withTaskGroup(of: T?.self) { group in
            group.addTask { await body() }
            group.addTask {
                let elapsed = clock.stopwatch()
                var next = observer.firstNotice
                while !Task.isCancelled {
                    do { try await clock.sleep(for: .seconds(clamping: next - elapsed().seconds)) } catch { return nil }
                    if Task.isCancelled { return nil }
                    report(.stillWaiting(seconds: elapsed().seconds), attempt: attempt)
                    next += observer.interval
                }
                return nil
            }
            while let finished = await group.next() {
                if let value = finished {
                    group.cancelAll()
                    return value
                }
            }
            // The body's task always yields a value, and the loop returns as soon as it does.
            preconditionFailure("the attempt ended without a result")
        }
    }
}
