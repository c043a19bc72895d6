import Foundation

/// The demo data shipped with the package, found through the package's resources from any working directory.
public enum DemoAssets {
    /// The URL of `assets/demo-invitations.json` inside the installed resource bundle.
    public static var demoInvitationsURL: URL? {
        Bundle.module.url(forResource: "demo-invitations", withExtension: "json")
    }
}
