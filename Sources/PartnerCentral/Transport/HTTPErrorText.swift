import AsyncHTTPClient
import NIOCore
import NIOPosix

/// What an HTTP client error may say in a message or a log: never a header value (AsyncHTTPClient's own description
/// of a refused header quotes it, and that header may be `Authorization` or a token).
enum HTTPErrorText {
    /// A one-line description of `error` that holds no request content.
    static func safe(_ error: any Error) -> String {
        // `shortDescription` is documented to hold no associated values.
        if let error = error as? HTTPClientError { return error.shortDescription }
        if error is NIOTooManyBytesError { return "the response is too large" }
        if let error = error as? IOError { return "the connection failed (errno \(error.errnoCode))" }
        if error is NIOConnectionError { return "the connection could not be made" }
        return "the connection failed (\(String(reflecting: type(of: error))))"
    }

    /// Whether `error` is AsyncHTTPClient refusing a header name or value.
    static func isInvalidHeader(_ error: any Error) -> Bool {
        (error as? HTTPClientError)?.shortDescription.hasPrefix("Invalid header field") == true
    }
}
