/// One page of `ListEngagementInvitations`, read as far as its `NextToken` and its number of rows, with the rows
/// decoded on demand (``response``): a caller that lists every page can ask for the next one before it decodes this
/// one, so decoding overlaps the next round trip instead of adding to it.
public struct ListEngagementInvitationsPage: Sendable {
    /// The token of the next page, read as ``ListEngagementInvitationsResponse/nextToken`` reads it.
    public let nextToken: String?
    /// How many rows ``response`` holds.
    public let rowCount: Int
    private let source: Source

    private enum Source: Sendable {
        case json(JSONValue)
        case decoded(ListEngagementInvitationsResponse)
    }

    /// A page read from service JSON, left undecoded.
    init(json: JSONValue) {
        let object = json.objectValue ?? JSONObject()
        nextToken = WireValue.string(object["NextToken"])
        rowCount = WireValue.list(object["EngagementInvitationSummaries"]) { WireValue.object($0) }?.count ?? 0
        source = .json(json)
    }

    /// A page that is already decoded, such as one made in code.
    public init(_ response: ListEngagementInvitationsResponse) {
        nextToken = response.nextToken
        rowCount = response.engagementInvitationSummaries?.count ?? 0
        source = .decoded(response)
    }

    /// The page with its rows, decoded as ``PartnerCentralClient/listEngagementInvitations(_:priority:)`` decodes
    /// them (each read decodes again: keep the result).
    public var response: ListEngagementInvitationsResponse {
        switch source {
        case .json(let json): ListEngagementInvitationsResponse(json: json)
        case .decoded(let response): response
        }
    }
}
