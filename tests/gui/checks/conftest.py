"""Fixtures shared by the quick checks' GUI tests."""

import pytest
from checks_fakes import starter_kb


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    """The starter knowledge base, indexed once per module (the findings' articles)."""
    return starter_kb(tmp_path_factory.mktemp("kb"))
