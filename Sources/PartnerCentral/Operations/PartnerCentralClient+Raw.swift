import Foundation

extension PartnerCentralClient {
    /// Sends any of the six operations and returns the response body exactly as the service sent it, with the
    /// same validation, signing, retries and pacing as the typed calls.
    ///
    /// For output that must reproduce the service's JSON unaltered, members the models do not know included
    /// (`partner-triage list --output json`). Decode with ``PartnerCentralJSON/decoder()`` when a model is wanted.
    public func rawCall<Request: Encodable & ValidatableRequest & Sendable>(
        _ operation: Operation,
        _ request: Request,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> ServiceResult<Data> {
        try await run { () async throws(CallFailure) in
            // Catalog and id name the request in error messages (access denied names the catalog).
            let members = Mirror(reflecting: request).children
            let context = Self.context(
                catalog: members.first { $0.label == "catalog" }?.value as? String,
                identifier: members.first { $0.label == "identifier" }?.value as? String
            )
            let outcome = try await send(operation, request, context: context, priority: priority)
            return ServiceResult(value: Data(outcome.body), requestId: outcome.requestId)
        }
    }
}
