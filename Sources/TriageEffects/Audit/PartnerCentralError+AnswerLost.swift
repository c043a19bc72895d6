import PartnerCentral

extension PartnerCentralError {
    /// Whether the request may have reached the service and been carried out although no answer says so: a dropped
    /// connection, a timed-out attempt, an answer too large or unreadable. A refused connection, a TLS failure,
    /// an input or credential error, or an error the service answered with mean it was not carried out.
    public var answerMayBeLost: Bool {
        switch (code, transportFailure) {
        case (.transport, .connection), (.transport, .timeout), (.transport, .responseTooLarge), (.invalidResponse, _):
            return true
        default:
            return false
        }
    }
}
