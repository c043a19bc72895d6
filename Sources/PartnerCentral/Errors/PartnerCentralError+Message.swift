import Foundation

extension PartnerCentralError: LocalizedError, CustomStringConvertible {
    /// One line for a person: what failed and what to do about it. Service text is stripped of control characters.
    public var message: String {
        let c = context
        let what = subject(c)
        // The service's sentence is followed by ours: its own closing period would make "..".
        let said = c.serviceMessage.map { ": " + PartnerCentralError.oneLine($0).trimmingTrailingPeriods } ?? ""
        let id = c.requestId.map { " (request id \($0))" } ?? ""
        switch code {
        case .throttling:
            return "Partner Central throttled \(what) (\(errorCode ?? "ThrottlingException"))\(said). Wait a few "
                + "seconds and retry, or do fewer requests at once\(id)."
        case .accessDenied where accessDeniedReason == .incompatibleBenefitAwsPartnerState:
            // Not a missing permission: the partner account's standing does not allow this.
            return "Access denied to \(what)\(said). The partner account's Partner Central status or benefits do not "
                + "allow this (INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE); check the account in Partner Central or ask "
                + "your AWS partner team\(id)."
        case .accessDenied:
            let action = c.operation?.iamAction ?? "partnercentral:*"
            let catalog = c.catalog.map { " in the \($0) catalog" } ?? ""
            let why = accessDeniedReason.map { " Reason: \($0.rawValue)." } ?? ""
            return "Access denied to \(what)\(said). Your credentials need the IAM permission \(action)\(catalog) "
                + "(condition key partnercentral:Catalog); ask your administrator to grant it.\(why)\(id)"
        case .internalServer:
            return "Partner Central had an internal error on \(what)\(said). Retry in a minute; if it keeps "
                + "happening, contact AWS Support\(id)."
        case .validation:
            let why = validationReason.map { " (\($0.rawValue))" } ?? ""
            let list =
                issues.isEmpty
                ? ""
                : " ["
                    + issues.map { PartnerCentralError.oneLine($0.description) }
                    .joined(separator: "; ") + "]"
            return "Partner Central rejected \(what) as invalid\(why)\(said)\(list). Correct the input and retry\(id)."
        case .resourceNotFound:
            return "Not found: \(what)\(said). Check the id and the catalog (--catalog AWS or Sandbox)\(id)."
        case .conflict:
            return "Conflict on \(what)\(said): its current state does not allow this. Fetch it again to see its "
                + "status\(id)."
        case .serviceQuotaExceeded:
            return "A Partner Central quota would be exceeded by \(what)\(said). Wait for running tasks to finish "
                + "or request a quota increase\(id)."
        case .authentication:
            return "Partner Central did not accept the credentials for \(what) "
                + "(\(errorCode ?? "authentication failed"))\(said). "
                + "\(PartnerCentralError.authenticationAdvice(errorCode))\(id)."
        case .transport:
            let failure = transportFailure ?? .connection(detail: "the request did not complete")
            return PartnerCentralError.transportMessage(failure, context: c, subject: what, requestIdText: id)
        case .invalidResponse:
            return "Partner Central sent a response to \(what) that could not be read: "
                + "\(PartnerCentralError.oneLine(detail ?? ""))\(id)."
        case .invalidRequest:
            let list = issues.map { PartnerCentralError.oneLine($0.description) }.joined(separator: "; ")
            return "Invalid input for \(what), nothing was sent: \(list)."
        case .invalidEndpoint:
            return "Refusing the endpoint \(PartnerCentralError.oneLine(endpointURL ?? "")): \(endpointReason ?? "")."
        case .credentials:
            guard let underlying else { return "Credentials could not be obtained; nothing was sent." }
            let text = (underlying as? LocalizedError)?.errorDescription ?? String(describing: underlying)
            return PartnerCentralError.oneLine(text, limit: 600)
        default:
            // `.service` and any code without a sentence of its own.
            let status = c.statusCode.map { "HTTP \($0)" } ?? "an error"
            return "Partner Central answered \(what) with \(c.code ?? status)\(said)\(id)."
        }
    }

    public var description: String { message }
    public var errorDescription: String? { message }

    private func subject(_ c: ErrorContext) -> String {
        var text = c.operation?.rawValue ?? "the request"
        if let identifier = c.identifier { text += " \(identifier)" }
        if let catalog = c.catalog { text += " (\(catalog))" }
        return text
    }

    static func authenticationAdvice(_ code: String?) -> String {
        switch code {
        case "ExpiredTokenException", "ExpiredToken", "RequestExpired":
            return "The session has expired: refresh the credentials (for SSO: aws sso login) and retry"
        case "InvalidSignatureException", "SignatureDoesNotMatch", "IncompleteSignatureException":
            return "Check that the secret access key matches the access key id and that the system clock is correct"
        case "RequestTimeTooSkewed":
            return "The system clock is off; correct it and retry"
        default:
            return "Check the access key id, the profile (--profile) and that the keys are still active"
        }
    }

    /// Service text reduced to one printable line (control and bidi-override characters removed).
    static func oneLine(_ text: String, limit: Int = 300) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                out.unicodeScalars.append(" ")
            } else if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                continue
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        let trimmed = out.trimmingCharacters(in: .whitespaces)
        return trimmed.count > limit ? String(trimmed.prefix(limit)) + "…" : trimmed
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }

    /// A measured duration: two decimals below a second, one below ten, whole seconds above.
    static func duration(_ value: Double) -> String {
        let value = max(0, value)
        if value < 1 { return String(format: "%.2f s", value) }
        if value < 10 { return String(format: "%.1f s", value) }
        return String(format: "%.0f s", value)
    }
}

extension String {
    /// The text without the periods it ends with.
    fileprivate var trimmingTrailingPeriods: String {
        var text = Substring(self)
        while text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }
}
