import Foundation
import Testing

@testable import PartnerCentral

@Suite struct CredentialChainTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static let shared = AWSSharedConfig(
        configFilePath: "/h/.aws/config",
        configSections: [
            AWSConfigFileSection(name: "default", values: ["region": "eu-west-1"]),
            AWSConfigFileSection(
                name: "profile config-keys",
                values: ["aws_access_key_id": "AKIDCONFIG", "aws_secret_access_key": "s-config"]
            ),
            AWSConfigFileSection(
                name: "profile process",
                values: ["credential_process": "/bin/creds --role 'ops team'"]
            ),
            AWSConfigFileSection(
                name: "profile process-and-keys",
                values: [
                    "credential_process": "/bin/creds", "aws_access_key_id": "AKIDCFG", "aws_secret_access_key": "s",
                ]
            ),
            AWSConfigFileSection(name: "profile empty", values: ["region": "us-east-1"]),
            AWSConfigFileSection(name: "profile half", values: ["aws_access_key_id": "AKIDHALF"]),
        ],
        credentialsFilePath: "/h/.aws/credentials",
        credentialsSections: [
            AWSConfigFileSection(
                name: "default",
                values: ["aws_access_key_id": "AKIDDEFAULT", "aws_secret_access_key": "s-d"]
            ),
            AWSConfigFileSection(
                name: "process-and-keys",
                values: ["aws_access_key_id": "AKIDCREDS", "aws_secret_access_key": "s-c"]
            ),
        ]
    )

    static let envKeys = [
        "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s-env", "AWS_SESSION_TOKEN": "t-env",
    ]

    func resolve(
        profile: String? = nil,
        environment: [String: String] = [:],
        runner: any ProcessRunner = ScriptedProcessRunner()
    ) async throws -> AWSCredentials {
        let services = CredentialServices(now: { Self.now }, processRunner: runner)
        let provider = try CredentialChain.standard.resolve(
            explicitProfile: profile,
            environment: environment,
            config: Self.shared,
            services: services
        )
        return try await provider.credentials()
    }

    @Test func explicitProfileWinsOverEnvironmentKeys() async throws {
        let credentials = try await resolve(profile: "config-keys", environment: Self.envKeys)
        #expect(credentials.accessKeyId == "AKIDCONFIG")
    }

    @Test func environmentKeysWinOverAWSProfileAndDefault() async throws {
        let credentials = try await resolve(
            environment: Self.envKeys.merging(["AWS_PROFILE": "config-keys"]) { a, _ in a }
        )
        #expect(credentials.accessKeyId == "AKIDENV")
        #expect(credentials.sessionToken == "t-env")
    }

    @Test func aMissingAWSProfileIsAnErrorEvenWithKeysInTheEnvironment() async {
        await #expect(
            throws: CredentialsError.profileNotFound(
                profile: "nope", configFile: "/h/.aws/config", credentialsFile: "/h/.aws/credentials")
        ) {
            try await resolve(environment: Self.envKeys.merging(["AWS_PROFILE": "nope"]) { a, _ in a })
        }
    }

    @Test func awsProfileSelectsAProfile() async throws {
        let credentials = try await resolve(environment: ["AWS_PROFILE": "config-keys"])
        #expect(credentials.accessKeyId == "AKIDCONFIG")
    }

    @Test func explicitProfileIgnoresTheWebIdentityEnvironmentLikeBotocore() async throws {
        let webIdentity = ["AWS_WEB_IDENTITY_TOKEN_FILE": "/run/token", "AWS_ROLE_ARN": "arn:aws:iam::1:role/CI"]
        let credentials = try await resolve(profile: "config-keys", environment: webIdentity)
        #expect(credentials.accessKeyId == "AKIDCONFIG")
        // Chosen through AWS_PROFILE instead, the environment's web identity applies first; without an HTTP client
        // for STS that is a configuration error, which shows the web identity provider was picked.
        await #expect(throws: AssumeRoleConfigurationError.noHTTPClient(profile: "config-keys")) {
            try await resolve(environment: webIdentity.merging(["AWS_PROFILE": "config-keys"]) { a, _ in a })
        }
    }

    @Test func awsDefaultProfileIsCheckedBeforeAWSProfileLikeTheAWSCLI() {
        #expect(CredentialChain.environmentProfile(["AWS_PROFILE": "x", "AWS_DEFAULT_PROFILE": "y"]) == "y")
        #expect(CredentialChain.environmentProfile(["AWS_PROFILE": "x"]) == "x")
        #expect(CredentialChain.environmentProfile(["AWS_PROFILE": ""]) == nil)
    }

    @Test func defaultProfileIsTheFallback() async throws {
        #expect(try await resolve().accessKeyId == "AKIDDEFAULT")
    }

    @Test func aMissingNamedProfileIsAnErrorNamingIt() async {
        let expected = CredentialsError.profileNotFound(
            profile: "nope",
            configFile: "/h/.aws/config",
            credentialsFile: "/h/.aws/credentials"
        )
        await #expect(throws: expected) { try await resolve(profile: "nope", environment: Self.envKeys) }
        await #expect(throws: expected) { try await resolve(environment: ["AWS_PROFILE": "nope"]) }
        #expect(expected.description.contains("(nope)"))
    }

    @Test func aProfileWithoutCredentialsIsAnError() async {
        await #expect(throws: CredentialsError.profileHasNoCredentials(profile: "empty")) {
            try await resolve(profile: "empty")
        }
    }

    @Test func partialKeysAreAnError() async {
        await #expect(
            throws: CredentialsError.partialCredentials(source: "the environment", missing: "AWS_SECRET_ACCESS_KEY")
        ) {
            try await resolve(environment: ["AWS_ACCESS_KEY_ID": "AKID"])
        }
        await #expect(
            throws: CredentialsError.partialCredentials(
                source: "profile half in /h/.aws/config",
                missing: "aws_secret_access_key"
            )
        ) {
            try await resolve(profile: "half")
        }
    }

    @Test func credentialsFileKeysBeatProcessWhichBeatsConfigFileKeys() async throws {
        let runner = ScriptedProcessRunner(output: #"{"Version":1,"AccessKeyId":"AKIDPROC","SecretAccessKey":"s-p"}"#)
        #expect(try await resolve(profile: "process-and-keys", runner: runner).accessKeyId == "AKIDCREDS")
        let withoutCredentialsFile = CredentialChain(profileFactories: [.credentialProcess, .configFileKeys])
        let provider = try withoutCredentialsFile.resolve(
            explicitProfile: "process-and-keys",
            environment: [:],
            config: Self.shared,
            services: CredentialServices(now: { Self.now }, processRunner: runner)
        )
        #expect(try await provider.credentials().accessKeyId == "AKIDPROC")
    }

    @Test func credentialProcessIsSplitLikeShlexAndGetsTheEnvironment() async throws {
        let runner = ScriptedProcessRunner(
            output:
                #"{"Version":1,"AccessKeyId":"AKIDPROC","SecretAccessKey":"s-p","SessionToken":"t","Expiration":"2027-06-01T08:00:00Z"}"#
        )
        let credentials = try await resolve(profile: "process", environment: ["PATH": "/bin"], runner: runner)

        #expect(credentials.accessKeyId == "AKIDPROC")
        #expect(credentials.sessionToken == "t")
        #expect(credentials.expiration == Timestamp.parse("2027-06-01T08:00:00Z"))
        #expect(runner.calls == [["/bin/creds", "--role", "ops team"]])
    }

    @Test func nothingConfiguredIsNoCredentials() async {
        let services = CredentialServices(now: { Self.now })
        #expect(throws: CredentialsError.noCredentials(profile: nil)) {
            try CredentialChain.standard.resolve(
                explicitProfile: nil,
                environment: [:],
                config: AWSSharedConfig(),
                services: services
            )
        }
    }

    @Test func extraFactoriesSlotInBeforeTheBasicOnes() async throws {
        let roleFactory = ProfileProviderFactory(name: "test-role") { context in
            guard context.profile?["role_arn"] != nil else { return nil }
            return StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIDROLE", secretAccessKey: "r"))
        }
        let config = AWSSharedConfig(configSections: [
            AWSConfigFileSection(
                name: "profile role",
                values: [
                    "role_arn": "arn:aws:iam::1:role/x", "aws_access_key_id": "AKIDX", "aws_secret_access_key": "x",
                ]
            )
        ])
        let chain = CredentialChain(profileFactories: [roleFactory] + ProfileProviderFactory.basic)
        let provider = try chain.resolve(
            explicitProfile: "role",
            environment: [:],
            config: config,
            services: CredentialServices(now: { Self.now })
        )
        #expect(try await provider.credentials().accessKeyId == "AKIDROLE")
    }

    @Test func descriptionsNeverShowSecrets() throws {
        let credentials = AWSCredentials(
            accessKeyId: "AKIDX",
            secretAccessKey: "very-secret",
            sessionToken: "tok-secret"
        )
        let provider = StaticCredentialProvider(credentials, source: "environment")
        for text in [credentials.description, "\(credentials)", provider.description, String(reflecting: credentials)] {
            #expect(!text.contains("very-secret"))
            #expect(!text.contains("tok-secret"))
            #expect(text.contains("AKIDX"))
        }
    }
}
