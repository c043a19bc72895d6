import Foundation

/// When temporary credentials are refreshed, relative to their expiry.
///
/// The defaults are botocore's: a background refresh starts 15 minutes before expiry (advisory) and must have
/// happened by 10 minutes before (mandatory; retries there come faster). Callers only ever wait for a refresh when
/// there are no credentials yet or less than ``minimumValidity`` of them is left.
public struct RefreshingCredentialsWindows: Sendable, Equatable {
    /// Start refreshing in the background when this much time is left.
    public var advisory: TimeInterval
    /// The refresh must have succeeded by the time this much is left; retries in this window use ``urgentRetryDelay``.
    public var mandatory: TimeInterval
    /// Callers wait for a refresh instead of using credentials with less than this left (a request in flight
    /// must still arrive before the expiry).
    public var minimumValidity: TimeInterval
    /// The pause between failed background refresh attempts in the advisory window.
    public var retryDelay: TimeInterval
    /// The pause between failed attempts in the mandatory window.
    public var urgentRetryDelay: TimeInterval

    /// Creates windows; tests use seconds, production the defaults.
    public init(
        advisory: TimeInterval = 15 * 60,
        mandatory: TimeInterval = 10 * 60,
        minimumValidity: TimeInterval = 60,
        retryDelay: TimeInterval = 60,
        urgentRetryDelay: TimeInterval = 10
    ) {
        self.advisory = advisory
        self.mandatory = mandatory
        self.minimumValidity = minimumValidity
        self.retryDelay = retryDelay
        self.urgentRetryDelay = urgentRetryDelay
    }

    /// botocore's windows (15 and 10 minutes).
    public static let standard = RefreshingCredentialsWindows()

    /// How long to wait before the next background attempt, given the expiry, the time and whether the last attempt
    /// failed; zero means now.
    func delayBeforeRefresh(expiration: Date, now: Date, afterFailure: Bool) -> TimeInterval {
        let remaining = expiration.timeIntervalSince(now)
        if !afterFailure {
            if remaining > advisory { return remaining - advisory }
            // Credentials that live less than the advisory window (a short-lived emulator, a 15-minute role) are
            // refreshed at half their remaining life, so a short lifetime never turns into a tight refresh loop.
            return max(0, remaining / 2)
        }
        let pause = remaining <= mandatory ? urgentRetryDelay : retryDelay
        // Never sleep past the mandatory point when a retry is due before it.
        let untilMandatory = remaining - mandatory
        if untilMandatory > 0 { return max(0, min(pause, untilMandatory)) }
        return max(0, pause)
    }
}
