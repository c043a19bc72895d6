import Foundation

/// Where IAM Identity Center calls go: the SDK's endpoint overrides first, else the regional endpoints.
public enum SSOEndpoints {
    /// The portal (`GetRoleCredentials`): `AWS_ENDPOINT_URL_SSO`, `AWS_ENDPOINT_URL`, or
    /// `https://portal.sso.<region>.amazonaws.com`.
    public static func portal(region: String, environment: [String: String]) -> URL {
        ServiceEndpointOverride.url(serviceEnvironmentName: "SSO", environment: environment)
            ?? ServiceEndpointOverride.regionalURL(prefix: "portal.sso", region: region)
    }

    /// The OIDC service (`CreateToken`): `AWS_ENDPOINT_URL_SSO_OIDC`, `AWS_ENDPOINT_URL`, or
    /// `https://oidc.<region>.amazonaws.com`.
    public static func oidc(region: String, environment: [String: String]) -> URL {
        ServiceEndpointOverride.url(serviceEnvironmentName: "SSO_OIDC", environment: environment)
            ?? ServiceEndpointOverride.regionalURL(prefix: "oidc", region: region)
    }
}

/// The SDKs' endpoint override convention, shared by the identity services.
enum ServiceEndpointOverride {
    /// `AWS_ENDPOINT_URL_<SERVICE>` then `AWS_ENDPOINT_URL`, unless `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`.
    static func url(serviceEnvironmentName: String, environment: [String: String]) -> URL? {
        if environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() == "true" { return nil }
        for key in ["AWS_ENDPOINT_URL_\(serviceEnvironmentName)", "AWS_ENDPOINT_URL"] {
            if let text = environment[key]?.trimmingCharacters(in: .whitespaces), !text.isEmpty,
                let url = URL(string: text), url.scheme != nil, url.host != nil
            {
                return url
            }
        }
        return nil
    }

    static func regionalURL(prefix: String, region: String) -> URL {
        let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        // safe: region names are DNS labels; a malformed one is rejected by the caller's validation before here
        return URL(string: "https://\(prefix).\(region).\(suffix)") ?? URL(string: "https://\(prefix).\(suffix)")!
    }
}
