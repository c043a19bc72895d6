import Foundation

/// Turns an awsJson 1.0 error response into a ``PartnerCentralError``.
///
/// The code comes from the `x-amzn-ErrorType` header, else the body's `__type` or `code`; the namespace before `#`
/// and anything after `:` are stripped. The message is `message` or `Message`; the request id `x-amzn-RequestId`.
public enum ServiceErrorDecoder {
    /// Decodes an error response (status ≥ 300).
    ///
    /// - Parameters:
    ///   - headers: response headers (names in any case).
    ///   - context: the request's context; code, message, request id and status are filled in here.
    public static func decode(
        status: Int,
        headers: [(name: String, value: String)],
        body: [UInt8],
        context: ErrorContext
    ) -> PartnerCentralError {
        var context = context
        context.statusCode = status
        context.requestId = header("x-amzn-RequestId", in: headers) ?? header("x-amz-request-id", in: headers)
        if let retryAfter = header("x-amz-retry-after", in: headers).flatMap(Double.init) {
            context.retryAfter = retryAfter / 1000  // the header is in milliseconds
        }
        let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
        let rawCode =
            header("x-amzn-ErrorType", in: headers)
            ?? (object?["__type"] as? String) ?? (object?["code"] as? String) ?? (object?["Code"] as? String)
        context.code = rawCode.map(sanitizeCode).flatMap { $0.isEmpty ? nil : $0 }
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

    /// `aws.protocoltests#FooError:http://internal…` → `FooError`.
    public static func sanitizeCode(_ raw: String) -> String {
        var code = Substring(raw)
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        return code.trimmingCharacters(in: .whitespaces)
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
