#!/usr/bin/env python3
"""Regenerates tricky-config.botocore.json: how botocore reads tricky-config (profiles and sso-sessions).

Run: python3 Tests/PartnerCentralTests/Fixtures/config/generate_botocore_config_golden.py
"""
import json
import os

import botocore.configloader

here = os.path.dirname(os.path.abspath(__file__))
loaded = botocore.configloader.load_config(os.path.join(here, "tricky-config"))
golden = {"profiles": loaded.get("profiles", {}), "sso_sessions": loaded.get("sso_sessions", {})}
with open(os.path.join(here, "tricky-config.botocore.json"), "w") as f:
    json.dump(golden, f, indent=2, sort_keys=True)
    f.write("\n")
