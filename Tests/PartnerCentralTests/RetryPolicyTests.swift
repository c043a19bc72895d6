import Testing

@testable import PartnerCentral

@Suite struct RetryPolicyTests {
    static let context = ErrorContext(operation: .getEngagementInvitation, statusCode: 400)

    @Test(arguments: [
        (1, 0.5, 0.5), (2, 0.5, 1.0), (3, 0.25, 1.0), (5, 0.999, 15.984), (6, 1.0, 20.0), (10, 0.5, 10.0),
    ])
    func backoffIsRandomTimesCappedPowerOfTwo(_ attempt: Int, _ random: Double, _ expected: Double) {
        let delay = RetryPolicy(maxAttempts: 20).backoff(attempt: attempt, random: random)
        #expect(abs(delay - expected) < 1e-9)
    }

    @Test func retriesThrottlingServerFaultsAndTransportFailuresUntilTheLastAttempt() {
        let policy = RetryPolicy.standard
        let retryable: [PartnerCentralError] = [
            .throttling(Self.context), .internalServer(Self.context),
            .transport(.connection(detail: "reset"), Self.context), .transport(.timeout(seconds: 30), Self.context),
            .service(ErrorContext(statusCode: 503)), .service(ErrorContext(statusCode: 504)),
            .service(ErrorContext(statusCode: 500)), .invalidResponse(ErrorContext(statusCode: 502), detail: "html"),
        ]
        for error in retryable {
            #expect(policy.decision(after: error, attempt: 1, random: 0.5) == .retry(after: 0.5), "\(error)")
            #expect(policy.decision(after: error, attempt: 2, random: 0.5) == .retry(after: 1.0), "\(error)")
            #expect(policy.decision(after: error, attempt: 3, random: 0.5) == .stop, "\(error)")
        }
    }

    @Test(arguments: [ConnectFailure.refused, .unknownHost, .unreachable])
    func anImmediateConnectFailureGetsTwoShortRetriesWhateverMaxAttemptsSays(_ failure: ConnectFailure) {
        let error = PartnerCentralError.transport(.cannotConnect(failure), Self.context)
        let policy = RetryPolicy(maxAttempts: 10)
        #expect(policy.decision(after: error, attempt: 1, random: 0.5) == .retry(after: 0.05))
        #expect(policy.decision(after: error, attempt: 2, random: 1.0) == .retry(after: 0.2))
        #expect(policy.decision(after: error, attempt: 3, random: 0.5) == .stop)
        #expect(RetryPolicy.none.decision(after: error, attempt: 1, random: 0.5) == .stop)
        #expect(RetryPolicy.retryableKind(error) == .transient)
    }

    @Test func theWholeRetryBudgetOfAnImmediateConnectFailureStaysWellUnderASecond() {
        let worst = (1..<RetryPolicy.maxImmediateConnectAttempts).map {
            RetryPolicy.connectBackoff(attempt: $0, random: 1)
        }.reduce(0, +)
        #expect(worst <= 0.3 + 1e-9)
    }

    @Test func aConnectTimeoutKeepsTheNormalBackoff() {
        let error = PartnerCentralError.transport(.cannotConnect(.timedOut(seconds: 5)), Self.context)
        #expect(RetryPolicy.standard.decision(after: error, attempt: 1, random: 0.5) == .retry(after: 0.5))
        #expect(RetryPolicy.standard.decision(after: error, attempt: 2, random: 0.5) == .retry(after: 1.0))
        #expect(RetryPolicy.retryableKind(error) == .timeout)
    }

    @Test func neverRetriesClientErrors() {
        let policy = RetryPolicy.standard
        let final: [PartnerCentralError] = [
            .accessDenied(Self.context, reason: nil), .validation(Self.context, reason: nil, issues: []),
            .resourceNotFound(Self.context), .conflict(Self.context), .serviceQuotaExceeded(Self.context),
            .authentication(Self.context), .service(ErrorContext(statusCode: 400)),
            .invalidResponse(ErrorContext(statusCode: 200), detail: "bad json"),
            .invalidRequest(Self.context, issues: []), .transport(.tls(detail: "bad cert"), Self.context),
        ]
        for error in final {
            #expect(policy.decision(after: error, attempt: 1, random: 0.5) == .stop, "\(error)")
        }
    }

    @Test func honoursRetryAfter() {
        var context = Self.context
        context.retryAfter = 2.5
        #expect(
            RetryPolicy.standard.decision(after: .throttling(context), attempt: 1, random: 0.9) == .retry(after: 2.5)
        )
        context.retryAfter = 3600
        #expect(
            RetryPolicy.standard.decision(after: .throttling(context), attempt: 1, random: 0.9) == .retry(after: 20)
        )
    }

    @Test func retryAfterIsBoundedByTheMaxBackoffAndNeverInfinite() {
        var context = Self.context
        let policy = RetryPolicy.standard
        context.retryAfter = 60
        #expect(policy.decision(after: .throttling(context), attempt: 1, random: 0.5) == .retry(after: 20))
        #expect(
            RetryPolicy(maxBackoff: 5).decision(after: .throttling(context), attempt: 1, random: 0.5)
                == .retry(after: 5))
        for hostile in [Double.infinity, -Double.infinity, Double.nan, -1] {
            context.retryAfter = hostile
            // Not honoured: the ordinary jittered backoff instead (0.5 × 2^0 s).
            #expect(
                policy.decision(after: .throttling(context), attempt: 1, random: 0.5) == .retry(after: 0.5),
                "\(hostile)")
        }
    }

    @Test func maxAttemptsComeFromTheEnvironmentThenTheProfile() {
        let profile = AWSProfile(name: "p", configValues: ["max_attempts": "5"])
        #expect(RetryPolicy.resolve(environment: ["AWS_MAX_ATTEMPTS": "2"], profile: profile).maxAttempts == 2)
        #expect(RetryPolicy.resolve(environment: [:], profile: profile).maxAttempts == 5)
        #expect(RetryPolicy.resolve(environment: ["AWS_MAX_ATTEMPTS": "zero"], profile: nil).maxAttempts == 3)
    }

    @Test func quotaCostsFivePerRetryTenPerTimeoutAndRefundsOnSuccess() {
        let quota = RetryQuota()
        #expect(quota.acquire(for: .throttling) == 5)
        #expect(quota.acquire(for: .timeout) == 10)
        #expect(quota.available == 485)
        quota.releaseAfterSuccess(lastRetryCost: 10)
        #expect(quota.available == 495)
        quota.releaseAfterSuccess(lastRetryCost: nil)
        quota.releaseAfterSuccess(lastRetryCost: nil)
        quota.releaseAfterSuccess(lastRetryCost: nil)
        #expect(quota.available == 498)
        for _ in 0..<10 { quota.releaseAfterSuccess(lastRetryCost: 5) }
        #expect(quota.available == 500)
    }

    @Test func anEmptyQuotaStopsRetries() {
        let quota = RetryQuota(capacity: 12)
        #expect(quota.acquire(for: .transient) == 5)
        #expect(quota.acquire(for: .timeout) == nil)
        #expect(quota.acquire(for: .transient) == 5)
        #expect(quota.acquire(for: .transient) == nil)
        #expect(quota.available == 2)
    }
}
