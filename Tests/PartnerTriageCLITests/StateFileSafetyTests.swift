import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerTriageCLI
@testable import TriageEffects

/// The audit log and `debug.log` never follow a planted symbolic link, and a state directory that is a link,
/// another user's or writable by others is refused with one line that says what to fix.
@Suite("State files")
struct StateFileSafetyTests {
    static let record = AuditRecord(
        time: Date(timeIntervalSince1970: 0), catalog: "AWS", id: "engi-0000000000001", action: .reject,
        reason: "Other", outcome: .rejected, requestId: "r1")

    func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test func aPlantedLinkToAnotherFileIsNeitherAppendedToNorReModed() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let victim = temporary.url.appendingPathComponent("victim.txt")
        _ = FileManager.default.createFile(
            atPath: victim.path, contents: Data("keep\n".utf8), attributes: [.posixPermissions: 0o644])
        let state = temporary.url.appendingPathComponent("state")
        try FileManager.default.createDirectory(
            at: state, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let link = state.appendingPathComponent("audit.jsonl")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        let log = AuditLog(fileURL: link)
        #expect(throws: AuditLogError.self) { try log.prepare() }
        #expect(throws: AuditLogError.self) { try log.append(Self.record) }
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep\n")
        #expect(try mode(victim.path) == 0o644)
    }

    @Test func aDanglingLinkCreatesNoFileElsewhere() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let elsewhere = temporary.url.appendingPathComponent("elsewhere.txt")
        let state = temporary.url.appendingPathComponent("state")
        try FileManager.default.createDirectory(
            at: state, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        for name in ["audit.jsonl", "debug.log"] {
            try FileManager.default.createSymbolicLink(
                at: state.appendingPathComponent(name), withDestinationURL: elsewhere)
        }
        #expect(throws: AuditLogError.self) {
            try AuditLog(fileURL: state.appendingPathComponent("audit.jsonl")).prepare()
        }
        #expect(throws: CLIError.self) { _ = try DebugLogFile(directory: state) }
        #expect(!FileManager.default.fileExists(atPath: elsewhere.path))
    }

    @Test func aSymlinkedStateDirectoryIsRefusedWithWhatToFix() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let real = temporary.url.appendingPathComponent("shared")
        try FileManager.default.createDirectory(
            at: real, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        let home = temporary.url.appendingPathComponent("home")
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent(".local/state"), withIntermediateDirectories: true)
        let stateDirectory = home.appendingPathComponent(".local/state/partner-triage")
        try FileManager.default.createSymbolicLink(at: stateDirectory, withDestinationURL: real)
        let log = try AuditLog(environment: ["HOME": home.path])
        do {
            try log.prepare()
            Issue.record("expected the directory to be refused")
        } catch let error as AuditLogError {
            let text = "\(error)"
            #expect(text.contains("is a symbolic link"))
            #expect(text.contains(stateDirectory.path))
            #expect(!text.contains("\n"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: real.path).isEmpty)
        #expect(throws: CLIError.self) { _ = try DebugLogFile(directory: stateDirectory) }
    }

    @Test func aStateDirectoryWritableByOthersIsRefused() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let state = temporary.url.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: false)
        chmod(state.path, 0o777)
        do {
            try AuditLog(fileURL: state.appendingPathComponent("audit.jsonl")).prepare()
            Issue.record("expected the directory to be refused")
        } catch let error as AuditLogError {
            #expect("\(error)".contains("chmod 700"))
        }
        #expect(!FileManager.default.fileExists(atPath: state.appendingPathComponent("audit.jsonl").path))
    }

    @Test func aFreshStateDirectoryStillWorks() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let log = try AuditLog(environment: ["XDG_STATE_HOME": temporary.url.appendingPathComponent("x").path])
        try log.append(Self.record)
        let debug = try DebugLogFile(directory: log.fileURL.deletingLastPathComponent())
        debug.write("line\n")
        #expect(try mode(debug.url.path) == 0o600)
        #expect(try mode(log.fileURL.deletingLastPathComponent().path) == 0o700)
    }
}
