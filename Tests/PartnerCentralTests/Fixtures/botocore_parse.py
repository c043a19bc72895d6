"""Parses response bodies with the installed botocore exactly as the AWS CLI does, and prints them as it prints.

stdin: a JSON list of {"operation": "GetEngagementInvitation", "body": "<response text>"}.
stdout: a JSON list of {"version": ..., "text": "<what `aws ... --output json` prints>"} (or "error").
"""
import json
import sys

import botocore
import botocore.session
from botocore.parsers import ResponseParserFactory

model = botocore.session.get_session().get_service_model("partnercentral-selling")
factory = ResponseParserFactory()
# The AWS CLI keeps timestamps as the wire text (cli_timestamp_format = wire).
factory.set_parser_defaults(timestamp_parser=lambda value: value)
parser = factory.create_parser("json")
results = []
for case in json.load(sys.stdin):
    shape = model.operation_model(case["operation"]).output_shape
    response = {"body": case["body"].encode("utf-8"), "headers": {}, "status_code": 200}
    try:
        parsed = parser.parse(response, shape)
        parsed.pop("ResponseMetadata", None)
        results.append({"version": botocore.__version__, "text": json.dumps(parsed, indent=4, ensure_ascii=False) + "\n"})
    except Exception as error:  # botocore refuses some shapes outright; the test says which
        results.append({"version": botocore.__version__, "error": repr(error)})
json.dump(results, sys.stdout)
