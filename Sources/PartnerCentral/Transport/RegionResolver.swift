/// The region for signing, in the AWS CLI's order: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's
/// `region`, else `us-east-1` (the only region Partner Central runs in).
public enum RegionResolver {
    /// The fallback region.
    public static let defaultRegion = "us-east-1"

    /// Resolves the region.
    public static func resolve(explicit: String?, environment: [String: String], profile: AWSProfile?) -> String {
        for candidate in [explicit, environment["AWS_REGION"], environment["AWS_DEFAULT_REGION"], profile?["region"]] {
            if let candidate, !candidate.isEmpty { return candidate }
        }
        return defaultRegion
    }
}
