import Foundation
import PartnerCentral

/// Reads a seed file element by element: each is parsed, checked, stripped of emulator-only members and kept as
/// compact text before the next is read.
struct SeedLoader {
    let bytes: [UInt8]
    let fileName: String

    static let topLevelMembers = ["EngagementInvitations", "EmulatorDateAnchor", "EmulatorSSOTokens", "Opportunities"]

    func load() throws -> EmulatorSeed {
        guard let document = SeedDocument.scan(bytes) else { return try loadWhole() }
        guard let list = document.members["EngagementInvitations"] else { throw missingInvitations }
        if let stranger = document.names.sorted().first(where: { !Self.topLevelMembers.contains($0) }) {
            throw SeedError(file: fileName, path: stranger, problem: "not a member of a seed file (misspelt?)")
        }
        guard let ranges = SeedDocument.elements(of: bytes, in: list) else { return try loadWhole() }
        var validator = SeedValidator()
        var elements: [SeedInvitation] = []
        elements.reserveCapacity(ranges.count)
        var failures: [String: AcceptTaskFailure] = [:]
        for (index, range) in ranges.enumerated() {
            let value: JSONValue
            do {
                value = try JSONParser.parse(Array(bytes[range]))
            } catch {
                return try loadWhole()
            }
            try accept(value, index: index, validator: &validator, into: &elements, failures: &failures)
        }
        let opportunities: JSONValue?
        if let range = document.members["Opportunities"] {
            guard let parsed = try? JSONParser.parse(Array(bytes[range])) else { return try loadWhole() }
            opportunities = parsed
        } else {
            opportunities = nil
        }
        return try finish(
            elements: elements, failures: failures,
            anchor: document.members["EmulatorDateAnchor"].map { try? JSONParser.parse(Array(bytes[$0])) } ?? nil,
            tokens: document.members["EmulatorSSOTokens"].map { Array(bytes[$0]) }, opportunities: opportunities)
    }

    /// The slow path for a file the scan could not follow: parse it whole (which names a syntax error).
    private func loadWhole() throws -> EmulatorSeed {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw SeedError(file: fileName, path: "", problem: "not valid JSON (\(error))")
        }
        guard case .object(let document) = value else {
            throw SeedError(
                file: fileName, path: "", problem: "expected an object ({\"EngagementInvitations\": [...]})")
        }
        guard let list = document["EngagementInvitations"] else { throw missingInvitations }
        if let stranger = document.names.sorted().first(where: { !Self.topLevelMembers.contains($0) }) {
            throw SeedError(file: fileName, path: stranger, problem: "not a member of a seed file (misspelt?)")
        }
        guard case .array(let items) = list else {
            throw SeedError(file: fileName, path: "EngagementInvitations", problem: "expected a list")
        }
        var validator = SeedValidator()
        var elements: [SeedInvitation] = []
        var failures: [String: AcceptTaskFailure] = [:]
        for (index, item) in items.enumerated() {
            try accept(item, index: index, validator: &validator, into: &elements, failures: &failures)
        }
        return try finish(
            elements: elements, failures: failures, anchor: document["EmulatorDateAnchor"],
            tokens: document["EmulatorSSOTokens"].map { Array(PythonJSONWriter.compact($0).utf8) },
            opportunities: document["Opportunities"])
    }

    private var missingInvitations: SeedError {
        SeedError(file: fileName, path: "EngagementInvitations", problem: "required member is missing")
    }

    private func accept(
        _ value: JSONValue, index: Int, validator: inout SeedValidator, into elements: inout [SeedInvitation],
        failures: inout [String: AcceptTaskFailure]
    ) throws {
        let at = "EngagementInvitations[\(index)]"
        if let issue = validator.validate(value, at: at) {
            throw SeedError(file: fileName, path: issue.path, problem: issue.problem)
        }
        // safe: the validator has just checked that the element is an object with string Id and Catalog
        var object = value.objectValue!
        let id = object["Id"]!.stringValue!
        let catalog = object["Catalog"]!.stringValue!
        if let failure = object["EmulatorAcceptTaskFailure"]?.objectValue,
            let reason = failure["ReasonCode"]?.stringValue, let message = failure["Message"]?.stringValue
        {
            failures[EmulatorSeed.key(catalog: catalog, id: id)] = AcceptTaskFailure(
                reasonCode: ReasonCode(rawValue: reason), message: message)
        }
        object["EmulatorAcceptTaskFailure"] = nil
        elements.append(SeedInvitation(SeedDecoding.normalised(object, id: id, catalog: catalog)))
    }

    private func finish(
        elements: [SeedInvitation], failures: [String: AcceptTaskFailure], anchor: JSONValue?, tokens: [UInt8]?,
        opportunities: JSONValue?
    ) throws -> EmulatorSeed {
        var dateAnchor: Date?
        if let anchor, !anchor.isNull {
            guard let text = anchor.stringValue, let timestamp = Timestamp(text: text) else {
                throw SeedError(
                    file: fileName, path: "EmulatorDateAnchor",
                    problem: "Expected an ISO 8601 timestamp, got \(PythonJSONWriter.compact(anchor))")
            }
            dateAnchor = timestamp.date
        }
        var ssoTokens: [SeedSSOToken] = []
        if let tokens {
            let wrapped = Array("{\"EmulatorSSOTokens\":".utf8) + tokens + [UInt8(ascii: "}")]
            let decoded: [SeedSSOTokenElement]
            do {
                decoded = try PartnerCentralJSON.decoder().decode(SSOTokenList.self, from: Data(wrapped)).tokens
            } catch let error as DecodingError {
                throw SeedDecoding.seedError(error, fileName: fileName)
            }
            for (index, element) in decoded.enumerated() {
                if let issue = element.firstIssue {
                    throw SeedError(
                        file: fileName, path: "EmulatorSSOTokens[\(index)].\(issue.member)", problem: issue.problem)
                }
            }
            ssoTokens = decoded.map(\.token)
        }
        return EmulatorSeed(
            elements: elements, dateAnchor: dateAnchor, acceptTaskFailures: failures, ssoTokens: ssoTokens,
            opportunities: try self.opportunities(opportunities))
    }

    private struct SSOTokenList: Decodable {
        var tokens: [SeedSSOTokenElement]
        enum CodingKeys: String, CodingKey { case tokens = "EmulatorSSOTokens" }
    }
}
