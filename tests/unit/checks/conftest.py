"""Shared by the quick checks' tests: the starter knowledge base (to assert the article a
finding points to) and the Russian translations of the checks' texts."""

import pytest
from checks_helpers import ts_translator

from helpclient.core.kb.service import KnowledgeBase
from helpclient.resources_path import resource_file


@pytest.fixture(scope="session")
def kb(tmp_path_factory):
    """The bundled starter articles (in every language), indexed once."""
    base = KnowledgeBase(tmp_path_factory.mktemp("kb") / "kb.sqlite",
                         starter_folder=resource_file("kb"),
                         vocabulary_folder=resource_file("vocabulary"))
    base.refresh_folders()
    return base


@pytest.fixture(scope="session")
def russian():
    """``translate(context, text)`` from the Russian .ts file, as the Qt translator gives it."""
    return ts_translator("ru")
