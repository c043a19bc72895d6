import PartnerCentral
import Testing
import TriageCore

@testable import PartnerTriageCLI
@testable import TriageEffects

@Suite struct PartnerCentralTriageServiceTests {
    /// What the user asked for waits ahead of page loading and prefetching for the same read budget.
    @Test func userReadsAreInteractiveAndBackgroundReadsYield() {
        #expect(RequestPacer.Priority(.foreground) == .interactive)
        #expect(RequestPacer.Priority(.background) == .background)
        #expect(RequestPacer.Priority.interactive < .background)
    }
}
