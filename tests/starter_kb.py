"""The bundled starter knowledge base, indexed for tests that assert what it suggests."""

from helpclient.core.kb.service import KnowledgeBase
from helpclient.resources_path import resource_file


def starter_kb(folder):
    """The starter articles (every language) with HelpClient's vocabulary, indexed in
    ``folder``."""
    base = KnowledgeBase(folder / "kb.sqlite", starter_folder=resource_file("kb"),
                         vocabulary_folder=resource_file("vocabulary"))
    base.refresh_folders()
    return base
