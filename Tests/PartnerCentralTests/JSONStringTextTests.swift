import Testing

@testable import PartnerCentral

/// Strings as the parser reads them and the writer writes them: plain text is taken and written whole, and text
/// with escapes, controls or non-ASCII comes out exactly as Python's `json` module has it.
@Suite struct JSONStringTextTests {
    static func parsedString(_ json: String) throws -> String? {
        try JSONParser.parse(Array(json.utf8)).stringValue
    }

    @Test func escapesAnywhereInAStringAreDecodedAroundTheirPlainRuns() throws {
        let cases: [(json: String, text: String)] = [
            (#""""#, ""),
            (#""plain text""#, "plain text"),
            (#""\n""#, "\n"),
            (#""\"quoted\"""#, "\"quoted\""),
            (#""a\\b\/c""#, "a\\b/c"),
            (#""tab\tand\u00e9 end""#, "tab\tand\u{e9} end"),
            (#""\ud83d\ude42 smile""#, "🙂 smile"),
            (#""lone \ud83d here""#, "lone \u{FFFD} here"),
            (#""日本語\n🙂""#, "日本語\n🙂"),
            (#""e\u0301""#, "e\u{301}"),
        ]
        for (json, text) in cases {
            let parsed = try Self.parsedString(json)
            #expect(parsed == text, "\(json)")
            #expect(parsed.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars), "\(json)")
        }
    }

    @Test func invalidUTF8IsRefusedBeforeAndAfterAnEscape() {
        let texts: [[UInt8]] = [
            [0x22, 0xFF, 0x5C, 0x6E, 0x22], [0x22, 0x5C, 0x6E, 0xC3, 0x22], [0x22, 0x61, 0xE6, 0x97, 0x22],
        ]
        for bytes in texts {
            #expect(throws: JSONParser.Failure.self, "\(bytes)") { try JSONParser.parse(bytes) }
        }
    }

    @Test func membersNamesAndValuesKeepTheirTextInAPage() throws {
        let page =
            #"{"EngagementInvitationSummaries":[{"Id":"engi-1","EngagementTitle":"Caf\u00e9 \"North\""}],"#
            + #""NextToken":"abc"}"#
        let value = try JSONParser.parse(Array(page.utf8))
        let row = value.objectValue?["EngagementInvitationSummaries"]?.arrayValue?.first?.objectValue
        #expect(row?["Id"]?.stringValue == "engi-1")
        #expect(row?["EngagementTitle"]?.stringValue == "Café \"North\"")
        #expect(value.objectValue?["NextToken"]?.stringValue == "abc")
    }

    @Test func printableASCIIIsWrittenAsItIsInEveryForm() {
        let printable = String(String.UnicodeScalarView((UInt32(0x20)..<0x7F).compactMap { Unicode.Scalar($0) }))
        for (terminalSafe, asciiOnly) in [(false, false), (true, false), (false, true), (true, true)] {
            var out = ""
            PythonJSONWriter.escape(printable, into: &out, terminalSafe: terminalSafe, asciiOnly: asciiOnly)
            let body = printable.replacingOccurrences("\\", "\\\\").replacingOccurrences("\"", "\\\"")
            let expected = "\"" + body + "\""
            #expect(out == expected)
            var plain = ""
            PythonJSONWriter.escape(
                "engi-0000000000001", into: &plain, terminalSafe: terminalSafe, asciiOnly: asciiOnly)
            #expect(plain == #""engi-0000000000001""#)
        }
    }

    @Test func deleteControlsAndNonASCIIAreStillEscapedAsEachFormAsks() {
        func escaped(_ text: String, terminalSafe: Bool = false, asciiOnly: Bool = false) -> String {
            var out = ""
            PythonJSONWriter.escape(text, into: &out, terminalSafe: terminalSafe, asciiOnly: asciiOnly)
            return out
        }
        #expect(escaped("a\u{7F}b") == "\"a\u{7F}b\"")
        #expect(escaped("a\u{7F}b", terminalSafe: true) == #""a\u007fb""#)
        #expect(escaped("a\u{7F}b", asciiOnly: true) == #""a\u007fb""#)
        #expect(escaped("é🙂") == "\"é🙂\"")
        #expect(escaped("é🙂", asciiOnly: true) == #""\u00e9\ud83d\ude42""#)
        #expect(escaped("x\u{202E}y", terminalSafe: true) == #""x\u202ey""#)
        #expect(escaped("x\u{01}y\u{1F}") == #""x\u0001y\u001f""#)
        #expect(escaped("") == #""""#)
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    @Test(arguments: [1, 63, 64, 65, 80])
    func everyLevelOfNestingIsIndentedByFourSpacesAsPythonIndents(depth: Int) {
        var value = JSONValue.number("1")
        for _ in 0..<depth { value = .array([value]) }
        // json.dumps(value, indent=4): each level opens a line, its one item one level deeper, and closes it again.
        var expected = "1"
        for level in stride(from: depth - 1, through: 0, by: -1) {
            let inner = String(repeating: " ", count: 4 * (level + 1))
            let outer = String(repeating: " ", count: 4 * level)
            expected = "[\n" + inner + expected + "\n" + outer + "]"
        }
        #expect(PythonJSONWriter.pretty(value) == expected)
    }
}
