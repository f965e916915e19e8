"""Write the example configuration profile (installer/macos/HelpClient-example.mobileconfig)
from the settings declaration (``make admx`` writes it with the ADMX; a test fails when stale):

    python installer/macos/mobileconfig.py [file]

One payload of type ``org.helpclient.HelpClient`` (the app's bundle id) holding every setting
policy may lock, under its dotted key, at its default (the server URL an example one), each
after a comment with its description. An MDM installs it into
``/Library/Managed Preferences/org.helpclient.HelpClient.plist``, where HelpClient reads it as
machine policy: every key left in the profile is locked, so IT deletes the ones it does not
want to fix. Its UUIDs derive from fixed names, so the file is the same at every run.
"""

from __future__ import annotations

import plistlib
import re
import sys
import uuid
from pathlib import Path
from typing import Any

from helpclient.core.settings_catalog import SETTINGS

BUNDLE_ID = "org.helpclient.HelpClient"
OUTPUT = Path(__file__).resolve().parent / "HelpClient-example.mobileconfig"
_UUIDS = uuid.UUID("0D4F3F51-7C4B-4F3A-9B0E-2E6A4C1D8F10")
# the example's own values where the default would not show what to put there
EXAMPLES: dict[str, Any] = {"server.url": "https://help.example.com"}


def _uuid(name: str) -> str:
    return str(uuid.uuid5(_UUIDS, name)).upper()


def profile() -> dict[str, Any]:
    """The profile as a dictionary: one payload of HelpClient's settings."""
    payload: dict[str, Any] = {
        "PayloadType": BUNDLE_ID,
        "PayloadIdentifier": f"{BUNDLE_ID}.settings",
        "PayloadUUID": _uuid("settings"),
        "PayloadVersion": 1,
        "PayloadDisplayName": "HelpClient settings",
    }
    for setting in SETTINGS:
        if setting.lockable:
            payload[setting.key] = EXAMPLES.get(setting.key, setting.default)
    return {
        "PayloadType": "Configuration",
        "PayloadIdentifier": f"{BUNDLE_ID}.profile",
        "PayloadUUID": _uuid("profile"),
        "PayloadVersion": 1,
        "PayloadScope": "System",
        "PayloadDisplayName": "HelpClient (example)",
        "PayloadDescription": "Settings your organisation fixes for HelpClient.",
        "PayloadOrganization": "Example Organisation",
        "PayloadContent": [payload],
    }


def render() -> str:
    """The profile's XML, each setting's key after a comment with its description."""
    text = plistlib.dumps(profile()).decode()
    docs = {s.key: s.doc for s in SETTINGS}

    def comment(match: re.Match[str]) -> str:
        indent, key = match.group(1), match.group(2)
        # "--" may not appear inside an XML comment
        doc = docs[key].replace("--", "- -")
        return f"{indent}<!-- {doc} -->\n{match.group(0)}"

    return re.sub(r"^(\s*)<key>([a-z_]+\.[a-z_.]+)</key>$", comment, text, flags=re.MULTILINE)


def main(argv: list[str]) -> int:
    """Write the profile to ``argv[0]`` (default: installer/macos/HelpClient-example...)."""
    out = Path(argv[0]) if argv else OUTPUT
    out.write_text(render(), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
