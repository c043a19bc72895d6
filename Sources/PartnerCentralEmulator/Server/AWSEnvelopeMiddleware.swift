import Hummingbird
import Logging
import NIOCore

/// Wraps every route: gives the request its id, turns errors into AWS JSON errors, adds `x-amzn-RequestId` to
/// every response, applies `--latency-ms`, and carries out connection drops.
///
/// The latency is a round trip: a response leaves no sooner than `latency` after its request arrived, the
/// emulator's own work counted in it as the service's is in a real round trip. So `pages × latency` is a floor any
/// client can reach, and a benchmark against it measures the client rather than the emulator.
struct AWSEnvelopeMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    let requestIds: RequestIDGenerator
    let latency: Duration

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        let leavesAt = ContinuousClock.now.advanced(by: latency)
        let requestId = requestIds.next()
        context.requestId = requestId
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as AWSJSONError {
            response = AWSJSONResponse.error(error)
        } catch let drop as ConnectionDrop {
            try await delay(until: leavesAt)
            context.logger.debug("Dropping the connection", metadata: ["aws.request-id": .string(requestId)])
            try? await context.channel.close()
            return drop.markerResponse
        } catch is NIOTooManyBytesError {
            // A body over the upload limit is the caller's fault, refused as the service refuses it: a 4xx that no
            // client retries.
            response = AWSJSONResponse.error(.requestTooLarge)
        } catch let error as HTTPError {
            response = AWSJSONResponse.error(AWSEnvelopeMiddleware.translate(error, request: request))
        } catch {
            context.logger.error("Unexpected error", metadata: ["error": .string("\(error)")])
            response = AWSJSONResponse.error(.internalServer)
        }
        try await delay(until: leavesAt)
        response.headers[AWSJSONResponse.requestIdHeader] = requestId
        return response
    }

    private func delay(until instant: ContinuousClock.Instant) async throws {
        if latency > .zero { try await Task.sleep(until: instant, clock: .continuous) }
    }

    /// Hummingbird's own errors (no route, body too large) in the service's words.
    static func translate(_ error: HTTPError, request: Request) -> AWSJSONError {
        switch error.status {
        case .notFound, .methodNotAllowed:
            return AWSJSONError(
                type: "UnknownOperationException",
                message: "No operation at \(request.method.rawValue) \(request.uri.path)", status: .notFound)
        case .contentTooLarge:
            return .requestTooLarge
        default:
            return AWSJSONError(
                type: error.status.code < 500 ? "ValidationException" : "InternalServerException",
                message: error.body ?? error.status.reasonPhrase, status: error.status)
        }
    }
}
