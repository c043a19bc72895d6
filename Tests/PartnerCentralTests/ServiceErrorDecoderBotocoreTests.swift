import Foundation
import Testing

@testable import PartnerCentral

/// The decoder against the installed botocore's own awsJson parser: the same hand-made error responses must give the
/// same error code. botocore's fallback to the HTTP status (`"400"`) is this client's `nil` code with the status.
@Suite struct ServiceErrorDecoderBotocoreTests {
    struct Case: Sendable, CustomStringConvertible {
        var status: Int
        var headers: [String: String]
        var body: String
        var description: String { "\(status) \(headers) \(body)" }
    }

    static let cases: [Case] = [
        Case(status: 400, headers: [:], body: #"{"__type":"ConflictException","message":"m"}"#),
        Case(
            status: 400, headers: ["x-amzn-ErrorType": "ConflictException"], body: #"{"__type":"ValidationException"}"#),
        Case(status: 400, headers: ["x-amzn-ErrorType": "ConflictException:http://x"], body: #"{"message":"m"}"#),
        Case(status: 404, headers: [:], body: #"{"code":"ResourceNotFoundException"}"#),
        Case(status: 404, headers: [:], body: #"{"Code":"ResourceNotFoundException"}"#),
        Case(status: 400, headers: [:], body: #"{"__type":"com.amazonaws.partnercentral#ThrottlingException"}"#),
        Case(status: 400, headers: [:], body: #"{"__type":"aws.protocoltests#FooError:http://internal.amazon.com/x"}"#),
        Case(status: 400, headers: [:], body: #"{"__type":"a#b#FooError"}"#),
        Case(status: 400, headers: [:], body: #"{"__type":"FooError:a#b"}"#),
        Case(status: 400, headers: [:], body: #"{"__type":" SpacedError "}"#),
        Case(status: 403, headers: [:], body: ""),
        Case(status: 500, headers: [:], body: "<html><body>Internal</body></html>"),
        Case(status: 502, headers: ["X-Amzn-ErrorType": "BadGateway"], body: ""),
        Case(status: 400, headers: [:], body: "not json"),
        Case(status: 429, headers: ["x-amzn-errortype": "ThrottlingException"], body: "{}"),
    ]

    /// botocore's code for each case, from `botocore.parsers.JSONParser().parse(response, None)`.
    static func botocoreCodes(_ cases: [Case]) async throws -> [String] {
        let script = """
            import json, sys
            from botocore.parsers import JSONParser
            out = []
            for c in json.load(sys.stdin):
                response = {"status_code": c["status"], "headers": c["headers"], "body": c["body"].encode()}
                out.append(JSONParser().parse(response, None)["Error"]["Code"])
            print(json.dumps(out))
            """
        let input = try JSONSerialization.data(
            withJSONObject: cases.map {
                ["status": $0.status, "headers": $0.headers, "body": $0.body] as [String: Any]
            })
        let result = try await Python.run(["-c", script], input: input)
        let output = result.stdout
        try #require(result.status == 0, "python3 with botocore is needed (pip install botocore)")
        return try #require(try JSONSerialization.jsonObject(with: output) as? [String])
    }

    @Test func codesMatchBotocoresJSONParser() async throws {
        let expected = try await Self.botocoreCodes(Self.cases)
        try #require(expected.count == Self.cases.count)
        for (index, testCase) in Self.cases.enumerated() {
            let error = ServiceErrorDecoder.decode(
                status: testCase.status, headers: testCase.headers.map { (name: $0.key, value: $0.value) },
                body: Array(testCase.body.utf8), context: ErrorContext())
            let ours = error.context.code ?? String(testCase.status)
            #expect(ours == expected[index], "\(testCase)")
        }
    }
}
