import PartnerCentral
import Testing

@testable import PartnerTriageCLI

@Suite("AWS CLI JSON output")
struct PythonJSONWriterTests {
    @Test func indentsLikePythonWithFourSpacesAndKeepsEmptyContainersInline() {
        let value = JSONValue.object(
            JSONObject([
                ("B", .array([.number("1"), .object(JSONObject())])), ("A", .array([])), ("C", .null),
                ("D", .bool(true)),
            ]))
        #expect(
            PythonJSONWriter.pretty(value) == """
                {
                    "B": [
                        1,
                        {}
                    ],
                    "A": [],
                    "C": null,
                    "D": true
                }
                """
        )
    }

    @Test func escapesOnlyWhatPythonEscapesWithEnsureASCIIOff() {
        var out = ""
        PythonJSONWriter.escape("a\"b\\c/d\n\t\u{1b}[2J\u{7f}\u{202e}日本語🙂\u{08}\u{0c}\r", into: &out)
        #expect(out == #""a\"b\\c/d\n\t\u001b[2J"# + "\u{7f}\u{202e}日本語🙂" + #"\b\f\r""#)
    }

    @Test func summaryMembersFollowTheServiceModelOrderAndKeepWireTimestamps() throws {
        let summary = makeInvitation("engi-0000000000001").summary
        let text = AWSCLIOutput.list(pages: [
            ListEngagementInvitationsResponse(engagementInvitationSummaries: [summary])
        ])
        #expect(
            text == """
                {
                    "EngagementInvitationSummaries": [
                        {
                            "Arn": "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/engi-0000000000001",
                            "PayloadType": "OpportunityInvitation",
                            "Id": "engi-0000000000001",
                            "EngagementId": "eng-00000000000001",
                            "EngagementTitle": "Data platform migration",
                            "Status": "PENDING",
                            "InvitationDate": "2026-01-02T03:04:05.678Z",
                            "ExpirationDate": "2026-01-17T03:04:05.678Z",
                            "SenderAwsAccountId": "123456789012",
                            "SenderCompanyName": "AWS",
                            "Catalog": "Sandbox",
                            "ParticipantType": "RECEIVER"
                        }
                    ]
                }

                """
        )
    }

    @Test func anEmptyListStillHasTheResultKey() throws {
        #expect(
            AWSCLIOutput.list(pages: [ListEngagementInvitationsResponse(engagementInvitationSummaries: [])])
                == "{\n    \"EngagementInvitationSummaries\": []\n}\n")
    }

    @Test func compactFormHasNoSpaces() {
        #expect(
            PythonJSONWriter.compact(.object(JSONObject([("a", .array([.string("x"), .number("2")]))])))
                == #"{"a":["x",2]}"#)
    }
}
