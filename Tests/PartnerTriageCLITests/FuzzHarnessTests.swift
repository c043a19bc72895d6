import Foundation
import PartnerTriageTestSupport
import Testing

/// The fuzz targets, run in every test run by their seeded harness (the `PartnerTriageFuzz` binary built without
/// libFuzzer): the corpus plus a few thousand seeded mutations each, with every invariant checked.
@Suite struct FuzzHarnessTests {
    static let root = PackagePaths.root

    @Test(arguments: ["responses", "config", "text", "keys"])
    func seededMutationsBreakNoInvariant(_ target: String) async throws {
        let binary = Self.root.appendingPathComponent(".build/debug/PartnerTriageFuzz").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "run `swift build` first")
        let corpus = Self.root.appendingPathComponent("Tests/Fuzz/corpus/\(target)").path
        let result = try await ChildProcess.run(
            binary, [target, corpus, "--runs", "3000", "--seed", "20261201"], environment: [:], timeout: .seconds(120))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("no invariant broken"), "\(result.stdout)")
    }

    @Test func anUnknownTargetIsRefused() async throws {
        let binary = Self.root.appendingPathComponent(".build/debug/PartnerTriageFuzz").path
        let result = try await ChildProcess.run(binary, ["nonsense", "."], environment: [:])
        #expect(result.status == 2)
        #expect(result.stderr.contains("usage: PartnerTriageFuzz"))
    }
}
