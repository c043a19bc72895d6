import PartnerCentral

extension PartnerCentralError {
    /// Whether the request may have reached the service and been carried out although no answer says so: a dropped
    /// connection, a timed-out attempt, an answer too large or unreadable. A refused connection, a TLS failure,
    /// an input or credential error, or an error the service answered with mean it was not carried out.
    public var answerMayBeLost: Bool {
        if code == .invalidResponse { return true }
        guard code == .transport, let failure = transportFailure?.code else { return false }
        return failure == .connection || failure == .timeout || failure == .responseTooLarge
    }
}
