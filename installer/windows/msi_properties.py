"""The MSI's public properties: what ``msiexec /i HelpClient.msi NAME=value`` configures.

Each policy property becomes a value under ``HKLM\\Software\\Policies\\HelpClient`` named like
the setting's dotted key (``SERVERURL`` → ``server.url``), written only when the property is given
and removed with the product. A value given once is kept through upgrades: the installer reads
it back from the registry (AppSearch) unless the command line gives a new one — WiX's "remember
property" pattern. ``AUTOSTART`` is the installer's own (the machine's Run key), remembered the
same way under ``HKLM\\Software\\HelpClient``.

wixl cannot put a condition on a component nor mark a property secure, so :func:`patch_queries`
gives the SQL that ``build-msi`` applies to the built MSI with ``msibuild``. Without the secure
list, a per-machine install started by a user who is not an administrator (with elevation, or
assigned by Group Policy) would drop every property given on the command line before the
server-side install writes the registry.

    python3 installer/windows/msi_properties.py wxi   → the WiX include of the Product
    python3 installer/windows/msi_properties.py refs  → the WiX include of the Feature
    python3 installer/windows/msi_properties.py sql   → the msibuild queries, one per line
    python3 installer/windows/msi_properties.py table → the README's table (Markdown)
"""

from __future__ import annotations

import sys
import uuid
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

POLICY_KEY = r"Software\Policies\HelpClient"
STATE_KEY = r"Software\HelpClient"
# component GUIDs derive from the property's name, so they stay the same from build to build
_GUIDS = uuid.UUID("B5C7CC82-EB1D-4C95-93CE-5BC6E19781FF")


@dataclass(frozen=True)
class MsiProperty:
    """A public property and the registry value it writes when given."""

    name: str
    value_name: str
    doc: str
    key: str = POLICY_KEY

    @property
    def is_policy(self) -> bool:
        """A machine-policy value (the others are the installer's own state)."""
        return self.key == POLICY_KEY

    @property
    def component(self) -> str:
        """The component that writes the value."""
        return f"Prop{self.name}"

    @property
    def guid(self) -> str:
        """The component's GUID, stable across builds."""
        return str(uuid.uuid5(_GUIDS, self.name)).upper()


PROPERTIES: tuple[MsiProperty, ...] = (
    MsiProperty("SERVERURL", "server.url", "Base URL of the helpdesk"),
    MsiProperty("BACKEND", "server.backend", "Helpdesk type (rt, glpi, zammad)"),
    MsiProperty("QUEUE", "server.queue", "Queue (RT) or group (Zammad) new tickets go to"),
    MsiProperty("EXTRACAFILE", "server.extra_ca_file",
                "PEM file of an internal CA to trust besides Windows' store"),
    MsiProperty("LANGUAGE", "ui.language", "Interface language (en, ru, de, fr, es)"),
    MsiProperty("TICKETLANGUAGE", "ticket.language", "Language of the ticket text support reads"),
    MsiProperty("PRODUCTNAME", "branding.product_name", "Name shown in windows and the tray"),
    MsiProperty("SUPPORTCONTACT", "branding.support_contact",
                "How to reach support when HelpClient cannot"),
    MsiProperty("COMPANYNAME", "branding.company_name", "Company name shown by HelpClient"),
    MsiProperty("LOGO", "branding.logo", "Path of the company's logo (SVG or PNG)"),
    MsiProperty("ACCENTCOLOR", "branding.accent_color", "Accent colour, #RRGGBB"),
    MsiProperty("WELCOMETEXT", "branding.welcome",
                "Welcome line on the report wizard's first page"),
    MsiProperty("SUPPORTPHONE", "support.phone", "Support's phone number"),
    MsiProperty("SUPPORTEMAIL", "support.email", "Support's e-mail address"),
    MsiProperty("REMOTETOOL", "remote.tool_name",
                "Remote-assistance tool's name as users know it"),
    MsiProperty("REMOTECOMMAND", "remote.command",
                "Command line that starts the remote-assistance tool (see Remote assistance)"),
    MsiProperty("REMOTEURL", "remote.url",
                "Web address (http/https) of the remote-assistance page"),
    MsiProperty("REMOTESTOP", "remote.how_to_stop",
                "How the user ends a remote-assistance session"),
    MsiProperty("AUTOSTART", "Autostart",
                "0: do not start HelpClient at logon (default: start it for every user)",
                key=STATE_KEY),
)
# the installer's state, not policy: the Run key's condition
AUTOSTART_CONDITION = 'AUTOSTART<>"0"'
# read back from the registry on upgrades before the command line's value is restored
_MAJOR_UPGRADE_SECURE = ("WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED")


SET_PROPERTY_FIRST_SEQUENCE = 51 + 256
APPSEARCH = 50  # the standard sequence number of AppSearch (FindRelatedProducts is 25)


def _sequence_numbers() -> list[tuple[int, int]]:
    """(save, restore) sequence numbers of each property's custom actions: the saves between
    FindRelatedProducts and AppSearch, the restores right after AppSearch. Given explicitly:
    wixl places some "After=" actions after InstallFinalize."""
    if len(PROPERTIES) > APPSEARCH - 26:
        raise ValueError("too many properties to sequence before AppSearch")
    return [(26 + i, APPSEARCH + 1 + i) for i in range(len(PROPERTIES))]


def render_wxi() -> str:
    """The WiX include (policy.wxi, inside the Product): for each property a RegistrySearch
    that remembers it, the custom actions that let the command line win over the remembered
    value, and its component."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           "<!-- generated by installer/windows/msi_properties.py; do not edit -->",
           '<Include xmlns="http://schemas.microsoft.com/wix/2006/wi">']
    for p in PROPERTIES:
        out += [
            f'    <Property Id="{p.name}">',
            f'      <RegistrySearch Id="Remembered{p.name}" Root="HKLM" Key={quoteattr(p.key)} '
            f'Name="{p.value_name}" Type="raw" Win64="yes" />',
            "    </Property>",
            f'    <CustomAction Id="SaveCmd{p.name}" Property="CMDLINE_{p.name}" '
            f'Value="[{p.name}]" Execute="firstSequence" />',
            f'    <CustomAction Id="SetFromCmd{p.name}" Property="{p.name}" '
            f'Value="[CMDLINE_{p.name}]" Execute="firstSequence" />',
        ]
    for sequence in ("InstallUISequence", "InstallExecuteSequence"):
        out.append(f"    <{sequence}>")
        for p, (save, restore) in zip(PROPERTIES, _sequence_numbers(), strict=True):
            out += [f'      <Custom Action="SaveCmd{p.name}" Sequence="{save}" />',
                    f'      <Custom Action="SetFromCmd{p.name}" Sequence="{restore}">'
                    f"CMDLINE_{p.name}</Custom>"]
        out.append(f"    </{sequence}>")
    out.append('    <DirectoryRef Id="TARGETDIR">')
    for p in PROPERTIES:
        out += [
            f'      <!-- {p.doc}; build-msi sets the condition {p.name} (written when given) -->',
            f'      <Component Id="{p.component}" Guid="{p.guid}" Win64="yes">',
            f'        <RegistryValue Root="HKLM" Key={quoteattr(p.key)} Name="{p.value_name}" '
            f'Type="string" Value="[{p.name}]" KeyPath="yes" />',
            "      </Component>",
        ]
    out += ["    </DirectoryRef>", "</Include>"]
    return "\n".join(out) + "\n"


def render_refs() -> str:
    """The WiX include (policy-refs.wxi, inside the Feature) naming the components."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           "<!-- generated by installer/windows/msi_properties.py; do not edit -->",
           '<Include xmlns="http://schemas.microsoft.com/wix/2006/wi">']
    out += [f'  <ComponentRef Id="{p.component}" />' for p in PROPERTIES]
    out.append("</Include>")
    return "\n".join(out) + "\n"


def patch_queries() -> list[str]:
    """The msibuild queries for what wixl cannot express (built from this module's constants
    only, hence the S608 exemptions)."""
    queries = [f"UPDATE `Component` SET `Condition`='{p.name}' "  # noqa: S608
               f"WHERE `Component`='{p.component}'" for p in PROPERTIES]
    queries.append(f"UPDATE `Component` SET `Condition`='{AUTOSTART_CONDITION}' "  # noqa: S608
                   "WHERE `Component`='Autostart'")
    # type 51 (set a property) + 256 (first sequence only); wixl writes 51 + 2048 instead
    queries += [f"UPDATE `CustomAction` SET `Type`={SET_PROPERTY_FIRST_SEQUENCE} "  # noqa: S608
                f"WHERE `Action`='{prefix}{p.name}'"
                for p in PROPERTIES for prefix in ("SaveCmd", "SetFromCmd")]
    secure = ";".join([*(p.name for p in PROPERTIES), *_MAJOR_UPGRADE_SECURE])
    queries.append(f"UPDATE `Property` SET `Value`='{secure}' "  # noqa: S608
                   "WHERE `Property`='SecureCustomProperties'")
    return queries


def render_table() -> str:
    """The properties as the README lists them."""
    rows = ["| Property | Value in `HKLM\\Software\\Policies\\HelpClient` | Meaning |",
            "| --- | --- | --- |"]
    rows += [f"| `{p.name}` | `{p.value_name}` | {p.doc} |" if p.is_policy else
             f"| `{p.name}` | — (the installer's: `HKLM\\{p.key}` `{p.value_name}`) | {p.doc} |"
             for p in PROPERTIES]
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    if what == "wxi":
        sys.stdout.write(render_wxi())
    elif what == "refs":
        sys.stdout.write(render_refs())
    elif what == "sql":
        sys.stdout.write("\n".join(patch_queries()) + "\n")
    elif what == "table":
        sys.stdout.write(render_table())
    else:
        sys.exit("usage: msi_properties.py wxi|refs|sql|table")
