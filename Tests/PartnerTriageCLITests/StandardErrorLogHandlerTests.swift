import Logging
import Testing

@testable import PartnerTriageCLI

@Suite("Debug log handler")
struct StandardErrorLogHandlerTests {
    @Test func printsMetadataSortedWithMultiLineValuesIndentedAndServiceTextMadeSafe() {
        let console = CapturingConsole()
        var logger = Logger(label: "partner-triage") { label in
            StandardErrorLogHandler(label: label, level: .debug, console: console, clock: { "T" })
        }
        logger.logLevel = .debug
        logger.trace("not shown")
        logger.debug(
            "received response",
            metadata: ["http.status": "200", "body": "{\"Title\":\"a\u{1b}[2Jb\"}", "canonical-request": "POST\n/\n"]
        )
        #expect(
            console.errors == """
                T debug partner-triage: received response
                  body: {"Title":"a^[[2Jb"}
                  canonical-request:
                    POST
                    /
                    
                  http.status: 200

                """
        )
    }
}
