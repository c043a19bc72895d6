import Foundation
import Logging

/// A finished call: the response body and what is known about how it went.
struct CallOutcome: Sendable {
    var body: [UInt8]
    var requestId: String?
    var attempts: Int
    /// The operation that was sent, so an unreadable body is reported against it.
    var operation: Operation? = nil
    /// The `Host` it was sent to.
    var host: String? = nil
}

/// A failed call and how many attempts it took, so idempotency checks know whether a retry happened.
struct CallFailure: Error, Sendable {
    var error: PartnerCentralError
    var attempts: Int
}

extension PartnerCentralClient {
    // MARK: - Typed calls

    /// Validates, encodes, sends (with retries) and decodes one operation.
    func call<Request: Encodable & ValidatableRequest & Sendable, Response: JSONRepresentable>(
        _ operation: Operation,
        _ request: Request,
        as: Response.Type,
        context: ErrorContext,
        priority: RequestPacer.Priority
    ) async throws(CallFailure) -> (Response, CallOutcome) {
        let outcome = try await send(operation, request, context: context, priority: priority)
        return (try decode(Response.self, from: outcome, context: context), outcome)
    }

    /// Validates, encodes and sends one operation; the body is returned undecoded.
    func send<Request: Encodable & ValidatableRequest & Sendable>(
        _ operation: Operation,
        _ request: Request,
        context: ErrorContext,
        priority: RequestPacer.Priority
    ) async throws(CallFailure) -> CallOutcome {
        let issues = request.validationIssues()
        guard issues.isEmpty else {
            throw CallFailure(error: .invalidRequest(context, issues: issues), attempts: 0)
        }
        let body: [UInt8]
        do { body = Array(try PartnerCentralJSON.encoder().encode(request)) } catch {
            throw CallFailure(
                error: .invalidRequest(
                    context,
                    issues: [ValidationIssue(fieldName: nil, code: .invalidValue, message: "\(error)")]
                ),
                attempts: 0
            )
        }
        return try await perform(operation, body: body, context: context, priority: priority)
    }

    /// Reads a response body as botocore does: any JSON object is a response, and the typed value keeps what it
    /// can read (``JSONRepresentable``); only text that is not JSON, or JSON that is not an object, is refused.
    func decode<Response: JSONRepresentable>(
        _ type: Response.Type,
        from outcome: CallOutcome,
        context: ErrorContext
    ) throws(CallFailure) -> Response {
        Response(json: try decodeJSON(from: outcome, context: context))
    }

    /// The body of a response as a JSON object, or the failure ``decode(_:from:context:)`` reports.
    func decodeJSON(from outcome: CallOutcome, context: ErrorContext) throws(CallFailure) -> JSONValue {
        var context = context
        context.operation = context.operation ?? outcome.operation
        context.host = context.host ?? outcome.host
        context.requestId = outcome.requestId
        context.statusCode = 200
        // awsJson answers an operation without output with `{}`, some servers with nothing at all.
        let body = outcome.body.isEmpty ? Array("{}".utf8) : outcome.body
        let value: JSONValue
        do { value = try JSONParser.parse(body) } catch {
            throw CallFailure(
                error: .invalidResponse(
                    context, detail: "the body is not valid JSON (\(error.reason) at byte \(error.offset))"),
                attempts: outcome.attempts
            )
        }
        guard case .object = value else {
            throw CallFailure(
                error: .invalidResponse(context, detail: "the body is JSON but not an object"),
                attempts: outcome.attempts
            )
        }
        return value
    }

    // MARK: - The attempt loop

    /// Sends a body with retries: each attempt waits for the pacer, fetches credentials and signs afresh.
    ///
    /// A failure records how many attempts were made and how long the call took (on the client's monotonic clock),
    /// so its message is true; each attempt and each long wait is reported to the progress observer.
    func perform(
        _ operation: Operation,
        body: [UInt8],
        context: ErrorContext,
        priority: RequestPacer.Priority
    ) async throws(CallFailure) -> CallOutcome {
        var context = context
        context.operation = operation
        context.host = configuration.endpoint.hostHeader
        let elapsed = dependencies.clock.stopwatch()
        let reporter = ProgressReporter(client: self, operation: operation)
        var attempt = 1
        defer { reporter.report(.finished, attempt: attempt) }
        var lastRetryCost: Int?
        // Every failure leaves through here, with the attempts made and the time they took.
        func failure(_ error: PartnerCentralError) -> CallFailure {
            CallFailure(
                error: error.recording(attempts: attempt, elapsed: elapsed().seconds),
                attempts: attempt)
        }
        while true {
            let result = await attemptOnce(
                operation,
                body: body,
                context: context,
                priority: priority,
                attempt: attempt,
                reporter: reporter
            )
            let error: PartnerCentralError
            switch result {
            case .success(let response):
                retryQuota.releaseAfterSuccess(lastRetryCost: lastRetryCost)
                return CallOutcome(
                    body: response.body,
                    requestId: response.header("x-amzn-RequestId"),
                    attempts: attempt,
                    operation: operation,
                    host: context.host
                )
            case .failure(let failed):
                error = failed
            }
            // A cancelled caller gets no retries: the failure is the cancellation, not the service.
            guard !Task.isCancelled else { throw failure(error) }
            guard
                case .retry(let delay) = configuration.retryPolicy.decision(
                    after: error,
                    attempt: attempt,
                    random: dependencies.random()
                ),
                let kind = RetryPolicy.retryableKind(error)
            else {
                throw failure(error)
            }
            guard let cost = retryQuota.acquire(for: kind) else {
                logger.debug("retry quota exhausted", metadata: ["aws.operation": "\(operation.rawValue)"])
                throw failure(error)
            }
            lastRetryCost = cost
            logger.debug(
                "retrying",
                metadata: [
                    "aws.operation": "\(operation.rawValue)", "attempt": "\(attempt)",
                    "error": "\(error.errorCode ?? "?")",
                    "delay-seconds": "\(delay)",
                ]
            )
            do { try await dependencies.clock.sleep(for: .seconds(clamping: delay)) } catch {
                throw failure(
                    error as? PartnerCentralError ?? .transport(.connection(detail: "cancelled"), context)
                )
            }
            attempt += 1
        }
    }

    /// One attempt: pace, get credentials, sign, send, classify.
    private func attemptOnce(
        _ operation: Operation,
        body: [UInt8],
        context: ErrorContext,
        priority: RequestPacer.Priority,
        attempt: Int,
        reporter: ProgressReporter
    ) async -> Result<WireResponse, PartnerCentralError> {
        // Credentials first: a slow fetch (an MFA prompt, an STS call) must not sit between the pacer's grant and
        // the send.
        let credentials: AWSCredentials
        do {
            let provider = configuration.credentialProvider
            credentials = try await provider.credentials().validated(source: Self.sourceName(of: provider))
        } catch {
            return .failure(.credentials(context, underlying: error))
        }
        if let pacer {
            do { try await pacer.acquire(readOnly: operation.isReadOnly, priority: priority) } catch {
                return .failure(
                    .transport(.connection(detail: "cancelled while waiting for the request budget"), context)
                )
            }
        }
        // Other processes of this user writing for the same account share the write quota: wait until the shared
        // file's last write is one interval ago, and claim it right before sending.
        let sharedSlot =
            operation.isReadOnly
            ? nil
            : sharedWrites.map {
                (
                    $0,
                    $0.fileURL(
                        accessKeyId: credentials.accessKeyId, endpoint: configuration.endpoint.url.absoluteString)
                )
            }
        var sharedClaim: (SharedWriteBudget, URL, SharedWriteBudget.Claim)?
        if case let (shared, file)? = sharedSlot {
            do {
                while true {
                    switch try shared.claim(file, now: dependencies.now().timeIntervalSince1970) {
                    case .claimed(let claim): sharedClaim = (shared, file, claim)
                    case .wait(let seconds): try await dependencies.clock.sleep(for: .seconds(clamping: seconds))
                    }
                    if sharedClaim != nil { break }
                }
            } catch is CancellationError {
                return .failure(
                    .transport(.connection(detail: "cancelled while waiting for the request budget"), context)
                )
            } catch {
                return .failure(.credentials(context, underlying: error))
            }
        }
        let request = sign(operation, body: body, credentials: credentials, date: dependencies.now(), attempt: attempt)
        reporter.report(.attemptStarted, attempt: attempt)
        let transport = self.transport
        let logger = self.logger
        let sent = await reporter.whileWaiting(attempt: attempt, clock: dependencies.clock) {
            () async -> Result<WireResponse, TransportFailure> in
            do throws(TransportFailure) { return .success(try await transport.send(request, logger: logger)) } catch {
                return .failure(error)
            }
        }
        if let pacer, !operation.isReadOnly { await pacer.writeFinished() }
        if let (shared, file, claim) = sharedClaim {
            try? shared.finished(file, claim: claim, now: dependencies.now().timeIntervalSince1970)
        }
        let response: WireResponse
        switch sent {
        case .success(let received): response = received
        case .failure(let error):
            logger.debug(
                "request failed",
                metadata: ["aws.operation": "\(operation.rawValue)", "error": "\(error)"]
            )
            return .failure(.transport(error, context))
        }
        logResponse(operation, response)
        guard (200..<300).contains(response.status) else {
            return .failure(
                ServiceErrorDecoder.decode(
                    status: response.status,
                    headers: response.headers,
                    body: response.body,
                    context: context
                )
            )
        }
        return .success(response)
    }

    /// A provider's description as a credential's source in a message: one line, control characters dropped.
    static func sourceName(of provider: any CredentialProvider) -> String {
        let text = String(String.UnicodeScalarView(provider.description.unicodeScalars.filter { $0.value >= 0x20 }))
        return "the credential provider " + PartnerCentralError.oneLine(text, limit: 200)
    }

    /// Signs one attempt and logs its diagnostics.
    func sign(_ operation: Operation, body: [UInt8], credentials: AWSCredentials, date: Date, attempt: Int)
        -> WireRequest
    {
        let (request, signed) = PartnerCentralClient.buildRequest(
            operation,
            body: body,
            endpoint: configuration.endpoint,
            region: configuration.region,
            credentials: credentials,
            date: date
        )
        logRequest(operation, signed: signed, credentials: credentials, attempt: attempt, bodyBytes: body.count)
        return request
    }

    /// Builds and signs the wire request exactly as botocore does: `POST /` with `Content-Type`, `Host` and
    /// `X-Amz-Target` signed, plus `X-Amz-Date` and the session token. Pure.
    static func buildRequest(
        _ operation: Operation,
        body: [UInt8],
        endpoint: Endpoint,
        region: String,
        credentials: AWSCredentials,
        date: Date
    ) -> (WireRequest, SigV4SignedRequest) {
        let unsigned = SigV4Request(
            method: "POST",
            path: endpoint.url.path.isEmpty ? "/" : endpoint.url.path,
            headers: [
                ("X-Amz-Target", operation.target), ("Content-Type", "application/x-amz-json-1.0"),
                ("Host", endpoint.hostHeader),
            ],
            body: body
        )
        let signer = SigV4Signer(credentials: credentials, service: Endpoint.signingName, region: region)
        let signed = signer.signHeaders(unsigned, date: date)
        let headers = signed.headers + [("User-Agent", PartnerCentralClient.userAgent)]
        return (WireRequest(url: endpoint.url, headers: headers, body: body), signed)
    }

    /// The `User-Agent` sent (never signed).
    package static let userAgent = "partner-triage/1.0 PartnerCentral-swift"
}
