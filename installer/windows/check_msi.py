"""Check a built HelpClient MSI's tables (``msiinfo export``) against what the README promises.

No Windows runs here, so the tables are the evidence: per-machine install, 64-bit, the Start-menu
shortcuts, autostart through the machine's Run key (unless AUTOSTART=0), the UpgradeCode with its
Upgrade rows and downgrade guard, and each public property written to
HKLM\\Software\\Policies\\HelpClient only when given, remembered through upgrades and secure (so a
per-machine install passes it to the server side). Also every payload file is in the File table.

    python3 installer/windows/check_msi.py HelpClient.msi PAYLOAD_DIR

Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from msi_properties import (  # this folder is no package: found through sys.path
    APPSEARCH,
    AUTOSTART_CONDITION,
    PROPERTIES,
    SET_PROPERTY_FIRST_SEQUENCE,
)

UPGRADE_CODE = "{2A77FE90-C905-476C-A60E-A260B16914E0}"
HKLM = "2"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
COMPONENT_64BIT = 256


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """A table's rows as dicts (``msiinfo export`` prints names, types, then the key line)."""
    out = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    columns = out[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=False)) for line in out[3:] if line]


def summary(msi: Path) -> dict[str, str]:
    """The summary information stream, by field name."""
    out = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True,
                         check=True).stdout
    return dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)


def problems(msi: Path, payload: Path) -> list[str]:  # noqa: PLR0915 (one check per promise)
    """Everything in ``msi`` that differs from the promise, one line each."""
    found: list[str] = []

    def expect(ok: bool, what: str) -> None:
        if not ok:
            found.append(what)

    props = {r["Property"]: r["Value"] for r in table(msi, "Property")}
    expect(props.get("ALLUSERS") == "1", "per-machine install (ALLUSERS=1)")
    expect(props.get("UpgradeCode") == UPGRADE_CODE, f"UpgradeCode {UPGRADE_CODE}")
    expect(props.get("ProductName") == "HelpClient", "ProductName HelpClient")
    expect("Template" in summary(msi) and summary(msi)["Template"].startswith("x64;"),
           "a 64-bit package (summary Template x64)")
    secure = set(props.get("SecureCustomProperties", "").split(";"))
    for name in [p.name for p in PROPERTIES] + ["WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"]:
        expect(name in secure, f"{name} in SecureCustomProperties")
    for p in PROPERTIES:
        expect(p.name not in props, f"{p.name} has no default (not given = not written)")

    upgrade = table(msi, "Upgrade")
    expect({(r["UpgradeCode"], r["ActionProperty"]) for r in upgrade}
           == {(UPGRADE_CODE, "WIX_UPGRADE_DETECTED"), (UPGRADE_CODE, "WIX_DOWNGRADE_DETECTED")},
           "Upgrade rows finding older (to replace) and newer (to refuse) versions")
    expect(any(r["Condition"] == "NOT WIX_DOWNGRADE_DETECTED"
               for r in table(msi, "LaunchCondition")), "the downgrade launch condition")
    execute = {r["Action"]: r for r in table(msi, "InstallExecuteSequence")}
    expect("RemoveExistingProducts" in execute, "RemoveExistingProducts (in-place upgrade)")

    dirs = {r["Directory"]: r for r in table(msi, "Directory")}
    expect(dirs.get("INSTALLDIR", {}).get("Directory_Parent") == "ProgramFiles64Folder",
           "INSTALLDIR in Program Files (64-bit)")
    shortcuts = {r["Shortcut"]: r for r in table(msi, "Shortcut")}
    main = shortcuts.get("HelpClientShortcut", {})
    expect(main.get("Directory_") == "ProgramMenuFolder"
           and main.get("Target") == "[INSTALLDIR]helpclient.exe", "the Start-menu shortcut")
    report = shortcuts.get("ReportProblemShortcut", {})
    expect(report.get("Arguments") == "report" and report.get("Directory_") == "ProgramMenuFolder",
           "the Start-menu 'Report a problem' shortcut")

    components = {r["Component"]: r for r in table(msi, "Component")}
    registry = table(msi, "Registry")

    def written(component: str) -> dict[str, str]:
        rows = [r for r in registry if r["Component_"] == component]
        return rows[0] if len(rows) == 1 else {}

    run = written("Autostart")
    expect((run.get("Root"), run.get("Key"), run.get("Name")) == (HKLM, RUN_KEY, "HelpClient")
           and "[INSTALLDIR]helpclient.exe" in run.get("Value", ""),
           "autostart: HKLM Run key HelpClient")
    expect(components.get("Autostart", {}).get("Condition") == AUTOSTART_CONDITION,
           f"autostart only when {AUTOSTART_CONDITION}")

    actions = {r["Action"]: r for r in table(msi, "CustomAction")}
    searches = {r["Property"]: r["Signature_"] for r in table(msi, "AppSearch")}
    locators = {r["Signature_"]: r for r in table(msi, "RegLocator")}
    ui = {r["Action"]: r for r in table(msi, "InstallUISequence")}
    for p in PROPERTIES:
        row = written(p.component)
        expect((row.get("Root"), row.get("Key"), row.get("Name"), row.get("Value"))
               == (HKLM, p.key, p.value_name, f"[{p.name}]"),
               f"{p.name} written to HKLM\\{p.key} {p.value_name}")
        expect(components.get(p.component, {}).get("Condition") == p.name,
               f"{p.name} written only when given (component condition)")
        locator = locators.get(searches.get(p.name, ""), {})
        expect((locator.get("Root"), locator.get("Key"), locator.get("Name"))
               == (HKLM, p.key, p.value_name), f"{p.name} remembered (RegistrySearch)")
        for sequence in (execute, ui):
            save = sequence.get(f"SaveCmd{p.name}", {})
            restore = sequence.get(f"SetFromCmd{p.name}", {})
            expect(bool(save and restore)
                   and int(save["Sequence"]) < APPSEARCH < int(restore["Sequence"]) < 100
                   and restore.get("Condition") == f"CMDLINE_{p.name}",
                   f"{p.name}: the command line wins over the remembered value")
        for prefix in ("SaveCmd", "SetFromCmd"):
            expect(actions.get(f"{prefix}{p.name}", {}).get("Type")
                   == str(SET_PROPERTY_FIRST_SEQUENCE), f"{prefix}{p.name} runs once")

    files = table(msi, "File")
    # what build-msi harvests (find -type f): regular files, not symbolic links
    payload_files = [f for f in payload.rglob("*") if f.is_file() and not f.is_symlink()]
    expect(len(files) == len(payload_files),
           f"all {len(payload_files)} payload files in the File table (has {len(files)})")
    expect(any(r["FileName"].endswith("helpclient.exe") for r in files), "helpclient.exe")
    for name in {r["Component_"] for r in files}:
        attributes = int(components.get(name, {}).get("Attributes", "0"))
        if not attributes & COMPONENT_64BIT:
            found.append(f"payload component {name} is not 64-bit")
            break
    return found


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: check_msi.py MSI PAYLOAD_DIR")
    issues = problems(Path(sys.argv[1]), Path(sys.argv[2]))
    for issue in issues:
        print(f"msi: missing: {issue}")
    sys.exit(1 if issues else 0)
