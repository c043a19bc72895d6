import Foundation
import PartnerTriageTestSupport
import Testing

/// boto3 and botocore 1.44.8 (the pinned model, with the members the AWS CLI's bundled model lacks) run against the
/// same emulator, printing what `aws ... --output json` would print with that model.
enum Boto3JSON {
    static let script = """
        import json, sys, boto3
        from botocore.config import Config
        from botocore.parsers import ResponseParserFactory
        operation, calls, endpoint = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
        client = boto3.session.Session().client(
            "partnercentral-selling", endpoint_url=endpoint, region_name="us-east-1",
            config=Config(retries={"max_attempts": 1}))
        # The AWS CLI keeps timestamps as the wire text (cli_timestamp_format = wire).
        factory = ResponseParserFactory()
        factory.set_parser_defaults(timestamp_parser=lambda value: value)
        client._endpoint._response_parser_factory = factory
        texts = []
        for params in calls:
            if operation == "list_engagement_invitations":
                pages = client.get_paginator(operation).paginate(**params, PaginationConfig={"PageSize": 100})
                result = pages.build_full_result()
            else:
                result = getattr(client, operation)(**params)
            result.pop("ResponseMetadata", None)
            texts.append(json.dumps(result, indent=4, ensure_ascii=False) + "\\n")
        print(json.dumps(texts))
        """

    /// Runs one operation (snake_case, as boto3 names it) once per element of `calls`, in one Python process, and
    /// returns what each printed.
    static func run(_ operation: String, each calls: [[String: Any]], in environment: EndToEndEnvironment)
        async throws -> [String]
    {
        let arguments = String(decoding: try JSONSerialization.data(withJSONObject: calls), as: UTF8.self)
        let variables = environment.environment.merging(HostTools.pyenvVariables) { $1 }
        let result = try await ChildProcess.run(
            "/usr/bin/env", ["python3", "-c", script, operation, arguments, environment.endpoint],
            environment: variables)
        try #require(result.status == 0, "boto3 1.44.8 is needed (see .ci/run): \(result.stderr)")
        return try JSONDecoder().decode([String].self, from: Data(result.stdout.utf8))
    }
}
