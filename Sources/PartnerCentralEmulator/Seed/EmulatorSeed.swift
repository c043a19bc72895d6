import Foundation
import PartnerCentral

/// The invitations the emulator starts with, read from a seed file.
///
/// A seed file is `{"EngagementInvitations": [ ... ]}` where each element is a `GetEngagementInvitation` response
/// object (the API's own JSON, ISO 8601 timestamps) that includes `Catalog` and `Id`. `Status` defaults to
/// `PENDING` and `InvitationDate` to the moment the emulator loads the seed. Two optional emulator-only members
/// extend it:
/// - top level `EmulatorDateAnchor` (a timestamp): the instant the data was written for. When present, every
///   `InvitationDate`, `ExpirationDate` and `TargetCompletionDate` is moved by (now − anchor) when the emulator
///   starts, so demo invitations keep expiring "in 3 days" whatever the date of the run.
/// - per element `EmulatorAcceptTaskFailure` (`{"ReasonCode": ..., "Message": ...}`): accept tasks for that
///   invitation end `FAILED` with that reason instead of `COMPLETE`.
/// - top level `EmulatorSSOTokens` (a list of ``SeedSSOToken``): IAM Identity Center tokens the identity side
///   accepts from the start, so an SSO profile can be tested without `aws sso login`.
public struct EmulatorSeed: Sendable, Hashable {
    /// The invitations, in file order, timestamps normalised to fractional-second UTC text.
    public var invitations: [EngagementInvitation]
    /// The instant the data was written for, if the file names one.
    public var dateAnchor: Date?
    /// Invitations (keyed by `Catalog/Id`) whose accept tasks fail.
    public var acceptTaskFailures: [String: AcceptTaskFailure]
    /// SSO tokens for the identity side, in file order.
    public var ssoTokens: [SeedSSOToken]

    /// Creates a seed from values.
    public init(
        invitations: [EngagementInvitation], dateAnchor: Date? = nil,
        acceptTaskFailures: [String: AcceptTaskFailure] = [:], ssoTokens: [SeedSSOToken] = []
    ) {
        self.invitations = invitations
        self.dateAnchor = dateAnchor
        self.acceptTaskFailures = acceptTaskFailures
        self.ssoTokens = ssoTokens
    }

    /// An empty seed.
    public static let empty = EmulatorSeed(invitations: [])

    /// The key of ``acceptTaskFailures`` for an invitation.
    public static func key(catalog: String, id: String) -> String { "\(catalog)/\(id)" }

    /// Reads and validates a seed file.
    ///
    /// - Throws: ``SeedError`` naming the element's index and the field when the file is unreadable, is not JSON,
    ///   or breaks the service model (required members, misspelt members at any depth, patterns, enums, lengths, id
    ///   format, duplicate ids).
    public static func load(contentsOf url: URL) throws -> EmulatorSeed {
        let name = url.lastPathComponent
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
        let raw: Any
        do {
            raw = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw SeedError(file: fileName, path: "", problem: "not valid JSON (\(SeedDecoding.describeSyntaxError(error)))")
        }
        let document: SeedDocument
        do {
            document = try PartnerCentralJSON.decoder().decode(SeedDocument.self, from: data)
        } catch let error as DecodingError {
            throw SeedDecoding.seedError(error, fileName: fileName)
        }
        let rawDocument = raw as? [String: Any] ?? [:]
        if let stranger = rawDocument.keys.sorted().first(where: {
            !["EngagementInvitations", "EmulatorDateAnchor", "EmulatorSSOTokens"].contains(SeedDecoding.wireName($0))
        }) {
            throw SeedError(file: fileName, path: stranger, problem: "not a member of a seed file (misspelt?)")
        }
        let rawElements = rawDocument["EngagementInvitations"] as? [Any] ?? []
        var validator = SeedValidator()
        for (index, element) in document.engagementInvitations.enumerated() {
            let at = "EngagementInvitations[\(index)]"
            if index < rawElements.count, let unknown = SeedShape.element.firstUnknown(in: rawElements[index], at: at) {
                throw SeedError(
                    file: fileName, path: unknown.path, problem: "not a member of \(unknown.shape) (misspelt?)")
            }
            validator.validate(element, index: index)
            if let issue = validator.firstIssue {
                throw SeedError(file: fileName, path: issue.path, problem: issue.problem)
            }
        }
        let ssoTokens = document.emulatorSSOTokens ?? []
        for (index, element) in ssoTokens.enumerated() {
            if let issue = element.firstIssue {
                throw SeedError(
                    file: fileName, path: "EmulatorSSOTokens[\(index)].\(issue.member)", problem: issue.problem)
            }
        }
        var failures: [String: AcceptTaskFailure] = [:]
        for element in document.engagementInvitations {
            if let failure = element.acceptTaskFailure {
                failures[key(catalog: element.invitation.catalog, id: element.invitation.id)] = failure
            }
        }
        return EmulatorSeed(
            invitations: document.engagementInvitations.map { SeedDecoding.normalised($0.invitation) },
            dateAnchor: document.emulatorDateAnchor?.date, acceptTaskFailures: failures,
            ssoTokens: ssoTokens.map(\.token))
    }

    /// The seed with every date moved so that ``dateAnchor`` falls on `now`; unchanged when there is no anchor.
    public func rebased(to now: Date) -> EmulatorSeed {
        guard let anchor = dateAnchor else { return self }
        let shift = now.timeIntervalSince(anchor)
        var copy = self
        copy.invitations = invitations.map { SeedDecoding.shifted($0, by: shift) }
        copy.ssoTokens = ssoTokens.map { token in
            var moved = token
            moved.expiresAt = token.expiresAt?.addingTimeInterval(shift)
            return moved
        }
        copy.dateAnchor = now
        return copy
    }
}
