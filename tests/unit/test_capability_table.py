"""The README's capability table is what the connectors declare (installer/capability_table.py
rewrites it: ``make capabilities``)."""

import importlib.util
import sys
from pathlib import Path

import pytest

from helpclient.backends import BACKEND_TYPES, declared_capabilities
from helpclient.core.models import Capability

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generator():
    spec = importlib.util.spec_from_file_location("capability_table",
                                                  ROOT / "installer" / "capability_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["capability_table"] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules["capability_table"]


def test_the_readme_shows_the_declared_capabilities(generator):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert generator.updated(readme) == readme, "run `make capabilities`"


def test_every_capability_has_a_line_and_each_type_its_column(generator):
    assert set(generator.FEATURES) == {c for c in Capability if c is not Capability.NONE}
    table = generator.table()
    assert table.splitlines()[0].count("|") == len(BACKEND_TYPES) + 2
    # what a connector lacks shows as lacking (Zammad has no satisfaction ratings)
    zammad_column = list(BACKEND_TYPES).index("zammad") + 2
    rated = next(line for line in table.splitlines() if "satisfaction" in line)
    assert rated.split("|")[zammad_column].strip() == "—"
    assert Capability.CSAT not in declared_capabilities("zammad")
