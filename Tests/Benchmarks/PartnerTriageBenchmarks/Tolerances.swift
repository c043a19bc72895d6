import Benchmark

/// How far a run may drift from the recorded results in `assets/benchmark-thresholds` before
/// `swift package benchmark thresholds check` calls it a regression. Time is noisy on a shared two-core machine, so
/// it gets room; allocations and memory are steady, so they get little.
func tolerances(for metrics: [BenchmarkMetric]) -> [BenchmarkMetric: BenchmarkThresholds] {
    let all: [BenchmarkMetric: BenchmarkThresholds] = [
        .wallClock: .init(relative: [.p90: 100.0]),
        .mallocCountTotal: .init(relative: [.p90: 10.0]),
        .peakMemoryResident: .init(relative: [.p90: 25.0]),
    ]
    return all.filter { metrics.contains($0.key) }
}
