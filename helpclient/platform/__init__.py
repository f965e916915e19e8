"""OS specifics behind small interfaces; the implementation is chosen at run time."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from helpclient.core.settings import NoPolicy, PolicySource

if TYPE_CHECKING:
    from helpclient.core.report.userinfo import OsUser


def policy_source(system: str = sys.platform) -> PolicySource:
    """The machine-policy source of ``system`` (``sys.platform``): the registry on Windows,
    managed preferences on macOS, TOML files on Linux; none elsewhere."""
    if system == "win32":
        from helpclient.platform.windows_policy import RegistryPolicySource  # noqa: PLC0415

        return RegistryPolicySource()
    if system == "darwin":
        from helpclient.platform.macos_policy import ManagedPreferencesSource  # noqa: PLC0415

        return ManagedPreferencesSource.system()
    if system.startswith("linux"):
        from helpclient.platform.linux import TomlPolicySource  # noqa: PLC0415

        return TomlPolicySource.system()
    return NoPolicy()


def os_user() -> OsUser:
    """Who is logged in to this computer, as far as the OS says."""
    if sys.platform == "win32":
        import getpass  # noqa: PLC0415

        from helpclient.core.report.userinfo import OsUser  # noqa: PLC0415 (the report's)

        return OsUser(login=getpass.getuser())
    from helpclient.platform.posix import posix_user  # noqa: PLC0415

    return posix_user()
