import Foundation
import PartnerCentral

/// The invitations the emulator starts with, read from a seed file.
///
/// A seed file is `{"EngagementInvitations": [ ... ]}` where each element is a `GetEngagementInvitation` response
/// object (the API's own JSON) that includes `Catalog` and `Id`. The emulator keeps what it is given and serves it
/// back as given: members in the file's order, `Arn` and timestamps to the character. `Status` defaults to `PENDING`,
/// `Arn` to the emulator's own form and `InvitationDate` to the moment the emulator loads the seed. Emulator-only
/// members extend it:
/// - top level `EmulatorDateAnchor` (a timestamp): the instant the data was written for. When present, every
///   `InvitationDate`, `ExpirationDate` and `TargetCompletionDate` is moved by (now − anchor), in whole milliseconds
///   (dates by whole days), when the emulator starts, so demo invitations keep expiring "in 3 days" whatever the
///   date of the run. Each text keeps its format (fraction digits, `Z` or offset).
/// - per element `EmulatorAcceptTaskFailure` (`{"ReasonCode": ..., "Message": ...}`): accept tasks for that
///   invitation end `FAILED` with that reason instead of `COMPLETE`.
/// - top level `EmulatorSSOTokens` (a list of ``SeedSSOToken``): IAM Identity Center tokens the identity side
///   accepts from the start, so an SSO profile can be tested without `aws sso login`.
///
/// An optional top-level `Opportunities` list holds the partner's existing opportunities, each a `GetOpportunity`
/// response object with `Catalog` and `Id` (`O` and digits), served as given; `LastModifiedDate` and `CreatedDate`
/// default to the load time and `RelatedEntityIdentifiers` to `{}`. An element's emulator-only
/// `EmulatorAwsOpportunitySummary` (a `GetAwsOpportunitySummary` response object) is what that operation answers for
/// it; without one it answers `ResourceNotFoundException`. Dates move with `EmulatorDateAnchor` like the invitations'.
public struct EmulatorSeed: Sendable, Hashable {
    /// The invitations as given, in file order.
    var elements: [SeedInvitation]
    /// The instant the data was written for, if the file names one.
    public var dateAnchor: Date?
    /// Invitations (keyed by `Catalog/Id`) whose accept tasks fail.
    public var acceptTaskFailures: [String: AcceptTaskFailure]
    /// SSO tokens for the identity side, in file order.
    public var ssoTokens: [SeedSSOToken]
    /// The partner's existing opportunities, in file order.
    public var opportunities: [SeedOpportunity]

    /// The invitations, in file order, read as the client reads them (each read when asked for).
    public var invitations: [EngagementInvitation] {
        get { elements.map(\.invitation) }
        set { elements = newValue.map(SeedInvitation.init) }
    }

    /// How many invitations the seed holds (without reading them).
    public var count: Int { elements.count }

    /// Creates a seed from values.
    public init(
        invitations: [EngagementInvitation], dateAnchor: Date? = nil,
        acceptTaskFailures: [String: AcceptTaskFailure] = [:], ssoTokens: [SeedSSOToken] = [],
        opportunities: [SeedOpportunity] = []
    ) {
        self.init(
            elements: invitations.map(SeedInvitation.init), dateAnchor: dateAnchor,
            acceptTaskFailures: acceptTaskFailures, ssoTokens: ssoTokens, opportunities: opportunities)
    }

    init(
        elements: [SeedInvitation], dateAnchor: Date?, acceptTaskFailures: [String: AcceptTaskFailure],
        ssoTokens: [SeedSSOToken], opportunities: [SeedOpportunity] = []
    ) {
        self.elements = elements
        self.dateAnchor = dateAnchor
        self.acceptTaskFailures = acceptTaskFailures
        self.ssoTokens = ssoTokens
        self.opportunities = opportunities
    }

    /// An empty seed.
    public static let empty = EmulatorSeed(invitations: [])

    /// The key of ``acceptTaskFailures`` for an invitation.
    public static func key(catalog: String, id: String) -> String { "\(catalog)/\(id)" }

    /// Reads and validates a seed file.
    ///
    /// - Throws: ``SeedError`` naming the element's index and the field when the file is unreadable, is not JSON,
    ///   or breaks the service model where it speaks (misspelt members at any depth, JSON types, patterns, enums,
    ///   lengths of the members present), lacks `Id` or `Catalog`, or repeats an id.
    /// - Parameter name: How errors name the file: the path as the user gave it; the file's last component if `nil`.
    public static func load(contentsOf url: URL, name: String? = nil) throws -> EmulatorSeed {
        let name = name ?? url.lastPathComponent
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw SeedError(file: name, path: "", problem: "is a folder, not a seed file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SeedError(file: name, path: "", problem: "cannot be read (\(error.localizedDescription))")
        }
        return try parse(data, fileName: name)
    }

    /// Validates seed JSON already in memory; `fileName` only labels errors.
    public static func parse(_ data: Data, fileName: String) throws -> EmulatorSeed {
        try SeedLoader(bytes: Array(data), fileName: fileName).load()
    }

    /// The seed with every date moved so that ``dateAnchor`` falls on `now` (to the millisecond); unchanged when
    /// there is no anchor.
    public func rebased(to now: Date) -> EmulatorSeed {
        guard let anchor = dateAnchor else { return self }
        let milliseconds = Int64((now.timeIntervalSince(anchor) * 1000).rounded())
        var copy = self
        copy.elements = elements.map { SeedDecoding.shifted($0, milliseconds: milliseconds) }
        copy.opportunities = opportunities.map { $0.shifted(milliseconds: milliseconds) }
        copy.ssoTokens = rebasedSSOTokens(to: now)
        copy.dateAnchor = anchor.addingTimeInterval(TimeInterval(milliseconds) / 1000)
        return copy
    }

    /// The SSO tokens with their expiry moved as ``rebased(to:)`` moves them, without touching the invitations.
    public func rebasedSSOTokens(to now: Date) -> [SeedSSOToken] {
        guard let anchor = dateAnchor else { return ssoTokens }
        let shift = TimeInterval(Int64((now.timeIntervalSince(anchor) * 1000).rounded())) / 1000
        return ssoTokens.map { token in
            var moved = token
            moved.expiresAt = token.expiresAt?.addingTimeInterval(shift)
            return moved
        }
    }
}
