import Foundation
import Testing

@testable import PartnerCentral

/// Numbers are printed as Python prints what `json.loads` read, since that is what the AWS CLI shows.
@Suite struct PythonNumberTests {
    static let literals = [
        "0", "-0", "7", "-12", "12345678901234567890123", "1.0", "-0.0", "1.50", "1E5", "1e21", "1e+16", "1e15",
        "123456789012345.6", "0.0001", "0.00001", "1e-7", "2.5e-5", "1250.5", "0.1", "3.141592653589793",
        "1e308", "1e400", "-1e400", "5e-324", "9007199254740993", "9007199254740993.0", "1234567890123456789.0",
    ]

    @Test func numbersPrintAsPythonPrintsThem() async throws {
        let script = "import json,sys\nfor line in sys.stdin.read().split():\n    print(json.dumps(json.loads(line)))"
        let result = try await Python.run(["-c", script], input: Data(Self.literals.joined(separator: "\n").utf8))
        let data = result.stdout
        let python = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        try #require(python.count == Self.literals.count, "python3 is needed")
        for (literal, expected) in zip(Self.literals, python) {
            #expect(PythonNumber.repr(literal) == expected, "\(literal)")
        }
    }

    @Test func parsedNumbersKeepTheirLiteral() throws {
        let value = try JSONParser.parse(Array(#"[1.50, -0, 1E5, 12345678901234567890123]"#.utf8))
        #expect(value == .array([.number("1.50"), .number("-0"), .number("1E5"), .number("12345678901234567890123")]))
    }

    @Test func malformedTextIsRefusedWithWhereItStopped() {
        for text in ["{", "[1,]", "{\"a\" 1}", "\"\u{01}\"", "01", "{\"a\":1} x", "nul"] {
            #expect(throws: JSONParser.Failure.self, "\(text)") { try JSONParser.parse(Array(text.utf8)) }
        }
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(deep.utf8)) }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }
}
