import Foundation

/// The demo data, compiled into the binary so that `--demo` and the emulator's default seed work wherever the
/// executable is copied, with no resource bundle or checkout beside it.
public enum DemoAssets {
    /// The name errors give the demo seed, as if it were read from its file.
    public static let demoInvitationsFileName = "demo-invitations.json"

    /// `assets/demo-invitations.json` as UTF-8 bytes, exactly as committed.
    public static var demoInvitations: Data { Data(demoInvitationsText.utf8) }
}
