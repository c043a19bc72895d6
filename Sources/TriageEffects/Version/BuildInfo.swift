/// Which build of partner-triage this is, so that support can tell builds apart: `--version`, every audit line
/// and the first `--debug` line carry it.
public enum BuildInfo {
    /// The release version: the one place it is written (packaging/release.sh and the Homebrew formula read it here).
    public static let version = "0.1.0"

    /// The commit the binary was built from: `dev` for a plain `swift build`; packaging/release.sh stamps the real
    /// one into ``buildCommit`` of the tree it builds.
    public static let commit = buildCommit

    /// `0.1.0 (commit 1a2b3c4d5e6f)`: what `--version` prints after the program's name.
    public static var description: String { "\(version) (commit \(commit))" }
}
