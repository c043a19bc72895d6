import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PartnerCentral

/// Builds AWS JSON 1.0 responses.
enum AWSJSONResponse {
    static let contentType = "application/x-amz-json-1.0"
    static let requestIdHeader = HTTPField.Name("x-amzn-RequestId")!  // safe: a valid token
    static let errorTypeHeader = HTTPField.Name("X-Amzn-ErrorType")!  // safe: a valid token

    /// A 200 response with a JSON body written compactly, members and numbers exactly as in `value`.
    static func json(_ value: JSONValue) -> Response { written(PythonJSONWriter.compact(value)) }

    /// A 200 response with `text`, compact JSON written already, as its body.
    static func written(_ text: String) -> Response { response(status: .ok, body: Data(text.utf8)) }

    static func error(_ error: AWSJSONError) -> Response {
        var response = response(status: error.status, body: error.body)
        response.headers[errorTypeHeader] = error.type
        return response
    }

    static func response(status: HTTPResponse.Status, body: Data) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.contentLength] = String(body.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
