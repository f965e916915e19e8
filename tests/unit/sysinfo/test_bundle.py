"""The bundle ZIP: manifest against its schema, summary, size cap, the user's choices."""

import io
import json
import zipfile

import jsonschema
import pytest

from helpclient.core.redact import Redactor
from helpclient.core.sysinfo.bundle import bundle_bytes, manifest_schema, plan_bundle, summary_text
from helpclient.core.sysinfo.collect import Collector, Privacy, run_collectors, summary_line


def collectors():
    return [
        Collector("os", "Operating system", "why", Privacy.TECHNICAL, lambda: {"name": "Debian"},
                  optional=False, summarize=lambda d: [summary_line("OS: {name}", name=d["name"])]),
        Collector("software", "Installed software", "why", Privacy.TECHNICAL,
                  lambda: {"packages": ["x" * 50] * 100}),
        Collector("log", "Log", "why", Privacy.TECHNICAL, lambda: "a line\n" * 100),
        Collector("broken", "Broken", "why", Privacy.TECHNICAL, lambda: 1 / 0),
        Collector("user", "User account", "why", Privacy.PERSONAL, lambda: {"login": "alice"}),
    ]


@pytest.fixture
def collection():
    return run_collectors(collectors(), redactor=Redactor(), platform="linux")


def open_zip(data):
    return zipfile.ZipFile(io.BytesIO(data))


def test_zip_holds_manifest_summary_and_one_file_per_item(collection):
    plan = plan_bundle(collection)
    with open_zip(bundle_bytes(plan, app_version="1.2.3", created=1_721_000_000,
                               anonymized=False)) as zf:
        names = sorted(zf.namelist())
        info = json.loads(zf.read("manifest.json"))
        assert zf.read("items/log.txt").decode() == "a line\n" * 100
    assert names == ["items/log.txt", "items/os.json", "items/software.json", "items/user.json",
                     "manifest.json", "summary.txt"]
    jsonschema.validate(info, manifest_schema())
    by_name = {c["name"]: c for c in info["collectors"]}
    assert by_name["broken"]["status"] == "error"
    assert by_name["broken"]["error"].startswith("ZeroDivisionError")
    assert by_name["broken"]["file"] is None
    assert by_name["os"]["file"] == "os.json" and by_name["os"]["duration_ms"] >= 0
    assert info["app_version"] == "1.2.3" and info["created"] == "2024-07-14T23:33:20+00:00"


def test_schema_rejects_a_manifest_missing_statuses(collection):
    info = json.loads(open_zip(bundle_bytes(plan_bundle(collection), app_version="1",
                                            created=0, anonymized=False)).read("manifest.json"))
    del info["collectors"][0]["status"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(info, manifest_schema())


def test_size_cap_drops_the_largest_optional_items_first_and_says_so(collection):
    sizes = {i.name: i.size for i in collection.items}
    assert sizes["software"] > sizes["log"] > sizes["user"]
    cap = sizes["os"] + sizes["log"] + sizes["user"]
    plan = plan_bundle(collection, size_cap=cap)
    assert [i.name for i in plan.sent] == ["os", "log", "user"]
    assert [(i.name, r) for i, r in plan.left_out] == [
        ("software", "left out: the bundle would exceed {cap} bytes")]
    info = json.loads(open_zip(bundle_bytes(plan, app_version="1", created=0,
                                            anonymized=False)).read("manifest.json"))
    assert {"name": "software",
            "reason": f"left out: the bundle would exceed {cap} bytes"} in info["excluded"]
    text = summary_text(plan, created=0, anonymized=False)
    assert f"Installed software: left out: the bundle would exceed {cap} bytes" in text


def test_required_items_stay_even_over_the_cap(collection):
    plan = plan_bundle(collection, size_cap=1)
    assert [i.name for i in plan.sent] == ["os"]


def test_unticked_items_are_left_out(collection):
    plan = plan_bundle(collection, deselected=frozenset({"user", "log"}))
    assert [i.name for i in plan.sent] == ["os", "software"]
    names = open_zip(bundle_bytes(plan, app_version="1", created=0, anonymized=False)).namelist()
    assert "items/user.json" not in names and "items/log.txt" not in names


def test_summary_is_in_the_users_language(collection):
    words = {"System information for support": "Сведения о системе для поддержки",
             "collected": "собрано", "Operating system": "Операционная система",
             "OS: {name}": "ОС: {name}"}
    text = summary_text(plan_bundle(collection), created=0, anonymized=True,
                        tr=lambda ctx, s: words.get(s, s))
    assert text.startswith("Сведения о системе для поддержки\n")
    assert "- Операционная система: собрано" in text
    assert "ОС: Debian" in text  # the item's own lines too, values filled after translation
    assert "[REDACTED:…]" in text  # the anonymisation note
