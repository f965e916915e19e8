"""Linux: machine policy from TOML files (/etc/helpclient and ``XDG_CONFIG_DIRS``)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from helpclient.core.settings import read_toml, validated
from helpclient.core.settings_catalog import SETTINGS_BY_KEY

POLICY_NAME = "policy.toml"


class TomlPolicySource:
    """Policy read from TOML files; an earlier file wins over a later one for the same key."""

    def __init__(self, files: Sequence[Path]) -> None:
        self.files = tuple(files)
        self._problems: list[str] = []

    @classmethod
    def system(cls, environ: Mapping[str, str] | None = None) -> TomlPolicySource:
        """``/etc/helpclient/policy.toml`` first, then each ``$XDG_CONFIG_DIRS/helpclient``."""
        env = os.environ if environ is None else environ
        dirs = [d for d in env.get("XDG_CONFIG_DIRS", "/etc/xdg").split(":") if d]
        files = [Path("/etc/helpclient") / POLICY_NAME]
        files += [Path(d) / "helpclient" / POLICY_NAME for d in dirs]
        return cls(files)

    def load(self) -> dict[str, Any]:
        """The merged policy values by dotted key. A value that cannot be its setting's is left
        out of its file (and reported by :meth:`problems`), so it does not hide a good value of
        the same key in a later file."""
        merged: dict[str, Any] = {}
        self._problems = []
        for path in self.files:
            for key, raw in read_toml(path).items():
                setting = SETTINGS_BY_KEY.get(key)
                if key in merged or setting is None:  # Settings reports unknown keys
                    merged.setdefault(key, raw)
                    continue
                value, problems = validated(setting, raw)
                self._problems += (f"{path}: {problem}" for problem in problems)
                if value is not None:
                    merged[key] = value
        return merged

    def describe(self) -> str:
        """The files that exist, or where they would be."""
        present = [str(p) for p in self.files if p.exists()]
        return ", ".join(present) if present else f"none ({self.files[0]} absent)"

    def problems(self) -> list[str]:
        """The values the last :meth:`load` left out, each with its file."""
        return list(self._problems)
