import Foundation
import Testing

@testable import TriageTerminal

/// Compares a grid with golden files under `__Snapshots__` (text layer and style layer).
///
/// Goldens are rewritten only when `UPDATE_SNAPSHOTS=1` is set, and such a run fails: review the diff, then run again.
enum SnapshotAssertion {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    static func assertSnapshot(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
        let layers = [("\(name).txt", grid.textSnapshot()), ("\(name).style.txt", grid.styleSnapshot())]
        for (file, actual) in layers {
            let url = directory.appendingPathComponent(file)
            if update {
                try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try? actual.write(to: url, atomically: true, encoding: .utf8)
                // Recording is never a pass: the new golden must be reviewed, then the test run again without it.
                Issue.record(
                    "recorded golden \(file); review the diff and run again without UPDATE_SNAPSHOTS",
                    sourceLocation: sourceLocation)
                continue
            }
            guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
                Issue.record(
                    "missing golden \(file); run with UPDATE_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
                continue
            }
            if expected != actual {
                Issue.record(
                    "\(file) differs from the golden (UPDATE_SNAPSHOTS=1 rewrites it):\n\(diff(expected, actual))",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// The first differing lines, enough to see what changed.
    private static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for index in 0..<max(old.count, new.count) where out.count < 12 {
            let a = index < old.count ? String(old[index]) : "<none>"
            let b = index < new.count ? String(new[index]) : "<none>"
            if a != b { out.append("line \(index + 1):\n- \(a)\n+ \(b)") }
        }
        return out.joined(separator: "\n")
    }
}
