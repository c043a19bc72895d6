import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

/// 10,000 seeded invitations stay small: the store keeps each as compact text, not a tree or a typed value.
@Suite("Seed memory", .serialized, RealTimeTests.condition)
struct SeedMemoryTests {
    /// Resident memory in bytes, from `/proc/self/statm`.
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = text.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @Test func tenThousandFullInvitationsLoadInLittleMemory() async throws {
        let element = try String(contentsOf: TestSeeds.demoURL, encoding: .utf8)
        let demo = try #require(
            try JSONParser.parse(Array(element.utf8)).objectValue?["EngagementInvitations"]?.arrayValue)
        var text = #"{"EngagementInvitations": ["#
        for index in 0..<10_000 {
            guard case .object(var object) = demo[index % demo.count] else { continue }
            let id =
                "engi-" + String(repeating: "0", count: 13 - String(index, radix: 36).count) + String(index, radix: 36)
            object["Id"] = .string(id)
            object["Arn"] = nil
            object["EmulatorAcceptTaskFailure"] = nil
            object["Catalog"] = .string("Sandbox")
            text += (index > 0 ? "," : "") + PythonJSONWriter.compact(.object(object))
        }
        let data = Data((text + "]}").utf8)
        text = ""
        let before = Self.residentBytes()
        let seed = try EmulatorSeed.parse(data, fileName: "ten-thousand.json")
        let store = InvitationStore(configuration: EmulatorConfiguration(port: 0, seed: seed, secretKey: [1, 2, 3]))
        let grown = Self.residentBytes() - before
        print(
            "resident growth for 10,000 seeded invitations: \(grown / 1_048_576) MB (file \(data.count / 1_048_576) MB)"
        )
        #expect(grown < 100 * 1_048_576)
        #expect(await store.invitations(catalog: "Sandbox").count == 10_000)
    }
}
