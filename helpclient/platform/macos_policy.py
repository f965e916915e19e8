"""macOS: machine policy from managed preferences, as MDM configuration profiles write them.

A profile whose payload type is the app's bundle id (``org.helpclient.HelpClient``) lands in
``/Library/Managed Preferences/org.helpclient.HelpClient.plist`` (device profiles) and
``/Library/Managed Preferences/<user>/org.helpclient.HelpClient.plist`` (user profiles). The
machine's plist wins over the user's, key by key, as on Windows. Keys are the settings' dotted
keys (``server.url``); plist types map onto the declared types: string → str, integer → int,
true/false → bool, array of strings → list. Anything else is left out and reported
(``check-config``); an unreadable plist is reported too, never fatal.
"""

from __future__ import annotations

import getpass
import plistlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError

from helpclient.core.settings import flatten
from helpclient.core.settings_catalog import SETTINGS_BY_KEY, Setting

BUNDLE_ID = "org.helpclient.HelpClient"
MANAGED = Path("/Library/Managed Preferences")

_PLIST_TYPE = {str: "a string", int: "an integer", bool: "a boolean (true/false)",
               list: "an array of strings"}


def _plist_kind(value: Any) -> str:
    kinds = {str: "string", bool: "boolean", int: "integer", float: "real", list: "array",
             dict: "dict", bytes: "data"}
    return kinds.get(type(value), type(value).__name__)


def _fits(setting: Setting, value: Any) -> bool:
    if setting.type is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if setting.type is list:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    return isinstance(value, setting.type)


class ManagedPreferencesSource:
    """Policy read from the machine's and the user's managed-preferences plists."""

    def __init__(self, files: list[Path], settings: Mapping[str, Setting] = SETTINGS_BY_KEY
                 ) -> None:
        """``files`` from the strongest (the machine's) to the weakest."""
        self.files = list(files)
        self._settings = settings
        self._problems: list[str] = []

    @classmethod
    def system(cls, user: str | None = None, root: Path = MANAGED) -> ManagedPreferencesSource:
        """The machine's plist, then the logged-in user's."""
        files = [root / f"{BUNDLE_ID}.plist"]
        try:
            name = user or getpass.getuser()
        except (KeyError, OSError):  # no login name at all: the machine's policy still counts
            return cls(files)
        return cls([*files, root / name / f"{BUNDLE_ID}.plist"])

    def load(self) -> dict[str, Any]:
        """The policy values by dotted key, the machine's over the user's."""
        self._problems = []
        merged: dict[str, Any] = {}
        for path in reversed(self.files):
            merged.update(self._read(path))
        return merged

    def _read(self, path: Path) -> dict[str, Any]:
        try:
            with path.open("rb") as f:
                data = plistlib.load(f)
        except FileNotFoundError:
            return {}
        # a cut or hand-edited plist: XML errors come through from expat as they are
        except (OSError, plistlib.InvalidFileException, ValueError, ExpatError) as exc:
            self._problems.append(f"{path}: unreadable ({exc}); ignored")
            return {}
        if not isinstance(data, dict):
            self._problems.append(f"{path}: not a dictionary of settings; ignored")
            return {}
        values: dict[str, Any] = {}
        for key, value in flatten(data).items():
            if key.startswith("Payload"):
                continue  # a profile's own bookkeeping (PayloadUUID, …), not a setting
            setting = self._settings.get(key)
            if setting is None or _fits(setting, value):
                values[key] = value  # Settings reports an unknown key
                continue
            self._problems.append(f"{path}: {key} is {_plist_kind(value)} {value!r}, "
                                  f"must be {_PLIST_TYPE[setting.type]}; ignored")
        return values

    def describe(self) -> str:
        """The plists that exist, or where the machine's would be."""
        present = [str(p) for p in self.files if p.exists()]
        return ", ".join(present) if present else f"none ({self.files[0]} absent)"

    def problems(self) -> list[str]:
        """Values of the wrong type and unreadable plists found by the last :meth:`load`."""
        return list(self._problems)
