#!/usr/bin/env python3
"""Regenerates Fixtures/botocore/*.json: Partner Central requests signed by botocore, for the signer's golden tests.

Run from anywhere with botocore installed:  python3 Tests/PartnerCentralTests/Fixtures/generate_botocore_goldens.py
Nothing is sent: a before-send hook captures the signed request and answers with a canned empty response.
The credentials are AWS's published example keys, not real ones.
"""
import datetime
import json
import logging
import os
import sys

import botocore
import botocore.auth
import botocore.awsrequest
import botocore.session

FIXED = datetime.datetime(2026, 3, 14, 15, 9, 26, tzinfo=datetime.timezone.utc)
ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "IQoJb3JpZ2luX2VjEXAMPLETOKEN//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+example/token=="

CASES = [
    ("list-engagement-invitations", "list_engagement_invitations",
     {"Catalog": "Sandbox", "ParticipantType": "RECEIVER", "MaxResults": 100,
      "Status": ["PENDING"], "Sort": {"SortOrder": "DESCENDING", "SortBy": "InvitationDate"}}),
    ("get-engagement-invitation", "get_engagement_invitation",
     {"Catalog": "AWS", "Identifier": "engi-0000002isusga"}),
    ("reject-engagement-invitation", "reject_engagement_invitation",
     {"Catalog": "Sandbox", "Identifier": "engi-0000002isusga", "RejectionReason": "Customer problem unclear"}),
    ("start-engagement-by-accepting-invitation-task", "start_engagement_by_accepting_invitation_task",
     {"Catalog": "Sandbox", "Identifier": "engi-0000002isusga",
      "ClientToken": "3f1c2a8e-5b7d-4c1e-9f0a-2d6b8e4c7a91"}),
    ("accept-engagement-invitation", "accept_engagement_invitation",
     {"Catalog": "Sandbox", "Identifier": "engi-0000002isusga"}),
    ("list-engagement-by-accepting-invitation-tasks", "list_engagement_by_accepting_invitation_tasks",
     {"Catalog": "Sandbox", "MaxResults": 100, "Sort": {"SortOrder": "DESCENDING", "SortBy": "StartTime"},
      "TaskStatus": ["IN_PROGRESS", "COMPLETE"], "EngagementInvitationIdentifier": ["engi-0000002isusga"],
      "TaskIdentifier": ["task-0000000000001"]}),
]


class Capture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def sign(operation, params, token):
    session = botocore.session.get_session()
    client = session.create_client(
        "partnercentral-selling", region_name="us-east-1",
        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY, aws_session_token=token)
    captured = {}

    def before_send(request, **_):
        captured["method"] = request.method
        captured["url"] = request.url
        # User-Agent (names this machine) and amz-sdk-* (random per call) are unsigned; leaving them out keeps
        # regenerated files identical.
        captured["headers"] = [[k, v.decode() if isinstance(v, bytes) else v] for k, v in request.headers.items()
                               if k.lower() not in ("user-agent", "amz-sdk-invocation-id", "amz-sdk-request")]
        body = request.body
        captured["body"] = body.decode() if isinstance(body, bytes) else (body or "")
        return botocore.awsrequest.AWSResponse(request.url, 200, {"x-amzn-RequestId": "golden"}, None)

    client.meta.events.register("before-send", before_send)
    handler = Capture()
    auth_logger = logging.getLogger("botocore.auth")
    auth_logger.addHandler(handler)
    auth_logger.setLevel(logging.DEBUG)
    try:
        getattr(client, operation)(**params)
    except Exception:
        pass  # the canned response has no body; only the captured request matters
    finally:
        auth_logger.removeHandler(handler)
    for message in handler.messages:
        if message.startswith("CanonicalRequest:\n"):
            captured["canonicalRequest"] = message[len("CanonicalRequest:\n"):]
        elif message.startswith("StringToSign:\n"):
            captured["stringToSign"] = message[len("StringToSign:\n"):]
        elif message.startswith("Signature:\n"):
            captured["signature"] = message[len("Signature:\n"):]
    return captured


def main():
    botocore.auth.get_current_datetime = lambda *a, **k: FIXED
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "botocore")
    os.makedirs(out_dir, exist_ok=True)
    for name, operation, params in CASES:
        for token in (None, SESSION_TOKEN):
            captured = sign(operation, params, token)
            golden = {
                "generator": "botocore %s" % botocore.__version__,
                "operation": operation,
                "params": params,
                "credentials": {"accessKeyId": ACCESS_KEY, "secretAccessKey": SECRET_KEY, "sessionToken": token},
                "region": "us-east-1",
                "service": "partnercentral-selling",
                "date": FIXED.strftime("%Y-%m-%dT%H:%M:%SZ"),
                **captured,
            }
            suffix = "-session-token" if token else ""
            path = os.path.join(out_dir, "%s%s.json" % (name, suffix))
            with open(path, "w") as f:
                json.dump(golden, f, indent=2, sort_keys=True)
                f.write("\n")
            print("wrote", os.path.relpath(path), file=sys.stderr)


if __name__ == "__main__":
    main()
