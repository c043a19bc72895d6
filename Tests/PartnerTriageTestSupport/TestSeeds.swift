import Foundation
import PartnerCentralEmulator

/// Seeds for emulators that tests start.
public enum TestSeeds {
    /// The shipped demo data, read from the checkout.
    public static let demo: EmulatorSeed = {
        // safe: the demo asset is part of the package; a missing one fails every test loudly
        try! EmulatorSeed.load(contentsOf: demoURL)
    }()

    /// `assets/demo-invitations.json`: read straight from the checkout so the tests check the committed file.
    public static var demoURL: URL { PackagePaths.root.appendingPathComponent("assets/demo-invitations.json") }
}
