import Testing

@testable import PartnerCentral

@Suite struct AWSConfigFileParserTests {
    @Test func parsesSectionsKeysCommentsAndBothSeparators() throws {
        let text = """
            # a comment
            ; another comment
            [default]
            aws_access_key_id = AKIDDEFAULT
            Region: eu-west-1

            [profile dev]
            region=us-east-1
            output = json # not a comment for botocore
            """
        let sections = try AWSConfigFileParser.parse(text, path: "config")

        #expect(sections.map(\.name) == ["default", "profile dev"])
        #expect(sections[0].values == ["aws_access_key_id": "AKIDDEFAULT", "region": "eu-west-1"])
        #expect(sections[1].values["output"] == "json # not a comment for botocore")
    }

    @Test func keepsNestedBlocksAsSubKeys() throws {
        let text =
            "[profile dev]\ns3 =\n  max_concurrent_requests = 10\n  addressing_style = path\nregion = us-east-1\n"
        let section = try #require(try AWSConfigFileParser.parse(text, path: "config").first)

        #expect(section.nested["s3"] == ["max_concurrent_requests": "10", "addressing_style": "path"])
        #expect(section.values["region"] == "us-east-1")
    }

    @Test func repeatedSectionsMergeWithTheLaterValueWinning() throws {
        let text = "[a]\nx = 1\ny = 2\n[b]\nz = 3\n[a]\nx = 9\n"
        let sections = try AWSConfigFileParser.parse(text, path: "credentials")

        #expect(sections.count == 2)
        #expect(sections[0].values == ["x": "9", "y": "2"])
    }

    @Test func rejectsASettingBeforeAnySection() {
        #expect(
            throws: CredentialsError.configFileMalformed(path: "/c", line: 2, detail: "a setting before any [section]")
        ) {
            try AWSConfigFileParser.parse("\nregion = us-east-1\n", path: "/c")
        }
    }

    @Test func rejectsALineWithoutSeparator() {
        #expect(throws: CredentialsError.configFileMalformed(path: "/c", line: 2, detail: "expected key = value")) {
            try AWSConfigFileParser.parse("[a]\njunk\n", path: "/c")
        }
    }

    @Test func handlesCRLFLineEndings() throws {
        let sections = try AWSConfigFileParser.parse("[default]\r\nregion = us-west-2\r\n", path: "c")
        #expect(sections.first?.values["region"] == "us-west-2")
    }
}
