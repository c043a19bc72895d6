import Foundation
import PartnerCentral

/// Turns decoding failures into one-line seed errors, and fills in or shifts seeded invitations.
enum SeedDecoding {
    /// `EngagementInvitations[12].Payload.OpportunityInvitation.Customer`.
    static func path(_ codingPath: [CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    static func seedError(_ error: DecodingError, fileName: String) -> SeedError {
        switch error {
        case .keyNotFound(let key, let context):
            return SeedError(
                file: fileName, path: path(context.codingPath + [key]), problem: "required member is missing")
        case .typeMismatch(let type, let context):
            return SeedError(
                file: fileName, path: path(context.codingPath), problem: "expected \(describe(type))")
        case .valueNotFound(let type, let context):
            return SeedError(
                file: fileName, path: path(context.codingPath), problem: "expected \(describe(type)), found null")
        case .dataCorrupted(let context):
            return SeedError(file: fileName, path: path(context.codingPath), problem: context.debugDescription)
        @unknown default:
            return SeedError(file: fileName, path: "", problem: "\(error)")
        }
    }

    static func describe(_ type: Any.Type) -> String {
        let name = "\(type)"
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") { return "an object" }
        switch name {
        case "String": return "a string"
        case "Int", "Double", "Int64": return "a number"
        case "Bool": return "true or false"
        default: return "an object (\(name))"
        }
    }

    /// Fills in what a seed may leave out and the service always sends: the emulator's own ARN and a `PENDING`
    /// status (a missing `InvitationDate` is filled in by the store, from its clock). Everything else is kept.
    static func normalised(_ object: JSONObject, id: String, catalog: String) -> JSONValue {
        var copy = object
        if copy["Arn"] == nil || copy["Arn"] == .null {
            copy["Arn"] = .string(InvitationARN.arn(catalog: catalog, id: id))
        }
        if copy["Status"] == nil || copy["Status"] == .null {
            copy["Status"] = .string(InvitationStatus.pending.rawValue)
        }
        return .object(copy)
    }

    /// Moves an invitation's timestamps by `milliseconds` and its plain dates by the nearest whole number of days.
    static func shifted(_ invitation: SeedInvitation, milliseconds: Int64) -> SeedInvitation {
        var object = invitation.object
        for member in ["InvitationDate", "ExpirationDate"] {
            if let value = object[member] { object[member] = shiftedTimestamp(value, milliseconds: milliseconds) }
        }
        if case .object(var payload)? = object["Payload"],
            case .object(var opportunity)? = payload["OpportunityInvitation"],
            case .object(var project)? = opportunity["Project"],
            case .string(let day)? = project["TargetCompletionDate"]
        {
            let days = Int64((Double(milliseconds) / 86_400_000).rounded())
            project["TargetCompletionDate"] = .string(SeedTimeShift.shiftDay(day, days: days) ?? day)
            opportunity["Project"] = .object(project)
            payload["OpportunityInvitation"] = .object(opportunity)
            object["Payload"] = .object(payload)
        }
        return SeedInvitation(.object(object))
    }

    /// A timestamp value moved exactly, in its own format; a value that is no timestamp is left alone.
    static func shiftedTimestamp(_ value: JSONValue, milliseconds: Int64) -> JSONValue {
        switch value {
        case .string(let text):
            if let moved = SeedTimeShift.shift(text, milliseconds: milliseconds) { return .string(moved) }
            // A form the exact shift does not read (no seconds, say) is moved through `Date`, in the service's form.
            guard let date = Timestamp.parse(text) else { return value }
            return .string(Timestamp.format(date.addingTimeInterval(TimeInterval(milliseconds) / 1000)))
        case .number(let literal):
            return .number(SeedTimeShift.shiftEpoch(literal, milliseconds: milliseconds) ?? literal)
        default:
            return value
        }
    }
}
