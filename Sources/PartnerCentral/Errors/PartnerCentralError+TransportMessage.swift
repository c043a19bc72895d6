extension PartnerCentralError {
    /// The message of a request that did not complete: the host, what happened, how many attempts in how long, and
    /// what to check. Never the networking library's own text.
    static func transportMessage(
        _ failure: TransportFailure, context c: ErrorContext, subject what: String, requestIdText id: String
    ) -> String {
        let host = c.host ?? "the Partner Central endpoint"
        let tries = attemptsText(c)
        switch failure.base {
        case .cannotConnect(.refused):
            return "Could not connect to \(host) for \(what): the connection was refused\(tries). Check that the "
                + "endpoint URL (--endpoint-url) is right and that the service or emulator is running there."
        case .cannotConnect(.unknownHost):
            return "Could not find the host \(host) for \(what): the name does not resolve in DNS\(tries). Check the "
                + "spelling of the endpoint URL (--endpoint-url), the DNS settings and the network or VPN connection."
        case .cannotConnect(.unreachable):
            return "Could not reach \(host) for \(what): there is no network route to it\(tries). Check the network "
                + "or VPN connection."
        case .cannotConnect(.timedOut(let seconds)):
            let within = seconds.map { " within \(PartnerCentralError.seconds($0)) (--connect-timeout)" } ?? ""
            return "Could not connect to \(host) for \(what)\(within)\(tries). Check the endpoint URL "
                + "(--endpoint-url), the network or VPN connection and any firewall or proxy."
        case .connection("cancelled"), .connection("cancelled while waiting for the request budget"):
            return "\(capitalized(what)) was cancelled before \(host) answered."
        case .connection(let detail):
            return "Lost the connection to \(host) during \(what): \(oneLine(detail))\(tries). Check the network "
                + "or VPN connection and the endpoint URL (--endpoint-url), then retry."
        case .timeout(let seconds):
            let each = seconds.map { " (each attempt waits \(PartnerCentralError.seconds($0)): --attempt-timeout)" }
            let attempts = c.attempts.map { " after \($0 == 1 ? "1 attempt" : "\($0) attempts")" } ?? ""
            let elapsed = c.elapsed.map { " in \(duration($0))" } ?? ""
            return "No answer from \(host) to \(what)\(attempts)\(elapsed)\(each ?? ""). Check that the endpoint "
                + "URL is right and the service or emulator is up; if a change was requested, check whether it "
                + "happened before repeating it."
        case .tls(let detail):
            return "A secure connection to \(host) failed for \(what): \(oneLine(detail))\(tries). Check the "
                + "endpoint URL (https:// for the service, http:// for a local emulator) and the system's CA "
                + "certificates."
        case .responseTooLarge(let limit):
            return "The response to \(what) was larger than \(limit) bytes and was not read\(id)."
        }
    }

    /// `" (3 attempts in 0.31 s)"`, or nothing when the call did not record them.
    private static func attemptsText(_ c: ErrorContext) -> String {
        guard let attempts = c.attempts else { return "" }
        let count = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
        return " (\(count)\(c.elapsed.map { " in \(duration($0))" } ?? ""))"
    }

    private static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
