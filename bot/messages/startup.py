"""Sentences printed when CarePost starts: settings that loosen its safety, and how `serve` is exposed.

Each is one line on stderr, in capitals where it weakens a protection, so that it stands out in a log.
"""

from __future__ import annotations

LOOSENED_SELF_APPROVAL = (
    "WARNING: review.allow_self_approval is true in app.yaml: a reviewer may approve their OWN drafts "
    "(set it to false for a second pair of eyes)"
)
LOOSENED_RULE_OFF = (
    "WARNING: guardrails.rules.{rule} is OFF in app.yaml: texts with this PHI identifier will NOT be caught "
    "(remove `enabled: false` to turn it back on)"
)
LOOSENED_SEVERITY = (
    "WARNING: guardrails.rules.{rule} is lowered from {default} to {severity} in app.yaml: such texts are no longer "
    "{effect} (remove the severity to restore it)"
)
EFFECT = {"block": "blocked", "fix": "fixed automatically"}
EMULATOR_MODE = (
    "WARNING: Teams runs in EMULATOR MODE (MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD unset): requests to "
    "/api/messages are NOT authenticated and replies go to whatever serviceUrl a caller names"
)
EMULATOR_ON_NETWORK_REFUSED = (
    "--host {host} is not a loopback address and Teams would run in emulator mode (no authentication): set "
    "MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD, use --host 127.0.0.1, or pass --allow-emulator-on-network"
)
EMULATOR_ON_NETWORK = (
    "WARNING: --allow-emulator-on-network: /api/messages on {host} accepts UNAUTHENTICATED requests from the "
    "network and sends replies wherever they ask"
)
BAD_PORT_VARIABLE = "PORT is {value!r}: set it to a port number (0-65535), or pass --port N"
CANNOT_LISTEN = (
    "cannot listen on --host {host} --port {port} ({detail}): use an address of this machine (127.0.0.1, "
    "0.0.0.0) and a free port"
)
