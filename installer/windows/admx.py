"""Write the Group Policy templates (ADMX, with ADML in en-US and ru-RU) from the settings
declaration, into installer/windows/policy/ (``make admx``; a test fails when they are stale):

    python installer/windows/admx.py [folder]

One policy per setting that policy may lock, in a category per first part of its dotted key,
of class "Both": set for the computer it lands in ``HKLM\\Software\\Policies\\HelpClient``,
for a user in ``HKCU\\…`` — the values HelpClient's registry reader takes, named by the dotted
keys. Elements by declared type: text (REG_SZ) for str, decimal (REG_DWORD) for int, boolean
(REG_DWORD 1/0) for bool, list for list (a subkey named like the setting, holding values 1, 2,
… — ADMX's list element writes no REG_MULTI_SZ). English explanations are the settings'
docs; the names and the Russian texts come from policy_texts.py next to this file.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from policy_texts import CATEGORIES, TEXTS

from helpclient.core.settings_catalog import SETTINGS, Setting

NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
POLICY_KEY = r"Software\Policies\HelpClient"
PREFIX = "helpclient"
NAMESPACE = "HelpClient.Policies.HelpClient"
ROOT_CATEGORY = "HelpClient"
SUPPORTED = "SUPPORTED_HelpClient_0_1"
MAX_DECIMAL = 2_147_483_647
LANGUAGES = ("en-US", "ru-RU")
HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "policy"

# what the explanation's closing lines say, per language
_WORDS = {
    "en-US": {"default": "Default", "registry": "Registry value", "empty": "empty",
              "on": "enabled", "off": "disabled", "none": "none",
              "list": "a subkey of that name with values 1, 2, …",
              "supported": "HelpClient 0.1 and later",
              "root": "HelpClient",
              "description": "HelpClient: settings an organisation fixes for its computers "
                             "and users. A policy set here is locked in HelpClient."},
    "ru-RU": {"default": "По умолчанию", "registry": "Значение реестра", "empty": "пусто",
              "on": "включено", "off": "выключено", "none": "нет",
              "list": "подраздел с этим именем со значениями 1, 2, …",
              "supported": "HelpClient 0.1 и новее",
              "root": "HelpClient",
              "description": "HelpClient: параметры, которые организация задаёт для своих "
                             "компьютеров и пользователей. Заданный здесь параметр "
                             "заблокирован в HelpClient."},
}
_REG_TYPE = {str: "REG_SZ", int: "REG_DWORD", bool: "REG_DWORD (1/0)"}


def policy_settings() -> list[Setting]:
    """The settings that policy may lock, in declaration order."""
    return [s for s in SETTINGS if s.lockable]


def _id(setting: Setting) -> str:
    return setting.key.replace(".", "_")


def _category(setting: Setting) -> str:
    return setting.key.split(".", 1)[0]


def _default(setting: Setting, words: dict[str, str]) -> str:
    value: Any = setting.default
    if setting.type is bool:
        return words["on"] if value else words["off"]
    if setting.type is list:
        return ", ".join(value) if value else words["none"]
    return str(value) if value != "" else words["empty"]


def _explain(setting: Setting, language: str) -> str:
    words = _WORDS[language]
    doc = setting.doc if language == "en-US" else TEXTS[setting.key].doc_ru
    where = (f"{setting.key} ({_REG_TYPE[setting.type]})" if setting.type is not list
             else f"{setting.key}: {words['list']}")
    return (f"{doc}\n\n{words['default']}: {_default(setting, words)}.\n"
            f"{words['registry']}: {where}")


def _name(setting: Setting, language: str) -> str:
    text = TEXTS[setting.key]
    return text.name_en if language == "en-US" else text.name_ru


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def _element(setting: Setting) -> ET.Element:
    """The policy's element for the setting's declared type."""
    ident = _id(setting)
    if setting.type is str:
        return ET.Element("text", {"id": ident, "valueName": setting.key, "maxLength": "2048"})
    if setting.type is int:
        return ET.Element("decimal", {"id": ident, "valueName": setting.key, "minValue": "0",
                                      "maxValue": str(MAX_DECIMAL)})
    if setting.type is bool:
        element = ET.Element("boolean", {"id": ident, "valueName": setting.key})
        _sub(_sub(element, "trueValue"), "decimal", value="1")
        _sub(_sub(element, "falseValue"), "decimal", value="0")
        return element
    if setting.type is list:
        return ET.Element("list", {"id": ident, "key": f"{POLICY_KEY}\\{setting.key}",
                                   "valuePrefix": ""})
    raise ValueError(f"{setting.key}: no ADMX element for {setting.type.__name__}")


def _presentation(setting: Setting, language: str) -> ET.Element:
    """How the editor shows the element: a text box, a number box, a check box or a list."""
    ident = _id(setting)
    label = _name(setting, language)
    presentation = ET.Element("presentation", {"id": ident})
    if setting.type is str:
        box = _sub(presentation, "textBox", refId=ident)
        _sub(box, "label", label)
        if setting.default:
            _sub(box, "defaultValue", str(setting.default))
    elif setting.type is int:
        _sub(presentation, "decimalTextBox", label, refId=ident,
             defaultValue=str(setting.default))
    elif setting.type is bool:
        _sub(presentation, "checkBox", label, refId=ident,
             defaultChecked="true" if setting.default else "false")
    else:
        _sub(presentation, "listBox", label, refId=ident)
    return presentation


def _document(root: ET.Element) -> str:
    ET.indent(root, "  ")
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            + ET.tostring(root, encoding="unicode") + "\n")


def _root(tag: str) -> ET.Element:
    return ET.Element(tag, {"xmlns:xsd": "http://www.w3.org/2001/XMLSchema",
                            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                            "revision": "1.0", "schemaVersion": "1.0", "xmlns": NS})


def admx() -> str:
    """The ADMX file: namespaces, categories and one policy per lockable setting."""
    root = _root("policyDefinitions")
    namespaces = _sub(root, "policyNamespaces")
    _sub(namespaces, "target", prefix=PREFIX, namespace=NAMESPACE)
    _sub(namespaces, "using", prefix="windows", namespace="Microsoft.Policies.Windows")
    _sub(root, "resources", minRequiredRevision="1.0")
    definitions = _sub(_sub(root, "supportedOn"), "definitions")
    _sub(definitions, "definition", name=SUPPORTED, displayName=f"$(string.{SUPPORTED})")
    categories = _sub(root, "categories")
    _sub(categories, "category", name=ROOT_CATEGORY, displayName=f"$(string.{ROOT_CATEGORY})")
    used = list(dict.fromkeys(_category(s) for s in policy_settings()))
    for name in used:
        category = _sub(categories, "category", name=f"cat_{name}",
                        displayName=f"$(string.cat_{name})")
        _sub(category, "parentCategory", ref=ROOT_CATEGORY)
    policies = _sub(root, "policies")
    for setting in policy_settings():
        ident = _id(setting)
        policy = _sub(policies, "policy", name=ident, **{"class": "Both"},
                      displayName=f"$(string.{ident})",
                      explainText=f"$(string.{ident}_Explain)",
                      presentation=f"$(presentation.{ident})", key=POLICY_KEY)
        _sub(policy, "parentCategory", ref=f"cat_{_category(setting)}")
        _sub(policy, "supportedOn", ref=f"{SUPPORTED}")
        _sub(policy, "elements").append(_element(setting))
    return _document(root)


def adml(language: str) -> str:
    """The ADML file of ``language`` (en-US, ru-RU): every string and presentation."""
    words = _WORDS[language]
    english = language == "en-US"
    root = _root("policyDefinitionResources")
    _sub(root, "displayName", "HelpClient")
    _sub(root, "description", words["description"])
    resources = _sub(root, "resources")
    strings = _sub(resources, "stringTable")
    _sub(strings, "string", words["root"], id=ROOT_CATEGORY)
    _sub(strings, "string", words["supported"], id=SUPPORTED)
    for name in dict.fromkeys(_category(s) for s in policy_settings()):
        en, ru = CATEGORIES[name]
        _sub(strings, "string", en if english else ru, id=f"cat_{name}")
    for setting in policy_settings():
        _sub(strings, "string", _name(setting, language), id=_id(setting))
        _sub(strings, "string", _explain(setting, language), id=f"{_id(setting)}_Explain")
    presentations = _sub(resources, "presentationTable")
    for setting in policy_settings():
        presentations.append(_presentation(setting, language))
    return _document(root)


def render() -> dict[str, str]:
    """Every generated file's text by its path under the output folder."""
    missing = [s.key for s in policy_settings() if s.key not in TEXTS]
    if missing:
        raise ValueError(f"no names and Russian text for {', '.join(missing)}: "
                         "add them to installer/windows/policy_texts.py")
    files = {f"{PREFIX}.admx": admx()}
    for language in LANGUAGES:
        files[f"{language}/{PREFIX}.adml"] = adml(language)
    return files


def main(argv: list[str]) -> int:
    """Write the files into ``argv[0]`` (default: installer/windows/policy)."""
    out = Path(argv[0]) if argv else OUTPUT
    for name, text in render().items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
