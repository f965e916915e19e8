"""Shared by the quick checks' tests: the starter knowledge base (to assert the article a
finding points to) and the Russian translations of the checks' texts."""

import pytest
from checks_helpers import ts_translator
from starter_kb import starter_kb


@pytest.fixture(scope="session")
def kb(tmp_path_factory):
    """The bundled starter articles (in every language), indexed once."""
    return starter_kb(tmp_path_factory.mktemp("kb"))


@pytest.fixture(scope="session")
def russian():
    """``translate(context, text)`` from the Russian .ts file, as the Qt translator gives it."""
    return ts_translator("ru")
