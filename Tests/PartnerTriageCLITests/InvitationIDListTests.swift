import Testing

@testable import PartnerTriageCLI

@Suite("Invitation id lists")
struct InvitationIDListTests {
    @Test func idsFromArgumentsAndFileAreDeduplicatedInOrder() throws {
        let list = try InvitationIDList(
            arguments: ["engi-0000000000002", "engi-0000000000001"],
            fileText: "# today's batch\nengi-0000000000001\n\n  engi-0000000000003  \r\nengi-0000000000002\n",
            fileName: "ids.txt"
        )
        #expect(list.ids == ["engi-0000000000002", "engi-0000000000001", "engi-0000000000003"])
    }

    @Test func arnsAreAccepted() throws {
        let arn = "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/engi-0000000000001"
        #expect(try InvitationIDList(arguments: [arn], fileText: nil, fileName: nil).ids == [arn])
    }

    @Test func aBadLineIsNamedWithItsLineNumber() {
        #expect(
            throws: CLIError.usage(
                "Invalid invitation id 'engi-123' (line 2 of ids.txt): expected engi- and 13 lowercase letters or "
                    + "digits, or an invitation ARN. Nothing was sent."
            )
        ) {
            try InvitationIDList(arguments: [], fileText: "engi-0000000000001\nengi-123\n", fileName: "ids.txt")
        }
    }

    @Test func anEmptyFileIsAnError() {
        #expect(
            throws: CLIError.usage("No invitation ids in standard input: it needs one id per line.")
        ) {
            try InvitationIDList(arguments: [], fileText: "\n# nothing\n", fileName: "standard input")
        }
    }
}
