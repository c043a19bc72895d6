import Foundation
import PartnerCentral
import Testing

@testable import PartnerTriageCLI

/// What `list` and `show` print when the service's text is hostile, huge or endless.
@Suite struct ListOutputSafetyTests {
    static let osc = "\u{1b}]0;pwned\u{07}\u{1b}]52;c;ZWNobyBoaQ==\u{07}\u{1b}[2J"

    func run(
        _ arguments: [String], service: FakePartnerCentral, stdoutIsTerminal: Bool = false,
        console: CapturingConsole = CapturingConsole(), files: [String: String] = [:]
    ) async -> (code: Int32, console: CapturingConsole) {
        let context = makeTestContext(
            console: console, stdoutIsTerminal: stdoutIsTerminal, service: service, files: files)
        let code = await PartnerTriageMain.run(arguments: arguments, context: context)
        return (code, console)
    }

    static func hasTerminalControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
                || scalar.properties.generalCategory == .format
        }
    }

    @Test func idsWithEscapeSequencesAreNotPrinted() async {
        let good = makeInvitation("engi-0000000000001")
        let hostile = makeInvitation("arn:aws:partnercentral:x" + Self.osc + "\u{9b}31m\u{202e}")
        let service = FakePartnerCentral(invitations: [good, hostile])
        let (code, console) = await run(["list", "--catalog", "Sandbox", "--output", "ids"], service: service)
        #expect(code == 0)
        #expect(console.output == "engi-0000000000001\n")
        #expect(console.errors.contains("1 invitation id not printed"))
        #expect(!Self.hasTerminalControl(console.errors))
    }

    @Test(arguments: [["--output", "table"], ["--output", "ids"], []])
    func everyTextModeIsFreeOfControls(_ mode: [String]) async {
        var hostile = makeInvitation("engi-0000000000001", title: "T" + Self.osc + "\u{85}\u{2067}")
        hostile.senderCompanyName = "S" + Self.osc
        let service = FakePartnerCentral(invitations: [hostile])
        let (_, console) = await run(["list", "--catalog", "Sandbox"] + mode, service: service, stdoutIsTerminal: true)
        #expect(!console.output.isEmpty)
        #expect(!Self.hasTerminalControl(console.output), "\(console.output.debugDescription)")
    }

    @Test func showTextIsFreeOfControls() async {
        var hostile = makeInvitation("engi-0000000000001", title: "T" + Self.osc)
        hostile.invitationMessage = "line\u{1b}[2J\nnext\u{202e}"
        let service = FakePartnerCentral(invitations: [hostile])
        let (_, console) = await run(
            ["show", "engi-0000000000001", "--catalog", "Sandbox", "--output", "text"], service: service)
        #expect(console.output.contains("Title"))
        #expect(!Self.hasTerminalControl(console.output))
    }

    @Test func jsonOnATerminalEscapesC1AndBidiButParsesToTheSameData() async throws {
        let title = "T\u{1b}]0;x\u{07}\u{9b}2J\u{202e}\u{e0001}日本"
        let hostile = makeInvitation("engi-0000000000001", title: title)
        let service = FakePartnerCentral(invitations: [hostile])
        let piped = await run(["list", "--catalog", "Sandbox", "--output", "json"], service: service).console.output
        let shown = await run(
            ["list", "--catalog", "Sandbox", "--output", "json"], service: service, stdoutIsTerminal: true
        ).console.output
        #expect(piped.contains("\u{202e}"))  // piped: the AWS CLI's bytes
        #expect(!Self.hasTerminalControl(shown))
        #expect(shown.contains(#"\u009b2J\u202e\udb40\udc01日本"#))
        let parsed = { (text: String) in
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary
        }
        #expect(try parsed(piped) == parsed(shown))
        let show = await run(
            ["show", "engi-0000000000001", "--catalog", "Sandbox", "--output", "json"], service: service,
            stdoutIsTerminal: true
        ).console.output
        #expect(!Self.hasTerminalControl(show))
    }

    @Test func streamedJSONIsByteForByteTheMergedDocument() {
        let pages = [
            ListEngagementInvitationsResponse(
                engagementInvitationSummaries: [makeInvitation("engi-0000000000001").summary], nextToken: "a"),
            ListEngagementInvitationsResponse(engagementInvitationSummaries: []),
            ListEngagementInvitationsResponse(
                engagementInvitationSummaries: [
                    makeInvitation("engi-0000000000002").summary, makeInvitation("engi-0000000000003").summary,
                ]),
        ]
        var stream = AWSCLIOutput.ListStream()
        let streamed = pages.map { stream.page($0) }.joined() + stream.end()
        #expect(streamed == AWSCLIOutput.list(pages: pages))
        var empty = AWSCLIOutput.ListStream()
        #expect(empty.page(ListEngagementInvitationsResponse()) + empty.end() == AWSCLIOutput.list(pages: []))
    }

    @Test(arguments: [ListOutputFormat.json, .ids, .table])
    func aNextTokenThatNeverEndsStopsWithAClearMessage(_ format: ListOutputFormat) async throws {
        let service = FakePartnerCentral(invitations: [makeInvitation("engi-0000000000001")])
        service.endlessPageSize = 1
        let (code, console) = await run(
            ["list", "--catalog", "Sandbox", "--output", format.rawValue], service: service)
        #expect(code == 1)
        #expect(service.pagesServed == 1_000)
        #expect(
            console.errors.contains(
                "stopped after 1000 pages and 1000 rows: the service kept sending NextToken; narrow the list with "
                    + "--status or --type"))
        if format == .json {
            // The rows already written still make one valid document.
            let object = try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [String: Any]
            #expect((object?["EngagementInvitationSummaries"] as? [Any])?.count == 1_000)
        }
    }

    // MARK: - Id files

    @Test func idFilesWithCRLFABOMAndCommentsAreRead() throws {
        let text = "\u{feff}engi-0000000000001\r\n# a comment\r\n\r\n  engi-0000000000002  \r\n"
        let list = try InvitationIDList(arguments: [], fileText: text, fileName: "ids.txt")
        #expect(list.ids == ["engi-0000000000001", "engi-0000000000002"])
    }

    @Test func moreThanTenThousandIdsAreRefused() {
        let text = (1...10_001).map { String(format: "engi-%013d", $0) }.joined(separator: "\n")
        #expect(throws: CLIError.self) { try InvitationIDList(arguments: [], fileText: text, fileName: "ids.txt") }
    }

    @Test func endlessStandardInputStopsAtTheCap() async {
        // `yes engi-… |`: the console hands out lines for ever.
        final class EndlessConsole: Console, @unchecked Sendable {
            let captured = CapturingConsole()
            func write(_ text: String) { captured.write(text) }
            func writeError(_ text: String) { captured.writeError(text) }
            func readLine() -> String? { "engi-0000000000001" }
        }
        let console = EndlessConsole()
        let context = makeTestContext(service: FakePartnerCentral(invitations: []))
        var withConsole = context
        withConsole.console = console
        let code = await PartnerTriageMain.run(
            arguments: ["reject", "--from-file", "-", "--catalog", "Sandbox", "--reason", "other", "--yes"],
            context: withConsole)
        #expect(code == 2)
        #expect(console.captured.errors.contains("Standard input is larger than 4 MiB"))
    }

    @Test func aNamedFileBeyondTheCapIsRefused() async {
        let big = String(repeating: "engi-0000000000001\n", count: (4 << 20) / 19 + 1)
        let (code, console) = await run(
            ["reject", "--from-file", "ids.txt", "--catalog", "Sandbox", "--reason", "other", "--yes"],
            service: FakePartnerCentral(invitations: []), files: ["ids.txt": big])
        #expect(code == 2)
        #expect(console.errors.contains("The id file 'ids.txt' is larger than 4 MiB"))
    }

    @Test func standardInputIsReadInBoundedBlocks() throws {
        var descriptors: [Int32] = [0, 0]
        try #require(pipe(&descriptors) == 0)
        // Less than a pipe's buffer (64 KiB), so the write completes with nobody reading yet.
        let payload = String(repeating: "x", count: 50_000)
        _ = payload.withCString { write(descriptors[1], $0, 50_000) }
        close(descriptors[1])
        let text = StandardConsole.read(descriptor: descriptors[0], upTo: 1_000)
        close(descriptors[0])
        #expect(text.utf8.count == 1_000)
    }
}
