"""The settings (declared once in :mod:`helpclient.core.settings_catalog`), typed, from three
layers: defaults < user file < machine policy.

A value set by policy is *locked*: the UI shows it disabled and the user file cannot override it.
The user file is TOML (``[server] url = "…"`` for the key ``server.url``), written atomically.
"""

from __future__ import annotations

import enum
import logging
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

import tomli_w

from helpclient.core.settings_catalog import SETTINGS, SETTINGS_BY_KEY, Setting
from helpclient.core.storage.atomic import atomic_write_bytes

log = logging.getLogger(__name__)


class Source(enum.Enum):
    """Where a setting's effective value came from."""

    DEFAULT = "default"
    USER = "user"
    POLICY = "policy"


class PolicySource(Protocol):
    """Machine policy set by IT (a file, the registry, managed preferences)."""

    def load(self) -> dict[str, Any]:
        """Policy values by dotted key; unknown keys are reported, not fatal."""
        ...

    def describe(self) -> str:
        """Where the policy comes from, for diagnostics (e.g. a file path)."""
        ...

    def problems(self) -> list[str]:
        """Values found by the last :meth:`load` that could not be read as their setting's type,
        each naming where it is (a registry value, a plist); they are left out of ``load``."""
        ...


class NoPolicy:
    """A machine without policy."""

    def load(self) -> dict[str, Any]:
        """Nothing is set."""
        return {}

    def describe(self) -> str:
        """No policy source."""
        return "none"

    def problems(self) -> list[str]:
        """Nothing to report."""
        return []


class LockedSettingError(Exception):
    """Raised when code tries to change a setting that machine policy locks."""


def flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"server": {"url": x}}`` → ``{"server.url": x}``."""
    flat: dict[str, Any] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{key}."))
        else:
            flat[key] = value
    return flat


def _nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    nested: dict[str, Any] = {}
    for key, value in sorted(flat.items()):
        *tables, name = key.split(".")
        node = nested
        for table in tables:
            node = node.setdefault(table, {})
        node[name] = value
    return nested


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file as dotted keys; missing file → empty; unreadable → logged and empty."""
    try:
        with path.open("rb") as f:
            return flatten(tomllib.load(f))
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        log.warning("ignoring unreadable settings file %s: %s", path, exc)
        return {}


def _coerce(setting: Setting, value: Any) -> Any:
    # bool is an int in Python; refuse it where a number is declared
    if setting.type is int and isinstance(value, bool):
        raise TypeError
    if setting.type is int and isinstance(value, int):
        return value
    if setting.type is list and isinstance(value, list):
        if not all(isinstance(item, str) for item in value):
            raise TypeError
        return list(value)
    if isinstance(value, setting.type):
        return value
    raise TypeError


def validated(setting: Setting, raw: Any) -> tuple[Any, list[str]]:
    """``raw`` as the value of ``setting``, without what its check refuses, and why (each
    problem ends "; ignored" or "; left out"). The value is None when nothing is usable: the
    wrong type, or a single value its check refuses (a list keeps its good entries)."""
    try:
        value = _coerce(setting, raw)
    except TypeError:
        return None, [f"{setting.key} must be {setting.type.__name__}, got {raw!r}; ignored"]
    check = setting.check
    if check is None:
        return value, []
    if isinstance(value, list):
        kept, problems = [], []
        for item in value:
            if problem := check(item):
                problems.append(f"{setting.key}: {problem}; left out")
            else:
                kept.append(item)
        return kept, problems
    if problem := check(value):
        return None, [f"{setting.key}: {problem}; ignored"]
    return value, []


class Settings:
    """The effective settings. Construct with the user file path and a policy source."""

    def __init__(self, user_file: Path, policy: PolicySource | None = None) -> None:
        self.user_file = user_file
        self.policy_source: PolicySource = policy or NoPolicy()
        self.problems: list[str] = []
        self._policy: dict[str, Any] = {}
        self._user: dict[str, Any] = {}
        self.reload()

    def reload(self) -> bool:
        """Read the policy and the user file again (IT, another HelpClient process or an editor
        changed them); True when a value, or where it comes from, changed. Values set but not
        saved are lost."""
        before = [(value, source) for _setting, value, source in self.effective()]
        values = self.policy_source.load()
        # the source's own findings (a registry value of the wrong kind) come first
        self.problems = list(self.policy_source.problems())
        for problem in self.problems:
            log.warning("%s", problem)
        self._policy = self._validated(values, self.policy_source.describe())
        self._user = self._validated(read_toml(self.user_file), str(self.user_file))
        return before != [(value, source) for _setting, value, source in self.effective()]

    def _validated(self, values: Mapping[str, Any], origin: str) -> dict[str, Any]:
        good: dict[str, Any] = {}
        known = len(self.problems)
        for key, raw in values.items():
            setting = SETTINGS_BY_KEY.get(key)
            if setting is None:
                self.problems.append(f"{origin}: unknown setting {key!r} ignored")
                continue
            value, problems = validated(setting, raw)
            self.problems += (f"{origin}: {problem}" for problem in problems)
            if value is not None:
                good[key] = value
        for problem in self.problems[known:]:
            log.warning("%s", problem)
        return good

    def get(self, key: str) -> Any:
        """The effective value of ``key``."""
        value, _ = self.get_with_source(key)
        return value

    def get_with_source(self, key: str) -> tuple[Any, Source]:
        """The effective value and the layer it came from."""
        setting = SETTINGS_BY_KEY[key]
        if setting.lockable and key in self._policy:
            return self._policy[key], Source.POLICY
        if key in self._user:
            return self._user[key], Source.USER
        return setting.default, Source.DEFAULT

    def is_locked(self, key: str) -> bool:
        """True when machine policy fixes this setting."""
        return SETTINGS_BY_KEY[key].lockable and key in self._policy

    def set(self, key: str, value: Any) -> None:
        """Change a user setting (call :meth:`save` to write it)."""
        setting = SETTINGS_BY_KEY[key]
        if self.is_locked(key):
            raise LockedSettingError(f"{key} is set by your organisation's policy")
        self._user[key] = _coerce(setting, value)

    def save(self) -> None:
        """Write the user's settings atomically."""
        data = tomli_w.dumps(_nest(self._user)).encode()
        atomic_write_bytes(self.user_file, data)

    def effective(self) -> Iterator[tuple[Setting, Any, Source]]:
        """Every declared setting with its value and origin (for ``check-config``)."""
        for setting in SETTINGS:
            value, source = self.get_with_source(setting.key)
            yield setting, value, source
