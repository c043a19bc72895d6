import AsyncHTTPClient
import Foundation
import Testing

@testable import PartnerCentral

@Suite struct IdentityHTTPTests {
    @Test func aTrickledSTSOrSSOBodyTimesOutWithinTheCallTimeout() async throws {
        let server = try await StubHTTPServer.start([.trickle(body: String(repeating: "x", count: 40), interval: 0.25)])
        let client = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: PartnerCentralClient.httpClientConfiguration(connectTimeout: 2, readTimeout: 30)
        )
        let url = try #require(URL(string: server.endpoint))
        let started = ContinuousClock.now
        let error = await #expect(throws: IdentityHTTP.Failure.self) {
            _ = try await IdentityHTTP(client: client, timeout: 1).send(
                method: "POST", url: url, headers: [], body: Data("Action=x".utf8))
        }
        #expect(error?.description == "the request timed out")
        #expect(ContinuousClock.now - started < .seconds(60))
        try await client.shutdown()
        try await server.stop()
    }
}
