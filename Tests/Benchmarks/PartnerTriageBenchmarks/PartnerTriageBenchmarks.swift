import Benchmark

/// Speed and memory targets of partner-triage, measured with `swift package benchmark` (see the README).
///
/// The targets (in each registration's comment and the README): a key, a filter keystroke, a sort keystroke or an
/// arriving page is handled and its frame rendered within 16 ms at p99 with 10,000 rows loaded (and the details of
/// 1,000); 10,000 loaded rows stay under 100 MB resident, with the details of 1,000 too; 10,000 invitations list
/// through the emulator in under 2 s; signing stays under 100 µs; the details of 300 pending invitations fill in
/// within 1.1× the read quota's floor while a foreground read waits at most one request's latency.
/// `swift package benchmark thresholds check --path assets/benchmark-thresholds` compares a run with the
/// recorded results.
let benchmarks: @Sendable () -> Void = {
    registerListPagingBenchmarks()
    registerTriageFrameBenchmarks()
    registerSigningBenchmarks()
    registerEmulatorMemoryBenchmarks()
    registerConnectFailureBenchmarks()
    registerDetailsFillBenchmarks()
}
