import Foundation
import PartnerCentral

/// Turns decoding failures into one-line seed errors, and normalises or shifts decoded invitations.
enum SeedDecoding {
    /// `status` → `Status`: the models' property names back in wire spelling.
    static func wireName(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.uppercased() + name.dropFirst()
    }

    /// `EngagementInvitations[12].Payload.OpportunityInvitation.Customer`.
    static func path(_ codingPath: [CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + wireName(key.stringValue)
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

    /// The parser's own words, which on current Foundation include the line and column.
    static func describeSyntaxError(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return nsError.localizedDescription
    }

    /// Fills in the ARN and a `PENDING` status, and rewrites timestamps in the service's fractional-second form.
    /// (A missing `InvitationDate` is filled in by the store, from its clock, when the seed is loaded.)
    static func normalised(_ invitation: EngagementInvitation) -> EngagementInvitation {
        var copy = invitation
        if copy.arn == nil { copy.arn = InvitationARN.arn(catalog: copy.catalog, id: copy.id) }
        if copy.status == nil { copy.status = .pending }
        copy.invitationDate = copy.invitationDate.map { Timestamp($0.date) }
        copy.expirationDate = copy.expirationDate.map { Timestamp($0.date) }
        return copy
    }

    /// Moves every date of an invitation by `interval`; plain dates move by whole days.
    static func shifted(_ invitation: EngagementInvitation, by interval: TimeInterval) -> EngagementInvitation {
        var copy = invitation
        copy.invitationDate = copy.invitationDate.map { Timestamp($0.date.addingTimeInterval(interval)) }
        copy.expirationDate = copy.expirationDate.map { Timestamp($0.date.addingTimeInterval(interval)) }
        if var opportunity = copy.payload?.opportunityInvitation {
            let days = Int((interval / 86_400).rounded())
            opportunity.project.targetCompletionDate = shiftDay(opportunity.project.targetCompletionDate, days: days)
            copy.payload?.opportunityInvitation = opportunity
        }
        return copy
    }

    static func shiftDay(_ day: String, days: Int) -> String {
        guard let date = dayFormat.date(from: day),
            let moved = utcCalendar.date(byAdding: .day, value: days, to: date)
        else { return day }
        return dayFormat.string(from: moved)
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!  // safe: zero offset always exists
        return calendar
    }()

    private static let dayFormat: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }()
}
