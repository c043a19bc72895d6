/// A response together with the request id it came with (for audit records).
public struct ServiceResult<Value: Sendable>: Sendable {
    /// The decoded response.
    public var value: Value
    /// `x-amzn-RequestId`.
    public var requestId: String?

    /// Creates a result.
    public init(value: Value, requestId: String?) {
        self.value = value
        self.requestId = requestId
    }
}

extension ServiceResult: Equatable where Value: Equatable {}
