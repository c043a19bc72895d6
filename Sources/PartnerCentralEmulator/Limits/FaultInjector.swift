import Foundation
import PartnerCentral
import Synchronization

/// The ways an injected fault breaks a request; every one is decided before the request is applied except
/// ``dropAfterApplying``.
public enum FaultKind: String, Sendable, CaseIterable {
    /// `ThrottlingException` (400).
    case throttling
    /// `InternalServerException` (500).
    case internalError
    /// The connection is closed without a response before the request is applied.
    case dropBeforeApplying
    /// The request is applied, then the connection is closed without a response: the client cannot know it worked.
    case dropAfterApplying
    /// `AccessDeniedException` (403) without a `Reason`.
    case accessDenied
    /// `AccessDeniedException` (403) with `"Reason": "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE"`.
    case accessDeniedWithReason
    /// `ServiceQuotaExceededException` (402).
    case serviceQuotaExceeded
    /// `ResourceNotFoundException` (404), whether or not the resource exists.
    case resourceNotFound

    /// The faults a client may retry its way through (the emulator's default set).
    public static let retryable: [FaultKind] = [.throttling, .internalError, .dropBeforeApplying, .dropAfterApplying]

    /// The error the fault answers with, or `nil` for a dropped connection.
    var error: AWSJSONError? {
        switch self {
        case .throttling: .throttling
        case .internalError: .internalServer
        case .accessDenied: .accessDenied()
        case .accessDeniedWithReason: .accessDenied(reason: .incompatibleBenefitAwsPartnerState)
        case .serviceQuotaExceeded: .serviceQuotaExceeded
        case .resourceNotFound: .injectedNotFound
        case .dropBeforeApplying, .dropAfterApplying: nil
        }
    }
}

/// Decides, from a seed, which requests fail and how.
final class FaultInjector: Sendable {
    private let rate: Double
    private let kinds: [FaultKind]
    private let generator: Mutex<SeededGenerator>

    /// - Parameter kinds: the faults to choose from, uniformly; the same seed and kinds replay the same run.
    init(rate: Double, seed: UInt64, kinds: [FaultKind] = FaultKind.retryable) {
        self.rate = kinds.isEmpty ? 0 : rate
        self.kinds = kinds
        self.generator = Mutex(SeededGenerator(seed: seed))
    }

    /// The fault for the next request, or `nil` for a normal answer.
    func draw() -> FaultKind? {
        guard rate > 0 else { return nil }
        return generator.withLock { generator in
            let roll = Double(generator.next() >> 11) / Double(1 << 53)
            guard roll < rate else { return nil }
            // safe: kinds is not empty when rate > 0
            return kinds[Int(generator.next() % UInt64(kinds.count))]
        }
    }
}
