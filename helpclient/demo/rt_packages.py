"""Installing Request Tracker 5 from the Debian packages, and telling whether it is installed.

Re-exported by :mod:`helpclient.demo.rt_instance`, which is the module to import.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

RT_SERVER = Path("/usr/share/request-tracker5/libexec/rt-server")
RT_SETUP_DATABASE = Path("/usr/sbin/rt-setup-database-5")
RT_LIB = Path("/usr/share/request-tracker5/lib")
RT_PACKAGES = ("request-tracker5", "rt5-db-sqlite", "rt5-standalone")
DEBCONF_ANSWERS = (
    "request-tracker5 request-tracker5/dbconfig-install boolean true",
    "request-tracker5 request-tracker5/database-type select sqlite3",
)


class RTSetupError(Exception):
    """Request Tracker could not be installed, set up, seeded or started; the message says why."""


def rt_installed() -> bool:
    """True when the RT 5 packages this module needs are installed (server, SQLite, Starlet)."""
    if not (RT_SERVER.is_file() and RT_SETUP_DATABASE.is_file() and RT_LIB.is_dir()):
        return False
    if shutil.which("perl") is None:
        return False
    check = ["perl", "-MDBD::SQLite", "-MPlack::Handler::Starlet", "-e", "1"]
    try:
        done = subprocess.run(check, capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def install_command() -> list[list[str]]:
    """The commands (to run as root, in order) that install RT 5 without any prompt."""
    preseed = "printf '%s\\n' " + " ".join(f"'{line}'" for line in DEBCONF_ANSWERS)
    return [
        ["sh", "-c", f"{preseed} | debconf-set-selections"],
        ["apt-get", "update"],
        [
            "env",
            "DEBIAN_FRONTEND=noninteractive",
            "apt-get",
            "install",
            "-y",
            "--no-install-recommends",
            *RT_PACKAGES,
        ],
    ]


def install_rt_packages() -> None:
    """Install RT 5: directly as root, else through ``sudo -n``; raise RTSetupError otherwise."""
    if os.geteuid() == 0:
        prefix: list[str] = []
    elif shutil.which("sudo") and _succeeds(["sudo", "-n", "true"]):
        prefix = ["sudo", "-n"]
    else:
        raise RTSetupError(
            "Installing Request Tracker 5 needs root or sudo (without a password prompt); "
            "run as root or install the packages yourself: " + " ".join(RT_PACKAGES)
        )
    for command in install_command():
        done = subprocess.run([*prefix, *command], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RTSetupError(
                f"`{' '.join(command)}` failed (exit {done.returncode}):\n{tail(done.stderr)}"
            )
    if not rt_installed():
        raise RTSetupError("The RT 5 packages were installed but RT is still not usable")


def _succeeds(command: list[str]) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=10, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def tail(text: str, lines: int = 30) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])
