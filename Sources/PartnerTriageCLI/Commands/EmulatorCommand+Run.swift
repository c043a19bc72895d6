import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension EmulatorCommand {
    func run() async throws {
        let context = try CommandContext.required
        // Signals are taken over before anything is printed, so a stop right after "ready" is always clean.
        let (stops, continuation) = AsyncStream.makeStream(of: Int32.self)
        let subscription = await context.signals.watch([SIGINT, SIGTERM]) { signal in continuation.yield(signal) }
        defer { subscription.cancel() }

        let emulator = try await context.startEmulator(settings)
        for line in EmulatorCommand.readyLines(emulator, settings: settings) { context.console.line(line) }

        var iterator = stops.makeAsyncIterator()
        let signal = await iterator.next()
        context.console.errorLine("Stopping (\(signal == SIGTERM ? "SIGTERM" : "SIGINT"))…")
        await emulator.stop()
        continuation.finish()
        context.console.errorLine("Stopped.")
    }

    /// What the command prints once the emulator is listening.
    static func readyLines(_ emulator: EmulatorHandle, settings: EmulatorSettings) -> [String] {
        let secret =
            emulator.isDemoCredentials ? emulator.secretAccessKey : "<the --secret-access-key you gave>"
        var lines = [
            "Partner Central emulator listening on \(emulator.endpoint)",
            "Seed: \(emulator.invitationCount) invitations from \(TerminalText.quote(emulator.seedSource, limit: 200))",
            "Credentials it accepts:",
            "  AWS_ACCESS_KEY_ID=\(TerminalText.quote(emulator.accessKeyId))",
            "  AWS_SECRET_ACCESS_KEY=\(secret)",
        ]
        if settings.sessionToken != nil {
            lines.append("  AWS_SESSION_TOKEN=<the --session-token you gave>")
        }
        lines += [
            // The identity side answers on the same port; these are the SDKs' variables that send it there.
            "STS and IAM Identity Center (SSO) answer here too:",
            "  AWS_ENDPOINT_URL_STS=\(emulator.endpoint)",
            "  AWS_ENDPOINT_URL_SSO=\(emulator.endpoint)",
            "  AWS_ENDPOINT_URL_SSO_OIDC=\(emulator.endpoint)",
        ]
        if settings.sparseResponses {
            lines.append("Sparse responses: members left out, unknown members and values added (--sparse-responses).")
        }
        if settings.contactDelaySeconds > 0 {
            lines.append(
                "Customer contacts are shared \(settings.contactDelaySeconds) s after an accept (--contact-delay).")
        }
        if let lifetime = settings.credentialLifetime {
            lines.append("Temporary credentials expire after \(lifetime) s (--credential-lifetime).")
        }
        if emulator.ssoTokenCount > 0 {
            lines.append("SSO tokens from the seed file: \(emulator.ssoTokenCount).")
        }
        if !EmulatorCommand.isLoopback(settings.host) {
            lines.append(
                "Warning: \(TerminalText.quote(settings.host)) is not a loopback address; anyone who can reach it "
                    + "and knows the key can use this emulator.")
        }
        if settings.enforceQuotas {
            lines.append(
                "Quotas: reads 10/s and 100,000 a day, writes 1/s and 10,000 a day (ThrottlingException beyond).")
        }
        if settings.faultRate > 0 {
            lines.append("Faults: \(settings.faultRate) of requests (--fault-seed \(emulator.faultSeed)).")
        }
        if settings.latencyMilliseconds > 0 {
            lines.append("Latency: \(settings.latencyMilliseconds) ms per response.")
        }
        lines += [
            "Try: partner-triage list --catalog Sandbox --endpoint-url \(emulator.endpoint)",
            "Stop with Ctrl-C.",
        ]
        return lines
    }

    /// Whether `host` only accepts connections from this machine (127.0.0.0/8, ::1, localhost).
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
