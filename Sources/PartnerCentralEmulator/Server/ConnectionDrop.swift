import HTTPTypes
import Hummingbird

/// Thrown to end a request by closing its connection without an answer (an injected network fault).
///
/// The envelope middleware closes the channel, then answers with a marker response that can never reach a real
/// client (the connection is gone); router-level tests, which have no connection, see the marker instead.
struct ConnectionDrop: Error {
    /// Whether the request was applied before the drop.
    var afterApplying: Bool

    static let markerHeader = HTTPField.Name("x-emulator-connection-dropped")!  // safe: a valid token

    var markerResponse: Response {
        var headers = HTTPFields()
        headers[ConnectionDrop.markerHeader] = afterApplying ? "after-applying" : "before-applying"
        return Response(status: .internalServerError, headers: headers)
    }
}
