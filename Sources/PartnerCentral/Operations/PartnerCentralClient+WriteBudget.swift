extension PartnerCentralClient {
    /// Returns when a write could go out at once within the write quota, without using any of it.
    ///
    /// A caller that may still decide not to send (a bulk run the user can stop) waits here, where cancelling is
    /// harmless, rather than inside the call, where the request may already be on the wire.
    ///
    /// - Throws: `CancellationError` when the task is cancelled while waiting.
    public func waitForWriteBudget() async throws {
        try await pacer?.waitForBudget(readOnly: false)
    }
}
