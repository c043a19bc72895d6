import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

/// The instant the router tests run at (the demo seed is rebased onto it).
let testNow = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T…Z

/// One answer from the emulator, body parsed as JSON.
struct Reply {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var text: String
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:] }
    var errorType: String? { json["__type"] as? String }
    var message: String? { json["message"] as? String }
    var requestId: String? { headers[HTTPField.Name("x-amzn-RequestId")!] }
    /// The `FieldName`/`Code` pairs of a `ValidationException`.
    var validationCodes: [String] {
        (json["ErrorList"] as? [[String: Any]] ?? []).map {
            "\($0["FieldName"] as? String ?? "-"):\($0["Code"] as? String ?? "-")"
        }
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try PartnerCentralJSON.decoder().decode(T.self, from: Data(text.utf8))
    }
}

/// Runs router-level tests against an emulator built from a configuration, with a hand-moved clock.
struct EmulatorHarness {
    let clock: TestTime
    var configuration: EmulatorConfiguration

    init(
        seed: EmulatorSeed = TestSeeds.demo, now: Date = testNow,
        configure: (inout EmulatorConfiguration) -> Void = { _ in }
    ) {
        clock = TestTime(start: now)
        configuration = EmulatorConfiguration(
            port: 0, seed: seed, taskDuration: 0, now: clock.now, secretKey: Array(repeating: 7, count: 32))
        configure(&configuration)
    }

    /// Runs `body` with a client that signs as `credentials` at the harness clock's time.
    func run(_ body: @Sendable (RouterClient) async throws -> Void) async throws {
        let store = InvitationStore(configuration: configuration)
        let app = buildEmulator(configuration, store: store)
        let clock = self.clock
        try await app.test(.router) { client in
            try await body(RouterClient(client: client, clock: clock, store: store))
        }
    }
}

/// A signed AWS JSON client over `app.test(.router)`.
struct RouterClient: Sendable {
    let client: any TestClientProtocol
    let clock: TestTime
    let store: InvitationStore

    func call(
        _ operation: String, _ json: String, credentials: AWSCredentials? = EmulatorConfiguration.demoCredentials,
        signingDate: Date? = nil, service: String = "partnercentral-selling", extraHeaders: [(String, String)] = [],
        contentType: String = "application/x-amz-json-1.0"
    ) async throws -> Reply {
        let body = Array(json.utf8)
        var unsigned: [(name: String, value: String)] = [
            ("host", "localhost"), ("Content-Type", contentType),
            ("X-Amz-Target", "AWSPartnerCentralSelling.\(operation)"),
        ]
        unsigned += extraHeaders.map { (name: $0.0, value: $0.1) }
        var headers = unsigned
        if let credentials {
            let signer = SigV4Signer(credentials: credentials, service: service, region: "us-east-1")
            headers =
                signer.signHeaders(
                    SigV4Request(method: "POST", path: "/", headers: unsigned, body: body),
                    date: signingDate ?? clock.now()
                ).headers
        }
        var fields = HTTPFields()
        for header in headers where header.name.lowercased() != "host" {
            fields.append(HTTPField(name: HTTPField.Name(header.name)!, value: header.value))
        }
        return try await raw(method: .post, path: "/", headers: fields, body: body)
    }

    func raw(method: HTTPRequest.Method, path: String, headers: HTTPFields, body: [UInt8]) async throws -> Reply {
        let response = try await client.execute(
            uri: path, method: method, headers: headers, body: ByteBuffer(bytes: body))
        return Reply(
            status: response.status, headers: response.headers,
            text: String(buffer: response.body))
    }
}

extension TestSeeds {
    /// `count` valid invitations in `catalog`, one a minute, newest at `newest`, ids `engi-` + the index in base 36.
    static func generated(count: Int, catalog: String = "Sandbox", newest: Date = testNow) -> EmulatorSeed {
        let invitations = (0..<count).map { index -> EngagementInvitation in
            let id = "engi-" + InvitationStore.base36(index, width: 13)
            let invited = newest.addingTimeInterval(-60 * Double(index))
            return EngagementInvitation(
                arn: InvitationARN.arn(catalog: catalog, id: id),
                payloadType: index % 3 == 0 ? .leadInvitation : .opportunityInvitation, id: id,
                engagementId: "eng-" + InvitationStore.base36(index % 50, width: 14),
                engagementTitle: "Generated \(index)",
                status: [.pending, .pending, .accepted, .rejected][index % 4],
                invitationDate: Timestamp(invited), expirationDate: Timestamp(invited.addingTimeInterval(15 * 86_400)),
                senderAwsAccountId: index % 2 == 0 ? "111122223333" : "210987654321", senderCompanyName: "AWS",
                receiver: Receiver(account: AccountReceiver(alias: "demo", awsAccountId: "444455556666")),
                catalog: catalog)
        }
        return EmulatorSeed(invitations: invitations)
    }
}
