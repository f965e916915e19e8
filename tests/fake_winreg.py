"""A stand-in for the standard ``winreg`` module, for the registry policy reader on any system.

Keys are nested dicts: a value is ``name: (data, type)``, a subkey is ``name: {…}``. The
constants are winreg's real numbers, so a reader that hard-coded them would still be caught only
by behaviour, not by chance.
"""

HKEY_CURRENT_USER = 0x80000001
HKEY_LOCAL_MACHINE = 0x80000002
REG_SZ = 1
REG_EXPAND_SZ = 2
REG_BINARY = 3
REG_DWORD = 4
REG_MULTI_SZ = 7
REG_QWORD = 11


class FakeWinReg:
    """The registry of one machine; ``hives`` maps a hive constant to its root key."""

    HKEY_CURRENT_USER = HKEY_CURRENT_USER
    HKEY_LOCAL_MACHINE = HKEY_LOCAL_MACHINE
    REG_SZ = REG_SZ
    REG_EXPAND_SZ = REG_EXPAND_SZ
    REG_BINARY = REG_BINARY
    REG_DWORD = REG_DWORD
    REG_MULTI_SZ = REG_MULTI_SZ
    REG_QWORD = REG_QWORD

    def __init__(self, environ=None):
        self.hives = {HKEY_CURRENT_USER: {}, HKEY_LOCAL_MACHINE: {}}
        self.environ = environ or {}
        self.open_keys = 0

    def set(self, hive, path, name, data, reg_type):
        """Write a value (creating the keys on the way), like ``reg add``."""
        node = self.hives[hive]
        for part in path.split("\\"):
            node = node.setdefault(part, {})
        node[name] = (data, reg_type)

    def OpenKey(self, key, sub_key):  # noqa: N802
        node = self.hives[key] if isinstance(key, int) else key
        for part in sub_key.split("\\"):
            child = node.get(part)
            if not isinstance(child, dict):
                raise FileNotFoundError(2, "The system cannot find the file specified")
            node = child
        self.open_keys += 1
        return node

    def EnumValue(self, key, index):  # noqa: N802
        values = [(n, v[0], v[1]) for n, v in key.items() if isinstance(v, tuple)]
        if index >= len(values):
            raise OSError(259, "No more data is available")
        return values[index]

    def EnumKey(self, key, index):  # noqa: N802
        names = [n for n, v in key.items() if isinstance(v, dict)]
        if index >= len(names):
            raise OSError(259, "No more data is available")
        return names[index]

    def CloseKey(self, key):  # noqa: N802
        self.open_keys -= 1

    def ExpandEnvironmentStrings(self, text):  # noqa: N802
        for name, value in self.environ.items():
            text = text.replace(f"%{name}%", value)
        return text
