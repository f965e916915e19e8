"""Windows: machine policy from the registry, as Group Policy (ADMX) and the MSI write it.

``HKLM\\Software\\Policies\\HelpClient`` (the machine's) wins over
``HKCU\\Software\\Policies\\HelpClient`` (the user's, also written by Group Policy), value by
value. Each value is named like the setting's dotted key (``server.url``). Value types map onto
the declared setting types:

- str: ``REG_SZ`` (``REG_EXPAND_SZ`` is expanded);
- int: ``REG_DWORD`` / ``REG_QWORD``, or ``REG_SZ`` holding a whole number (the MSI writes text);
- bool: ``REG_DWORD`` 0 or 1 (or ``REG_SZ`` "0" / "1");
- list: ``REG_MULTI_SZ``, or a subkey of that name whose values ``1``, ``2``, … hold the items —
  what an ADMX ``list`` element writes.

A value of another kind is left out and reported (``check-config``), never fatal. ``winreg`` is
passed in, so the reader is tested on any system with a fake.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar, cast

from helpclient.core.settings_catalog import SETTINGS_BY_KEY, Setting

_T = TypeVar("_T")

POLICY_KEY = r"Software\Policies\HelpClient"


class WinReg(Protocol):
    """The part of the standard ``winreg`` module the reader uses."""

    HKEY_LOCAL_MACHINE: int
    HKEY_CURRENT_USER: int
    REG_SZ: int
    REG_EXPAND_SZ: int
    REG_MULTI_SZ: int
    REG_DWORD: int
    REG_QWORD: int

    def OpenKey(self, key: Any, sub_key: str) -> Any:  # noqa: N802 - winreg's own name
        """Open ``sub_key`` of ``key`` for reading; ``OSError`` when it does not exist."""
        ...

    def EnumValue(self, key: Any, index: int) -> tuple[str, Any, int]:  # noqa: N802
        """The ``index``-th value as (name, data, type); ``OSError`` past the last one."""
        ...

    def EnumKey(self, key: Any, index: int) -> str:  # noqa: N802
        """The ``index``-th subkey's name; ``OSError`` past the last one."""
        ...

    def CloseKey(self, key: Any) -> None:  # noqa: N802
        """Close a key opened with ``OpenKey``."""
        ...

    def ExpandEnvironmentStrings(self, text: str) -> str:  # noqa: N802
        """``%VAR%`` references replaced by the environment's values."""
        ...


class WrongType(Exception):
    """A registry value that cannot be read as its setting's declared type."""


def _type_name(reg: WinReg, reg_type: int) -> str:
    names = {reg.REG_SZ: "REG_SZ", reg.REG_EXPAND_SZ: "REG_EXPAND_SZ",
             reg.REG_MULTI_SZ: "REG_MULTI_SZ", reg.REG_DWORD: "REG_DWORD",
             reg.REG_QWORD: "REG_QWORD"}
    return names.get(reg_type, f"registry type {reg_type}")


def _convert(reg: WinReg, setting: Setting, data: Any, reg_type: int) -> Any:
    """``data`` of ``reg_type`` as ``setting.type``; :class:`WrongType` when it is not."""
    text = reg_type in (reg.REG_SZ, reg.REG_EXPAND_SZ) and isinstance(data, str)
    if text and reg_type == reg.REG_EXPAND_SZ:
        data = reg.ExpandEnvironmentStrings(data)
    number = reg_type in (reg.REG_DWORD, reg.REG_QWORD) and isinstance(data, int)
    if setting.type is str and text:
        return data
    if setting.type is int:
        if number:
            return data
        if text and data.strip().isdigit():
            return int(data.strip())
    if setting.type is bool:
        if number and data in (0, 1):
            return data == 1
        if text and data.strip() in ("0", "1"):
            return data.strip() == "1"
    if setting.type is list and reg_type == reg.REG_MULTI_SZ and isinstance(data, list):
        return [item for item in data if isinstance(item, str) and item]
    raise WrongType(f"{_type_name(reg, reg_type)} {data!r} is not "
                    f"{_EXPECTED.get(setting.type, setting.type.__name__)}")


_EXPECTED = {
    str: "text (REG_SZ)",
    int: "a whole number (REG_DWORD)",
    bool: "0 or 1 (REG_DWORD)",
    list: "a list (REG_MULTI_SZ, or a subkey of numbered values)",
}


class RegistryPolicySource:
    """Policy read from the registry; ``winreg`` is the module (a fake in tests)."""

    def __init__(self, winreg: WinReg | None = None,
                 settings: Mapping[str, Setting] = SETTINGS_BY_KEY) -> None:
        self._reg = winreg
        self._settings = settings
        self._problems: list[str] = []
        self._found: list[str] = []

    def _winreg(self) -> WinReg:
        if self._reg is None:
            # only on Windows; elsewhere the tests pass a fake
            self._reg = cast("WinReg", importlib.import_module("winreg"))
        return self._reg

    def _hives(self) -> list[tuple[str, int]]:
        reg = self._winreg()
        # the machine's last, so its values replace the user's
        return [("HKCU", reg.HKEY_CURRENT_USER), ("HKLM", reg.HKEY_LOCAL_MACHINE)]

    def load(self) -> dict[str, Any]:
        """The policy values by dotted key, the machine's over the user's."""
        self._problems = []
        self._found = []
        merged: dict[str, Any] = {}
        for label, hive in self._hives():
            values = self._read_hive(hive, f"{label}\\{POLICY_KEY}")
            if values is not None:
                self._found.append(f"{label}\\{POLICY_KEY}")
                merged.update(values)
        return merged

    def _read_hive(self, hive: int, where: str) -> dict[str, Any] | None:
        reg = self._winreg()
        try:
            key = reg.OpenKey(hive, POLICY_KEY)
        except OSError:
            return None
        try:
            values: dict[str, Any] = {}
            for name, data, reg_type in _values(reg, key):
                setting = self._settings.get(name)
                if setting is None:
                    values[name] = data  # Settings reports the unknown name
                    continue
                try:
                    values[name] = _convert(reg, setting, data, reg_type)
                except WrongType as exc:
                    self._problems.append(f"{where}\\{name}: {exc}; ignored")
            for name in _subkeys(reg, key):
                setting = self._settings.get(name)
                if setting is not None and setting.type is list:
                    values[name] = self._read_list(key, name)
                else:
                    self._problems.append(
                        f"{where}\\{name}: a subkey, but only a list setting can be one; ignored")
            return values
        finally:
            reg.CloseKey(key)

    def _read_list(self, parent: Any, name: str) -> list[str]:
        """An ADMX list: the subkey's values ``1``, ``2``, … in number order."""
        reg = self._winreg()
        key = reg.OpenKey(parent, name)
        try:
            numbered = [(int(n) if n.isdigit() else 0, n, d)
                        for n, d, t in _values(reg, key)
                        if t in (reg.REG_SZ, reg.REG_EXPAND_SZ) and isinstance(d, str) and d]
            return [data for _, _, data in sorted(numbered)]
        finally:
            reg.CloseKey(key)

    def describe(self) -> str:
        """The policy keys that exist, or where they would be."""
        if self._found:
            return ", ".join(self._found)
        return f"none (HKLM\\{POLICY_KEY} absent)"

    def problems(self) -> list[str]:
        """Values of the wrong kind found by the last :meth:`load`."""
        return list(self._problems)


def _values(reg: WinReg, key: Any) -> list[tuple[str, Any, int]]:
    return _enumerate(lambda index: reg.EnumValue(key, index))


def _subkeys(reg: WinReg, key: Any) -> list[str]:
    return _enumerate(lambda index: reg.EnumKey(key, index))


def _enumerate(item: Callable[[int], _T]) -> list[_T]:
    """winreg's way of listing: ask for item 0, 1, … until it raises OSError."""
    found: list[_T] = []
    while True:
        try:
            found.append(item(len(found)))
        except OSError:
            return found
