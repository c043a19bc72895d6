import DemoAssets
import Foundation
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

/// The demo seed travels inside the binary; these pin the compiled-in copy to the committed asset.
@Suite struct DemoSeedEmbeddingTests {
    @Test func compiledInSeedIsTheAssetFileByteForByte() throws {
        let asset = try Data(contentsOf: TestSeeds.demoURL)
        let embedded = DemoAssets.demoInvitations
        #expect(embedded.count == asset.count)
        #expect(embedded == asset, "the compiled-in seed differs: run python3 assets/embed-demo-invitations.py")
    }

    @Test func compiledInSeedLoadsAsTheEmulatorsDefault() throws {
        let seed = try EmulatorSeed.parse(DemoAssets.demoInvitations, fileName: DemoAssets.demoInvitationsFileName)
        // Compared as one Bool: a failure would otherwise print both seeds whole.
        let loadsAsTheAsset = seed == TestSeeds.demo
        #expect(loadsAsTheAsset, "the compiled-in seed loads differently from assets/demo-invitations.json")
        #expect(seed.count == TestSeeds.demo.count)
    }
}
