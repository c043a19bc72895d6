import Foundation

/// The ways an injected fault breaks a request.
public enum FaultKind: String, Sendable, CaseIterable {
    /// `ThrottlingException` (400) before anything is applied.
    case throttling
    /// `InternalServerException` (500) before anything is applied.
    case internalError
    /// The connection is closed without a response before the request is applied.
    case dropBeforeApplying
    /// The request is applied, then the connection is closed without a response: the client cannot know it worked.
    case dropAfterApplying
}

/// Decides, from a seed, which requests fail and how.
final class FaultInjector: @unchecked Sendable {
    private let lock = NSLock()
    private let rate: Double
    private var generator: SeededGenerator

    init(rate: Double, seed: UInt64) {
        self.rate = rate
        self.generator = SeededGenerator(seed: seed)
    }

    /// The fault for the next request, or `nil` for a normal answer.
    func draw() -> FaultKind? {
        guard rate > 0 else { return nil }
        lock.lock()
        defer { lock.unlock() }
        let roll = Double(generator.next() >> 11) / Double(1 << 53)
        guard roll < rate else { return nil }
        // safe: allCases is not empty
        return FaultKind.allCases[Int(generator.next() % UInt64(FaultKind.allCases.count))]
    }
}
