import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Plugs the identity routes into the emulator's router and its credential authorities.
extension IdentityService: EmulatorExtension {
    public var credentialAuthority: (any CredentialAuthority)? { authority }

    public func addRoutes(to router: Router<EmulatorRequestContext>, services: EmulatorServices) {
        router.get("/federation/credentials") { request, context in
            try await self.respond(to: request, context: context, services: services)
        }
        router.post("/token") { request, context in
            try await self.respond(to: request, context: context, services: services)
        }
    }

    public func handleRootPost(
        _ request: Request,
        body: [UInt8],
        context: EmulatorRequestContext,
        services: EmulatorServices
    ) async throws -> Response? {
        let headers = EmulatorServices.signedHeaders(of: request)
        guard Self.isSTSRequest(method: request.method.rawValue, headers: headers) else { return nil }
        return await answer(request, headers: headers, body: body, context: context, services: services)
    }

    private func respond(
        to request: Request,
        context: EmulatorRequestContext,
        services: EmulatorServices
    ) async throws -> Response {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let headers = EmulatorServices.signedHeaders(of: request)
        // safe fallback: the routes above are identity routes, so `answer` always has something to say
        return await answer(
            request,
            headers: headers,
            body: Array(buffer.readableBytesView),
            context: context,
            services: services
        )
            ?? Response(status: .notFound)
    }

    private func answer(
        _ request: Request,
        headers: [(name: String, value: String)],
        body: [UInt8],
        context: EmulatorRequestContext,
        services: EmulatorServices
    ) async -> Response? {
        let message = IdentityHTTPRequest(
            method: request.method.rawValue,
            path: request.uri.path,
            query: request.uri.query,
            headers: headers,
            body: body
        )
        guard
            let answer = await handle(
                message,
                requestId: context.requestId,
                now: services.now,
                authorities: services.authorities
            )
        else { return nil }
        var fields = HTTPFields()
        for header in answer.headers {
            if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
        }
        fields[.contentLength] = String(answer.body.count)
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
        )
    }
}
