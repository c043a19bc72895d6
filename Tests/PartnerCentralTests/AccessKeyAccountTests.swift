import Foundation
import Testing

@testable import PartnerCentral

/// The account read from an access key id decides which processes share a write quota.
@Suite struct AccessKeyAccountTests {
    @Test(arguments: [
        // A published example of `aws sts get-access-key-info`.
        ("ASIAY34FZKBOKMUTVV7A", "609629065308"),
        ("AKIAI34FZKBOAUCQMBYI", "609629065308"),
        ("ASIAI34FZKBOJVGU4T2Q", "609629065308"),
        ("ASIABZPUZDIKBEEQUCYM", "123456789012"),
    ])
    func theAccountIsReadFromTheKey(key: String, account: String) {
        #expect(AccessKeyAccount.accountID(of: key) == account)
    }

    @Test(arguments: ["AKIDEXAMPLE", "AKIA0000000000000000", "AROAY34FZKBOKMUTVV7A", "ASIAY34FZKBOKMUTVV7AX", ""])
    func otherKeysHaveNoAccount(key: String) {
        #expect(AccessKeyAccount.accountID(of: key) == nil)
    }

    @Test func theClientNamesItsAccountFromKeysOrTheRoleWithoutACall() throws {
        let endpoint = try Endpoint.resolve(explicit: nil, environment: [:])
        let keys = StaticCredentialProvider(
            AWSCredentials(accessKeyId: "AKIAI34FZKBOAUCQMBYI", secretAccessKey: "secret"))
        #expect(ClientConfiguration(endpoint: endpoint, credentialProvider: keys).accountID == "609629065308")
        let role = RefreshingCredentialProvider(
            name: "role",
            summary: IdentitySummary(
                profile: "ops", source: .assumeRole,
                roleArn: "arn:aws:iam::444455556666:role/Triage"),
            now: Date.init
        ) { AWSCredentials(accessKeyId: "ASIAEXAMPLE", secretAccessKey: "secret") }
        #expect(ClientConfiguration(endpoint: endpoint, credentialProvider: role).accountID == "444455556666")
        let emulatorKeys = StaticCredentialProvider(
            AWSCredentials(accessKeyId: "AKIAPARTNERTRIAGEDEMO", secretAccessKey: "secret"))
        #expect(ClientConfiguration(endpoint: endpoint, credentialProvider: emulatorKeys).accountID == nil)
    }

    @Test func keysOfOneAccountShareOneWriteSlotAndOtherAccountsDoNot() {
        let budget = SharedWriteBudget(directory: URL(fileURLWithPath: "/tmp/unused"), interval: 1)
        let endpoint = "https://partnercentral-selling.us-east-1.api.aws"
        let longTerm = budget.fileURL(accessKeyId: "AKIAI34FZKBOAUCQMBYI", endpoint: endpoint)
        #expect(budget.fileURL(accessKeyId: "ASIAI34FZKBOJVGU4T2Q", endpoint: endpoint) == longTerm)
        #expect(budget.fileURL(accessKeyId: "ASIABZPUZDIKBEEQUCYM", endpoint: endpoint) != longTerm)
        #expect(budget.fileURL(accessKeyId: "AKIAI34FZKBOAUCQMBYI", endpoint: "http://127.0.0.1:4566") != longTerm)
        #expect(
            budget.fileURL(accessKeyId: "AKIDEXAMPLE", endpoint: endpoint)
                != budget.fileURL(accessKeyId: "AKIDEXAMPLF", endpoint: endpoint))
    }
}
