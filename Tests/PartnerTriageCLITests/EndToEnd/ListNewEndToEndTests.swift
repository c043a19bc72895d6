import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

/// `list --new` as a cron job runs it: the real binary, the emulator, and a state directory that outlives each run.
@Suite("list --new end to end", .timeLimit(.minutes(3)))
struct ListNewEndToEndTests {
    @Test func eachInvitationIsPrintedOnceAndANewOneAppears() async throws {
        let arguments = ["list", "--new", "--catalog", "Sandbox", "--output", "ids"]
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 3)) { first in
            let one = try await first.run(arguments)
            #expect(one.status == 0, "\(one.stderr)")
            #expect(Set(one.stdout.split(separator: "\n").map(String.init)) == Set((1...3).map(EndToEndSeed.id)))
            let two = try await first.run(arguments)
            #expect(two.status == 0, "\(two.stderr)")
            #expect(two.stdout == "")

            // The service later holds a fourth invitation; the same state directory sees only that one as new.
            try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 4)) { later in
                let shared = EndToEndEnvironment(emulator: later.emulator, home: first.home, binary: first.binary)
                let three = try await shared.run(arguments)
                #expect(three.status == 0, "\(three.stderr)")
                #expect(three.stdout == EndToEndSeed.id(4) + "\n")
                let table = try await shared.run(["list", "--new", "--catalog", "Sandbox", "--output", "table"])
                #expect(table.stdout == "No new invitations in Sandbox.\n")
            }
        }
    }
}
