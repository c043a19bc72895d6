/// Asks the person at the keyboard for the current code of an MFA device (the CLI on the terminal, the UI in a
/// dialog) and returns it; throws to cancel.
public typealias MFATokenCodePrompter = @Sendable (_ request: MFATokenCodeRequest) async throws -> String

/// What a prompt for an MFA code shows: which profile, role and device the code is for.
public struct MFATokenCodeRequest: Sendable, Hashable {
    /// The profile that has `mfa_serial`.
    public var profile: String
    /// The device's serial number or ARN (`arn:aws:iam::123456789012:mfa/alice`).
    public var serialNumber: String
    /// The role being assumed.
    public var roleArn: String

    /// Creates a request.
    public init(profile: String, serialNumber: String, roleArn: String) {
        self.profile = profile
        self.serialNumber = serialNumber
        self.roleArn = roleArn
    }

    /// The prompt line, e.g. `Enter MFA code for arn:aws:iam::123456789012:mfa/alice:` (the AWS CLI's wording).
    public var prompt: String { "Enter MFA code for \(serialNumber):" }
}
