"""Write the commented example of /etc/helpclient/policy.toml from the settings declaration.

Every setting that policy may lock is listed with its description, under its TOML table, as a
commented line holding its default; IT removes the ``#`` of a table line and of the settings it
wants to fix. The file as shipped sets nothing. Run by ``installer/linux/build-deb``:

    python installer/linux/policy_example.py > policy.toml
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterable

import tomli_w

from helpclient.core.settings_catalog import SETTINGS, Setting

WIDTH = 98
HEADER = """\
# HelpClient machine policy: /etc/helpclient/policy.toml
#
# A setting given here is set by your organisation: HelpClient uses this value, shows it
# disabled in its Settings window, and a user's own settings cannot change it. Settings not
# given here keep their defaults, and users may change those.
#
# To set one, remove the "#" in front of its table line ([server], …) and in front of the
# setting, then change the value. The values shown are the defaults. A file in
# $XDG_CONFIG_DIRS/helpclient/policy.toml (e.g. /etc/xdg/helpclient/policy.toml) may set
# policy too; this file wins over it.
#
# The package installs this file as a configuration file: upgrades keep your edits, and
# "dpkg --purge helpclient" removes it.
#
# Check what HelpClient makes of it, as the user it runs for:
#     helpclient check-config
"""


def _value(setting: Setting) -> str:
    """The default as a TOML value (strings quoted and escaped, lists, booleans)."""
    line = tomli_w.dumps({"v": setting.default}).strip()
    return line.split(" = ", 1)[1]


def _comment(text: str) -> list[str]:
    return [f"# {line}" for line in textwrap.wrap(text, WIDTH - 2)]


def render(settings: Iterable[Setting] = SETTINGS) -> str:
    """The commented policy file for ``settings`` (only those policy may lock)."""
    tables: dict[str, list[Setting]] = {"": []}  # keys without a table come before any table
    for setting in settings:
        if setting.lockable:
            tables.setdefault(setting.key.rpartition(".")[0], []).append(setting)
    lines = [HEADER]
    for table, members in tables.items():
        if table and members:
            lines.append(f"#[{table}]")
        for setting in members:
            lines.extend(_comment(setting.doc))
            lines.append(f"#{setting.key.rpartition('.')[2]} = {_value(setting)}")
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
