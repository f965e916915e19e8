"""Shared by the quick checks' tests: the starter knowledge base (to assert the article a
finding points to) and the Russian translations of the checks' texts."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helpclient.core.kb.service import KnowledgeBase
from helpclient.resources_path import resource_file

TS_RU = Path(__file__).resolve().parents[3] / "translations" / "helpclient_ru.ts"


@pytest.fixture(scope="session")
def kb(tmp_path_factory):
    """The bundled starter articles (English and Russian), indexed once."""
    base = KnowledgeBase(tmp_path_factory.mktemp("kb") / "kb.sqlite",
                         starter_folder=resource_file("kb"),
                         vocabulary_folder=resource_file("vocabulary"))
    base.refresh_folders()
    return base


@pytest.fixture(scope="session")
def russian():
    """``translate(context, text)`` from the Russian .ts file, as the Qt translator gives it."""
    table = {}
    for context in ET.parse(TS_RU).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                table[(name, message.findtext("source"))] = translation.text
    return lambda context, text: table.get((context, text), text)

