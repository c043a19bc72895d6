import Benchmark
import Foundation
import PartnerCentral
import PartnerCentralEmulator

/// The emulator's promise that 10,000 seeded invitations stay under 100 MB resident: a seed file of 10,000 full
/// invitations (opportunity payloads with contacts and spend, enrichment context) read with `EmulatorSeed.parse` and
/// loaded into a store, as `partner-triage emulator --seed-file` does.
func registerEmulatorMemoryBenchmarks() {
    // The peak counts the benchmark harness and the file's bytes while they are read; the growth is what the loaded
    // invitations themselves keep resident, the figure the 100 MB target is about.
    let growth = BenchmarkMetric.custom(
        "Emulator resident growth (MB)", polarity: .prefersSmaller, useScalingFactor: false)
    let metrics: [BenchmarkMetric] = [.peakMemoryResident, .wallClock, growth]
    Benchmark(
        "emulator-resident-memory-10000-seeded-invitations",
        configuration: .init(
            metrics: metrics, maxDuration: .seconds(30), maxIterations: 1, thresholds: tolerances(for: metrics))
    ) { benchmark in
        // Written element by element before the measure starts, so the file's making costs no memory; then read
        // from disk as `partner-triage emulator --seed-file` reads it.
        let url = try SeedFile.write(count: 10_000)
        defer { try? FileManager.default.removeItem(at: url) }
        let before = residentBytes()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let store = InvitationStore(
                configuration: EmulatorConfiguration(port: 0, seed: try EmulatorSeed.load(contentsOf: url)))
            benchmark.measurement(growth, (residentBytes() - before) / 1_000_000)
            blackHole(store)
        }
    }
}

/// Resident memory in bytes, from `/proc/self/statm` (0 where there is none).
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
        let pages = text.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
    else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// A seed file of `count` full invitations.
enum SeedFile {
    /// Writes the file to a temporary path, one element at a time.
    static func write(count: Int) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(UUID().uuidString).json")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(
            contentsOf: Data(#"{"EmulatorDateAnchor": "2026-11-25T09:00:00.000Z", "EngagementInvitations": ["#.utf8))
        for index in 0..<count { try handle.write(contentsOf: Data(((index > 0 ? "," : "") + element(index)).utf8)) }
        try handle.write(contentsOf: Data("]}".utf8))
        return url
    }

    /// One full invitation.
    static func element(_ index: Int) -> String {
        do {
            let id =
                "engi-" + String(repeating: "0", count: 13 - String(index, radix: 36).count)
                + String(index, radix: 36)
            return #"""
                {"Catalog": "Sandbox", "Id": "\#(id)",
                 "Arn": "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/\#(id)",
                 "EngagementId": "eng-\#(String(format: "%014d", index))", "EngagementTitle": "Data platform wave \#(index)",
                 "Status": "PENDING", "PayloadType": "OpportunityInvitation",
                 "InvitationDate": "2026-11-\#(String(format: "%02d", 1 + index % 24))T09:15:00.632Z",
                 "ExpirationDate": "2026-12-\#(String(format: "%02d", 1 + index % 24))T09:15:00.632Z",
                 "SenderAwsAccountId": "111122223333", "SenderCompanyName": "AWS",
                 "Receiver": {"Account": {"Alias": "partner-triage-demo", "AwsAccountId": "444455556666"}},
                 "InvitationMessage": "Contoso Health is looking for a partner to help with a HIPAA-ready patient data platform.",
                 "EngagementDescription": "Consolidate patient records from six clinics into an analytics platform.",
                 "ExistingMembers": [{"CompanyName": "AWS", "WebsiteUrl": "https://aws.amazon.com"}],
                 "Payload": {"OpportunityInvitation": {
                   "SenderContacts": [{"Email": "maria.0@amazon.example", "FirstName": "Maria", "LastName": "Garcia",
                                       "BusinessTitle": "Account Manager", "Phone": "+12065550123"}],
                   "ReceiverResponsibilities": ["Services Partner"],
                   "Customer": {"Industry": "Healthcare", "CompanyName": "Contoso Health Partners \#(index)",
                                "WebsiteUrl": "https://www.contosohealth.example", "CountryCode": "US"},
                   "Project": {"Title": "HIPAA-ready patient data platform", "BusinessProblem": "Contoso Health needs to consolidate patient records from six clinics into a HIPAA-eligible analytics platform and retire two aging data centers.",
                               "TargetCompletionDate": "2027-03-01",
                               "ExpectedCustomerSpend": [{"Amount": "12500.00", "CurrencyCode": "USD", "Frequency": "Monthly", "TargetCompany": "AWS"}]},
                   "OpportunityType": "Net New Business"}},
                 "EnrichmentContext": {"LeadInsights": {"LeadReadinessScore": "HIGH",
                   "ChannelRecommendation": {"RecommendedChannel": "Email", "BestOutreachWindows": [{"Day": "MONDAY", "StartTimeUtc": "09:00", "EndTimeUtc": "11:30"}]}}}}
                """#
        }
    }
}
