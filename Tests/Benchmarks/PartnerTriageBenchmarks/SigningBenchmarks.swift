import Benchmark
import Foundation
import PartnerCentral

/// Every attempt is signed anew, so signing sits on every request's path: one `RejectEngagementInvitation` request.
/// Target: p99 under 100 µs.
func registerSigningBenchmarks() {
    let signer = SigV4Signer(
        credentials: AWSCredentials(
            accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            sessionToken: "session-token"),
        service: "partnercentral-selling", region: "us-east-1")
    let body = Data(
        #"{"Catalog":"AWS","Identifier":"engi-0000000000001","RejectionReason":"Unable to support"}"#.utf8)
    let request = SigV4Request(
        method: "POST", path: "/",
        headers: [
            ("Host", "partnercentral-selling.us-east-1.api.aws"),
            ("Content-Type", "application/x-amz-json-1.0"),
            ("X-Amz-Target", "AWSPartnerCentralSelling.RejectEngagementInvitation"),
        ],
        body: body)
    let date = Date(timeIntervalSince1970: 1_795_000_000)
    let metrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal]

    Benchmark(
        "sign-reject-request",
        configuration: .init(
            metrics: metrics, maxDuration: .seconds(3), thresholds: tolerances(for: metrics))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(signer.signHeaders(request, date: date))
        }
    }
}
