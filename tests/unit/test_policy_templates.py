"""The Group Policy templates (installer/windows/policy/, from installer/windows/admx.py) and the
example macOS profile (installer/macos/, from mobileconfig.py): committed as generated from the
settings declaration, structured as ADMX/ADML are, translated, and read back by HelpClient's own
registry and managed-preferences readers as the settings they declare."""

import importlib
import plistlib
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fake_winreg import HKEY_CURRENT_USER as HKCU
from fake_winreg import HKEY_LOCAL_MACHINE as HKLM
from fake_winreg import REG_DWORD, REG_SZ, FakeWinReg

from helpclient.core.settings import Settings, Source
from helpclient.core.settings_catalog import SETTINGS, SETTINGS_BY_KEY
from helpclient.platform.macos_policy import BUNDLE_ID, ManagedPreferencesSource
from helpclient.platform.windows_policy import POLICY_KEY, RegistryPolicySource

ROOT = Path(__file__).resolve().parents[2]
NS = "{http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions}"
LOCKABLE = [s.key for s in SETTINGS if s.lockable]
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def _load(folder, *names):
    sys.path.insert(0, str(ROOT / "installer" / folder))
    try:
        return [importlib.import_module(name) for name in names]
    finally:
        sys.path.pop(0)


@pytest.fixture(scope="module")
def gen():
    admx, _texts = _load("windows", "admx", "policy_texts")
    yield admx
    del sys.modules["admx"], sys.modules["policy_texts"]


@pytest.fixture(scope="module")
def mobileconfig():
    [module] = _load("macos", "mobileconfig")
    yield module
    del sys.modules["mobileconfig"]


@pytest.fixture(scope="module")
def admx_tree(gen):
    return ET.fromstring(gen.admx())


@pytest.fixture(scope="module")
def adml_trees(gen):
    return {lang: ET.fromstring(gen.adml(lang)) for lang in gen.LANGUAGES}


def test_committed_templates_are_what_the_settings_declaration_generates(gen):
    folder = ROOT / "installer" / "windows" / "policy"
    committed = {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
                 for p in folder.rglob("*") if p.is_file()}
    assert committed == gen.render(), "stale: run `make admx` and commit the result"


def test_every_lockable_setting_has_names_and_a_russian_text(gen):
    texts = sys.modules["policy_texts"].TEXTS
    assert set(texts) == set(LOCKABLE), "add the setting to installer/windows/policy_texts.py"
    for key, text in texts.items():
        assert text.name_en and not CYRILLIC.search(text.name_en), key
        assert CYRILLIC.search(text.name_ru) and CYRILLIC.search(text.doc_ru), key
    for name, (en, ru) in sys.modules["policy_texts"].CATEGORIES.items():
        assert en and CYRILLIC.search(ru), name


def test_a_setting_without_russian_text_stops_the_generator(gen, monkeypatch):
    texts = dict(sys.modules["policy_texts"].TEXTS)
    del texts["server.url"]
    monkeypatch.setattr(gen, "TEXTS", texts)
    with pytest.raises(ValueError, match=r"no names and Russian text for server\.url"):
        gen.render()


def test_admx_declares_namespaces_categories_and_one_policy_per_setting(admx_tree):
    assert admx_tree.tag == f"{NS}policyDefinitions"
    assert [child.tag for child in admx_tree] == [
        f"{NS}{tag}" for tag in ("policyNamespaces", "resources", "supportedOn", "categories",
                                 "policies")]
    target = admx_tree.find(f"{NS}policyNamespaces/{NS}target")
    assert target is not None and target.get("prefix") == "helpclient"
    categories = {c.get("name") for c in admx_tree.iter(f"{NS}category")}
    for category in admx_tree.iter(f"{NS}category"):
        parent = category.find(f"{NS}parentCategory")
        assert parent is None or parent.get("ref") in categories
    policies = admx_tree.findall(f"{NS}policies/{NS}policy")
    assert len(policies) == len(LOCKABLE)
    supported = {d.get("name") for d in admx_tree.iter(f"{NS}definition")}
    for policy in policies:
        assert policy.get("class") == "Both" and policy.get("key") == POLICY_KEY
        assert policy.find(f"{NS}parentCategory").get("ref") in categories
        assert policy.find(f"{NS}supportedOn").get("ref") in supported


def _element(policy):
    [element] = policy.find(f"{NS}elements")
    return element


def test_each_policy_has_the_element_of_its_settings_type(admx_tree):
    expected = {str: "text", int: "decimal", bool: "boolean", list: "list"}
    seen = []
    for policy in admx_tree.iter(f"{NS}policy"):
        element = _element(policy)
        kind = element.tag.removeprefix(NS)
        if kind == "list":
            assert element.get("key").startswith(POLICY_KEY + "\\")
            key = element.get("key").rsplit("\\", 1)[1]
            assert element.get("valuePrefix") == ""
        else:
            key = element.get("valueName")
        assert kind == expected[SETTINGS_BY_KEY[key].type], key
        if kind == "boolean":
            assert element.find(f"{NS}trueValue/{NS}decimal").get("value") == "1"
            assert element.find(f"{NS}falseValue/{NS}decimal").get("value") == "0"
        seen.append(key)
    assert seen == LOCKABLE


def test_adml_has_every_string_and_presentation_the_admx_names(admx_tree, adml_trees):
    refs = set(re.findall(r"\$\(string\.(\w+)\)", ET.tostring(admx_tree, encoding="unicode")))
    for lang, tree in adml_trees.items():
        assert tree.tag == f"{NS}policyDefinitionResources"
        strings = {s.get("id"): s.text for s in tree.iter(f"{NS}string")}
        explained = {p.get("explainText")[len("$(string."):-1]
                     for p in admx_tree.iter(f"{NS}policy")}
        assert refs <= set(strings), lang
        presentations = {p.get("id"): p for p in tree.iter(f"{NS}presentation")}
        for policy in admx_tree.iter(f"{NS}policy"):
            presentation = presentations[policy.get("presentation")[len("$(presentation."):-1]]
            [control] = presentation
            assert control.get("refId") == _element(policy).get("id")
        for ident in explained:
            assert strings[ident], (lang, ident)
            if lang == "ru-RU":
                assert CYRILLIC.search(strings[ident]), ident


def test_english_explanations_are_the_settings_docs(adml_trees):
    strings = {s.get("id"): s.text for s in adml_trees["en-US"].iter(f"{NS}string")}
    for key in LOCKABLE:
        assert strings[f"{key.replace('.', '_')}_Explain"].startswith(SETTINGS_BY_KEY[key].doc)


def test_what_a_group_policy_object_writes_is_read_back_as_locked_settings(admx_tree, tmp_path):
    """Values as the editor stores each element (text → REG_SZ, decimal and boolean →
    REG_DWORD, list → numbered values in a subkey) come back typed and locked."""
    reg = FakeWinReg()
    samples = {str: "value", int: 7, bool: False, list: ["/a", "/b"]}
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    # settings whose values are checked beyond their type take a value that passes
    valid = {"branding.logo": str(logo), "branding.accent_color": "#0b5cad",
             "support.phone": "+1 555 0100", "support.email": "help@example.com",
             "support.chat_url": "https://chat.example.com", "support.portal_url":
             "https://portal.example.com", "support.social_links": ["A=https://a.example",
                                                                    "https://b.example"],
             "announcements.feed_url": "https://it.example.com/known-problems.json",
             "server.jsm_request_types": ["network=Set up VPN", "other=10"]}

    def sample(key):
        return valid.get(key, samples[SETTINGS_BY_KEY[key].type])

    for policy in admx_tree.iter(f"{NS}policy"):
        element = _element(policy)
        kind = element.tag.removeprefix(NS)
        key = element.get("valueName") or element.get("key").rpartition("\\")[2]
        if kind == "list":
            for number, item in enumerate(sample(key), start=1):
                reg.set(HKCU, element.get("key"), str(number), item, REG_SZ)
        elif kind == "text":
            reg.set(HKCU, POLICY_KEY, element.get("valueName"), sample(key), REG_SZ)
        elif kind == "decimal":
            reg.set(HKCU, POLICY_KEY, element.get("valueName"), samples[int], REG_DWORD)
        else:
            reg.set(HKCU, POLICY_KEY, element.get("valueName"), 0, REG_DWORD)
    reg.set(HKLM, POLICY_KEY, "server.url", "https://machine", REG_SZ)
    settings = Settings(tmp_path / "user.toml", RegistryPolicySource(reg))
    assert settings.problems == []
    for key in LOCKABLE:
        expected = "https://machine" if key == "server.url" else sample(key)
        assert settings.get_with_source(key) == (expected, Source.POLICY), key


def test_committed_mobileconfig_is_what_the_declaration_generates(mobileconfig):
    path = ROOT / "installer" / "macos" / "HelpClient-example.mobileconfig"
    assert path.read_text(encoding="utf-8") == mobileconfig.render(), "stale: run `make admx`"


def test_mobileconfig_payload_is_read_back_as_locked_settings(mobileconfig, tmp_path):
    data = plistlib.loads(mobileconfig.render().encode())
    assert data["PayloadType"] == "Configuration"
    [payload] = data["PayloadContent"]
    assert payload["PayloadType"] == BUNDLE_ID == mobileconfig.BUNDLE_ID
    # as an MDM installs it: the payload becomes the managed preferences of the bundle id
    with (tmp_path / f"{BUNDLE_ID}.plist").open("wb") as f:
        plistlib.dump(payload, f)
    settings = Settings(tmp_path / "user.toml",
                        ManagedPreferencesSource.system("ann", root=tmp_path))
    assert settings.problems == []
    assert [k for k in LOCKABLE if not settings.is_locked(k)] == []
    assert settings.get("server.url") == "https://help.example.com"


def test_russian_texts_keep_the_numbers_and_names_of_the_english_docs(gen):
    """A changed English doc (a new default, another example) shows up as a stale translation:
    numbers, $variables and URLs must be the same in both."""
    literal = re.compile(r"https?://[\w./-]+|\$\w+|\d+")
    for key, text in sys.modules["policy_texts"].TEXTS.items():
        doc = SETTINGS_BY_KEY[key].doc
        assert sorted(literal.findall(text.doc_ru)) == sorted(literal.findall(doc)), key
