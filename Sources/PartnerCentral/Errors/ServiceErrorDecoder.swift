import Foundation

/// Turns an awsJson 1.0 error response into a ``PartnerCentralError``.
///
/// The code is read as botocore's `JSONParser` (the awsJson protocols) reads it: the body's `__type`, with anything
/// after the first `:` and the namespace up to the last `#` removed; without one, the HTTP status stands for the code
/// (``ErrorContext/code`` is then `nil` and ``PartnerCentralError/errorCode`` reads `HTTP<status>`). botocore looks at
/// no header and no `code` field for these protocols (only its rest-json parser reads `x-amzn-ErrorType`), so neither
/// does this decoder: the same response gets the same code from the AWS CLI, boto3 and partner-triage. An empty
/// `__type` is taken as no code (botocore would report an empty one). The message is `message` or `Message`; the
/// request id `x-amzn-RequestId`.
package enum ServiceErrorDecoder {
    /// Decodes an error response (status ≥ 300).
    ///
    /// - Parameters:
    ///   - headers: response headers (names in any case).
    ///   - context: the request's context; code, message, request id and status are filled in here.
    package static func decode(
        status: Int,
        headers: [(name: String, value: String)],
        body: [UInt8],
        context: ErrorContext
    ) -> PartnerCentralError {
        var context = context
        context.statusCode = status
        context.requestId = header("x-amzn-RequestId", in: headers) ?? header("x-amz-request-id", in: headers)
        // A value that is not a finite, non-negative number (`inf`, `nan`, `-5`) is ignored, as if none was sent.
        if let retryAfter = header("x-amz-retry-after", in: headers).flatMap(Double.init), retryAfter.isFinite,
            retryAfter >= 0
        {
            context.retryAfter = retryAfter / 1000  // the header is in milliseconds
        }
        let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
        context.code = code(fromBody: object)
        context.serviceMessage =
            (object?["message"] as? String) ?? (object?["Message"] as? String)
            ?? (object?["errorMessage"] as? String)

        guard let code = context.code else {
            if object == nil, !body.isEmpty, status < 500 {
                return .invalidResponse(context, detail: "HTTP \(status) with a body that is not JSON")
            }
            return .service(context)
        }
        switch code {
        case "ThrottlingException", "Throttling", "ThrottledException", "RequestThrottledException",
            "TooManyRequestsException", "RequestLimitExceeded", "RequestThrottled", "SlowDown",
            "LimitExceededException", "BandwidthLimitExceeded":
            return .throttling(context)
        case "AccessDeniedException", "AccessDenied":
            let reason = (object?["Reason"] as? String ?? object?["reason"] as? String)
                .map(AccessDeniedExceptionErrorCode.init(rawValue:))
            return .accessDenied(context, reason: reason)
        case "InternalServerException", "InternalFailure", "InternalServerError", "ServiceUnavailable",
            "ServiceUnavailableException":
            return .internalServer(context)
        case "ValidationException":
            let reason = (object?["Reason"] as? String ?? object?["reason"] as? String)
                .map(ValidationExceptionReason.init(rawValue:))
            return .validation(context, reason: reason, issues: issues(object?["ErrorList"] ?? object?["errorList"]))
        case "ResourceNotFoundException":
            return .resourceNotFound(context)
        case "ConflictException":
            return .conflict(context)
        case "ServiceQuotaExceededException":
            return .serviceQuotaExceeded(context)
        case "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException", "ExpiredToken",
            "SignatureDoesNotMatch", "IncompleteSignatureException", "IncompleteSignature",
            "MissingAuthenticationTokenException", "MissingAuthenticationToken", "InvalidClientTokenId",
            "InvalidAccessKeyId", "RequestExpired", "RequestTimeTooSkewed", "AuthFailure", "NotAuthorized":
            return .authentication(context)
        default:
            return .service(context)
        }
    }

    /// The error code in an awsJson error body, as botocore's `BaseJSONParser._do_error_parse` reads it; `nil` when
    /// the body has no (non-empty) string `__type`, and the status stands for the code.
    static func code(fromBody object: [String: Any]?) -> String? {
        guard let raw = object?["__type"] as? String else { return nil }
        let code = sanitizeCode(raw)
        return code.isEmpty ? nil : code
    }

    /// `aws.protocoltests#FooError:http://internal…` → `FooError`: botocore's `split(':', 1)[0]` then
    /// `rsplit('#', 1)[1]`, nothing trimmed.
    package static func sanitizeCode(_ raw: String) -> String {
        var code = Substring(raw)
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        return String(code)
    }

    static func header(_ name: String, in headers: [(name: String, value: String)]) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    static func issues(_ value: Any?) -> [ValidationIssue] {
        guard let list = value as? [[String: Any]] else { return [] }
        return list.map { item in
            ValidationIssue(
                fieldName: item["FieldName"] as? String ?? item["fieldName"] as? String,
                code: ValidationExceptionErrorCode(rawValue: item["Code"] as? String ?? item["code"] as? String ?? ""),
                message: item["Message"] as? String ?? item["message"] as? String ?? ""
            )
        }
    }
}
