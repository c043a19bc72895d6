import Foundation
import Testing

/// Tests of behaviour that is about real time at the level of a second (the shared write quota, connection
/// timeouts, a signal's wait for an answer in flight) run in a pass of their own, where the other tests' load cannot
/// stretch their timing: `.ci/run` runs them after the main pass with
/// `PARTNER_TRIAGE_REAL_TIME_TESTS=1 swift test --skip-build --no-parallel --filter …`.
public enum RealTimeTests {
    /// Whether this is the real-time pass.
    public static let enabled = ProcessInfo.processInfo.environment["PARTNER_TRIAGE_REAL_TIME_TESTS"] == "1"
    /// The trait that runs a suite in the real-time pass only.
    public static let condition = ConditionTrait.enabled(
        if: enabled, "runs in its own pass: PARTNER_TRIAGE_REAL_TIME_TESTS=1 (see .ci/run)")
}
