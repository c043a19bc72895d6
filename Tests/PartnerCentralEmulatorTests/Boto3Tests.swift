import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

/// boto3 against a live emulator: botocore's own parsers read every answer.
@Suite("boto3 against the emulator")
struct Boto3Tests {
    /// Runs a Python script with boto3; the script asserts and prints `ok` last.
    static func python(
        _ emulator: RunningEmulator, _ script: String, arguments: [String] = [],
        credentials: AWSCredentials = EmulatorConfiguration.demoCredentials
    ) async throws -> ExternalTool.Output {
        let tool = try ExternalTool.locate("python3")
        var environment = ExternalTool.credentialsEnvironment(credentials)
        environment["EMULATOR_ENDPOINT"] = emulator.endpoint.absoluteString
        return try await tool.run(["-"] + arguments, environment: environment, stdin: prelude + script)
    }

    static let prelude = #"""
        import os, sys, json
        import boto3, botocore
        from botocore.config import Config
        def client(attempts=1):
            return boto3.client("partnercentral-selling", endpoint_url=os.environ["EMULATOR_ENDPOINT"], region_name="us-east-1",
                                config=Config(retries={"total_max_attempts": attempts, "mode": "standard"}))
        def error_of(call, **kwargs):
            try:
                call(**kwargs)
            except botocore.exceptions.ClientError as e:
                return e
            raise AssertionError("expected an error from %s" % call.__name__)
        pc = client()

        """#

    @Test func botocoreParsesEveryAnswer() async throws {
        try await withLiveEmulator { emulator in
            let sandbox = await emulator.store.invitations(catalog: "Sandbox")
            let pick = sandbox.first {
                $0.status == .pending && $0.expirationDate!.date > Date().addingTimeInterval(86_400)
            }!
            let script = #"""
                pick, pick_arn, expected_count = sys.argv[1], sys.argv[2], int(sys.argv[3])
                pages = pc.get_paginator("list_engagement_invitations").paginate(
                    Catalog="Sandbox", ParticipantType="RECEIVER", PaginationConfig={"PageSize": 5})
                ids = [row["Id"] for page in pages for row in page["EngagementInvitationSummaries"]]
                assert len(ids) == expected_count and len(set(ids)) == expected_count, ids
                first = pc.list_engagement_invitations(Catalog="Sandbox", ParticipantType="RECEIVER", MaxResults=3)
                assert len(first["EngagementInvitationSummaries"]) == 3 and first["NextToken"]
                row = first["EngagementInvitationSummaries"][0]
                assert "Payload" not in row and row["ParticipantType"] == "RECEIVER"
                # Timestamps parse as datetimes.
                assert row["InvitationDate"].year >= 2026, row["InvitationDate"]
                assert first["ResponseMetadata"]["RequestId"]

                e = error_of(pc.list_engagement_invitations, Catalog="Sandbox", ParticipantType="RECEIVER", Status=["PENDING"],
                             NextToken=first["NextToken"])
                assert e.response["Error"]["Code"] == "ValidationException", e.response
                assert e.response["ResponseMetadata"]["HTTPStatusCode"] == 400
                assert e.response["Reason"] == "REQUEST_VALIDATION_FAILED", e.response
                assert e.response["ErrorList"][0]["FieldName"] == "NextToken", e.response

                got = pc.get_engagement_invitation(Catalog="Sandbox", Identifier=pick_arn)
                assert got["Id"] == pick and got["Status"] == "PENDING" and "Payload" in got
                assert got["ExpirationDate"] > got["InvitationDate"]

                e = error_of(pc.get_engagement_invitation, Catalog="Sandbox", Identifier="nope")
                assert e.response["Error"]["Code"] == "ValidationException"
                assert e.response["ErrorList"][0]["Code"] == "INVALID_STRING_FORMAT", e.response
                e = error_of(pc.get_engagement_invitation, Catalog="Sandbox", Identifier="engi-zzzzzzzzzzzzz")
                assert e.response["Error"]["Code"] == "ResourceNotFoundException"
                assert type(e).__name__ == "ResourceNotFoundException", type(e)

                out = pc.reject_engagement_invitation(Catalog="Sandbox", Identifier=pick, RejectionReason="Next steps unclear")
                assert out["ResponseMetadata"]["HTTPStatusCode"] == 200
                got = pc.get_engagement_invitation(Catalog="Sandbox", Identifier=pick)
                assert got["Status"] == "REJECTED" and got["RejectionReason"] == "Next steps unclear", got
                e = error_of(pc.reject_engagement_invitation, Catalog="Sandbox", Identifier=pick)
                assert e.response["Error"]["Code"] == "ConflictException" and "REJECTED" in e.response["Error"]["Message"]
                assert pc.exceptions.ConflictException is type(e)

                print("ok")
                """#
            let output = try await Self.python(
                emulator, script, arguments: [pick.id!, pick.arn!, String(sandbox.count)])
            #expect(output.status == 0 && output.stdout.hasSuffix("ok\n"), "\(output.stdout)\n\(output.stderr)")
        }
    }

    @Test func botocoreFiltersAndSorts() async throws {
        try await withLiveEmulator { emulator in
            let sandbox = await emulator.store.invitations(catalog: "Sandbox")
            let expected = sandbox.filter { $0.status == .pending && $0.payloadType == .leadInvitation }
                .sorted { ($0.invitationDate!.date, $0.id!) < ($1.invitationDate!.date, $1.id!) }.map(\.id!)
            #expect(expected.count >= 2, "the demo data has pending leads")
            let script = #"""
                expected = json.loads(sys.argv[1])
                pages = pc.get_paginator("list_engagement_invitations").paginate(
                    Catalog="Sandbox", ParticipantType="RECEIVER", Status=["PENDING"], PayloadType=["LeadInvitation"],
                    Sort={"SortOrder": "ASCENDING", "SortBy": "InvitationDate"}, PaginationConfig={"PageSize": 1})
                rows = [row for page in pages for row in page["EngagementInvitationSummaries"]]
                assert [row["Id"] for row in rows] == expected, ([row["Id"] for row in rows], expected)
                assert all(row["Status"] == "PENDING" and row["PayloadType"] == "LeadInvitation" for row in rows), rows
                dates = [row["InvitationDate"] for row in rows]
                assert dates == sorted(dates), dates
                newest = pc.list_engagement_invitations(
                    Catalog="Sandbox", ParticipantType="RECEIVER", Status=["PENDING"], PayloadType=["LeadInvitation"],
                    Sort={"SortOrder": "DESCENDING", "SortBy": "InvitationDate"})
                assert [row["Id"] for row in newest["EngagementInvitationSummaries"]] == expected[::-1], newest
                print("ok")
                """#
            let data = try JSONSerialization.data(withJSONObject: expected)
            let output = try await Self.python(emulator, script, arguments: [String(decoding: data, as: UTF8.self)])
            #expect(output.status == 0 && output.stdout.hasSuffix("ok\n"), "\(output.stdout)\n\(output.stderr)")
        }
    }

    @Test func botocoreSeesSignatureErrorsAs403() async throws {
        try await withLiveEmulator { emulator in
            let script = #"""
                e = error_of(pc.list_engagement_invitations, Catalog="Sandbox", ParticipantType="RECEIVER")
                print(e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"])
                """#
            let wrong = try await Self.python(
                emulator, script,
                credentials: AWSCredentials(
                    accessKeyId: EmulatorConfiguration.demoCredentials.accessKeyId, secretAccessKey: "bad"))
            #expect(wrong.stdout == "InvalidSignatureException 403\n", "\(wrong.stderr)")
            let unknown = try await Self.python(
                emulator, script,
                credentials: AWSCredentials(accessKeyId: "AKIANOBODY000000000", secretAccessKey: "bad"))
            #expect(unknown.stdout == "UnrecognizedClientException 403\n", "\(unknown.stderr)")
        }
    }

    @Test func quotasThrottleABurst() async throws {
        let configure: (inout EmulatorConfiguration) -> Void = { $0.enforceQuotas = true }
        try await withLiveEmulator(configure) { emulator in
            let pick = await emulator.store.invitations(catalog: "Sandbox")[0]
            let script = #"""
                # Concurrent, so the burst outruns 10 reads/s even when the machine is busy with other tests.
                from concurrent.futures import ThreadPoolExecutor
                def one(_):
                    try:
                        pc.get_engagement_invitation(Catalog="Sandbox", Identifier=sys.argv[1])
                        return "OK"
                    except botocore.exceptions.ClientError as e:
                        return e.response["Error"]["Code"] + ":" + str(e.response["ResponseMetadata"]["HTTPStatusCode"])
                pc.get_engagement_invitation(Catalog="Sandbox", Identifier=sys.argv[1])  # warm the connection pool
                with ThreadPoolExecutor(max_workers=20) as pool:
                    codes = list(pool.map(one, range(60)))
                print(json.dumps(codes))
                """#
            let output = try await Self.python(emulator, script, arguments: [pick.id!])
            let codes = try #require(
                try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String], "\(output.stderr)")
            #expect(codes.filter { $0 == "OK" }.count >= 9, "the burst of 10 (one used to warm up) is served")
            #expect(codes.contains("ThrottlingException:400"))
            #expect(Set(codes).isSubset(of: ["OK", "ThrottlingException:400"]))
        }
    }

    @Test(arguments: [FaultKind.dropAfterApplying, .dropBeforeApplying])
    func droppedConnectionsReallyDrop(kind: FaultKind) async throws {
        let seed = QuotaAndFaultTests.seed(firstFault: kind)
        let configure: (inout EmulatorConfiguration) -> Void = {
            $0.faultRate = 1
            $0.faultKinds = FaultKind.allCases
            $0.faultSeed = seed

        }
        try await withLiveEmulator(configure) { emulator in
            let pick = await emulator.store.invitations(catalog: "Sandbox").first {
                $0.status == .pending && $0.expirationDate!.date > Date().addingTimeInterval(86_400)
            }!
            let script = #"""
                try:
                    pc.reject_engagement_invitation(Catalog="Sandbox", Identifier=sys.argv[1])
                    print("answered")
                except botocore.exceptions.ClientError as e:
                    print("error", e.response["Error"]["Code"])
                except Exception as e:
                    print("dropped", type(e).__name__)
                """#
            let output = try await Self.python(emulator, script, arguments: [pick.id!])
            #expect(output.stdout.hasPrefix("dropped "), "\(output.stdout)\(output.stderr)")
            #expect(output.stdout.contains("ConnectionClosedError"), "\(output.stdout)")
            let status = await emulator.invitation(id: pick.id!, catalog: "Sandbox")?.status
            #expect(status == (kind == .dropAfterApplying ? .rejected : .pending))
        }
    }

    @Test(arguments: [FaultKind.accessDenied, .accessDeniedWithReason, .serviceQuotaExceeded, .resourceNotFound])
    func botocoreRaisesEachInjectedError(kind: FaultKind) async throws {
        let seed = QuotaAndFaultTests.seed(firstFault: kind)
        let configure: (inout EmulatorConfiguration) -> Void = {
            $0.faultRate = 1
            $0.faultKinds = FaultKind.allCases
            $0.faultSeed = seed

        }
        try await withLiveEmulator(configure) { emulator in
            let script = #"""
                e = error_of(pc.get_engagement_invitation, Catalog="Sandbox", Identifier="engi-0000000000000")
                print(json.dumps({"code": e.response["Error"]["Code"], "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
                                  "reason": e.response.get("Reason"), "class": type(e).__name__}))
                """#
            let output = try await Self.python(emulator, script)
            let result = try #require(output.json as? [String: Any], "\(output.stdout)\(output.stderr)")
            let expected: (String, Int) =
                switch kind {
                case .accessDenied, .accessDeniedWithReason: ("AccessDeniedException", 403)
                case .serviceQuotaExceeded: ("ServiceQuotaExceededException", 402)
                default: ("ResourceNotFoundException", 404)
                }
            #expect(result["code"] as? String == expected.0)
            #expect(result["class"] as? String == expected.0)
            #expect(result["status"] as? Int == expected.1)
            #expect(
                result["reason"] as? String
                    == (kind == .accessDeniedWithReason ? "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE" : nil))
        }
    }
}
