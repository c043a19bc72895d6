import Foundation
import Testing

/// Tests of behaviour that is about real time at the level of a second (the shared write quota, connection
/// timeouts) run in a pass of their own, where the other tests' load cannot stretch their timing: `.ci/run` runs them
/// after the main pass with `PARTNER_TRIAGE_REAL_TIME_TESTS=1 swift test --skip-build --filter …`.
enum RealTimeTests {
    static let enabled = ProcessInfo.processInfo.environment["PARTNER_TRIAGE_REAL_TIME_TESTS"] == "1"
    static let condition = ConditionTrait.enabled(
        if: enabled, "runs in its own pass: PARTNER_TRIAGE_REAL_TIME_TESTS=1 (see .ci/run)")
}
