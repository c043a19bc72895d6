import PartnerCentral

/// One seeded invitation as it was given: its JSON object written compactly, members in the file's order, numbers
/// and timestamps as written. Kept as text (about a kilobyte each) rather than as a tree or a typed value, so that
/// 10,000 of them stay small; it is parsed again when it is served.
public struct SeedInvitation: Sendable, Hashable {
    /// The compact JSON text.
    let text: [UInt8]

    /// Keeps an object's JSON.
    init(_ json: JSONValue) {
        text = Array(PythonJSONWriter.compact(json).utf8)
    }

    /// Keeps a typed invitation: the JSON it was read from when it is unchanged, else its model JSON.
    init(_ invitation: EngagementInvitation) {
        if let wire = invitation.wire.value, EngagementInvitation(json: wire) == invitation {
            self.init(wire)
        } else {
            self.init(invitation.json)
        }
    }

    /// The JSON object (an empty one if the text were ever unreadable, which it cannot be: it was written here).
    var json: JSONValue { (try? JSONParser.parse(text)) ?? .object(JSONObject()) }

    /// The object's members.
    var object: JSONObject { json.objectValue ?? JSONObject() }

    /// The typed invitation.
    var invitation: EngagementInvitation { EngagementInvitation(json: json) }
}
