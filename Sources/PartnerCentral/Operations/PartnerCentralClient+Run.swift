extension PartnerCentralClient {
    /// Runs a call and turns its failure into the public error (or `CancellationError` when the task was cancelled).
    func run<Value>(_ body: () async throws(CallFailure) -> Value) async throws -> Value {
        do {
            return try await body()
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw error.error
        }
    }

    static func context(catalog: String?, identifier: String? = nil) -> ErrorContext {
        ErrorContext(catalog: catalog, identifier: identifier)
    }
}
