import Foundation
import PartnerTriageTestSupport
import Testing

@testable import PartnerTriageCLI

/// The UI's "open in the browser": `$BROWSER` really runs with the address, and nothing runs where a browser would open
/// on another machine.
@Suite struct BrowserOpenerTests {
    /// A `$BROWSER` that writes the address it was given to `opened` beside it.
    static func recordingBrowser(in directory: TemporaryDirectory) throws -> (browser: String, opened: URL) {
        let browser = directory.url.appendingPathComponent("browser")
        let opened = directory.url.appendingPathComponent("opened")
        try "#!/bin/sh\nprintf '%s' \"$1\" > '\(opened.path).part' && mv '\(opened.path).part' '\(opened.path)'\n"
            .write(to: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser.path)
        return (browser.path, opened)
    }

    @Test func theBrowserRunsWithTheAddress() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let (browser, opened) = try Self.recordingBrowser(in: directory)
        let url = "https://partnercentral.awspartner.com/engagement-invitation/engi-0000000000001"

        #expect(await BrowserOpener.open(url, environment: ["BROWSER": browser, "PATH": "/usr/bin:/bin"]))

        await waitUntil("the browser to record the address") {
            (try? String(contentsOf: opened, encoding: .utf8)) == url
        }
    }

    @Test func inAnSSHSessionNothingRunsAndTheCallerCopiesTheAddress() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let (browser, _) = try Self.recordingBrowser(in: directory)

        #expect(
            !(await BrowserOpener.open(
                "https://example.com",
                environment: ["BROWSER": browser, "SSH_CONNECTION": "10.0.0.1 22 10.0.0.2 50000"])))
        #expect(BrowserOpener.command(environment: ["BROWSER": browser, "SSH_TTY": "/dev/pts/3"]) == nil)
        #expect(BrowserOpener.command(environment: ["BROWSER": browser]) == browser)
        #expect(
            BrowserOpener.command(environment: ["BROWSER": directory.url.appendingPathComponent("none").path]) == nil)
    }

    @Test func anOpenerThatCannotBeStartedIsReportedSoTheAddressIsShown() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        // Executable by its mode, but neither a binary nor a script the kernel can start.
        let broken = directory.url.appendingPathComponent("broken-browser")
        try Data([0x00, 0x01, 0x02, 0x03]).write(to: broken)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: broken.path)

        #expect(!(await BrowserOpener.open("https://example.com", environment: ["BROWSER": broken.path])))
    }
}
