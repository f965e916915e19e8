"""Knowledge-base sources: folders of Markdown/HTML articles (and the starter knowledge base)."""

import json
import os
import subprocess
import sys

import pytest

from helpclient.core.kb.index import KnowledgeIndex
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.kb.sources import SyncStopped, import_folder, scan_folder
from helpclient.resources_path import resource_file


def test_starter_kb_has_30_articles_in_english_and_russian_with_categories():
    articles = scan_folder(resource_file("kb"))
    assert len(articles) >= 30
    by_language = {lang: [a for a in articles if a.language == lang] for lang in ("en", "ru")}
    assert len(by_language["en"]) >= 15 and len(by_language["ru"]) >= 15
    for article in articles:
        assert article.title and not article.title.startswith("#")
        assert len(article.body.split()) > 80, article.id
        assert article.category in {"account", "network", "printing", "email", "hardware",
                                    "software"}, article.id
        assert "category:" not in article.body


def test_every_starter_article_is_there_in_all_five_languages_with_the_same_shape():
    articles = {a.id: a for a in scan_folder(resource_file("kb"))}
    english = [a for a in articles.values() if a.language == "en"]
    assert len(english) == 20
    for source in english:
        topic = source.id.removeprefix("en-")
        for lang in ("ru", "de", "fr", "es"):
            translated = articles.get(f"{lang}-{topic}")
            assert translated is not None and translated.language == lang, (lang, topic)
            assert translated.category == source.category, (lang, topic)
            # the same numbered steps and bold "when to contact" paragraph
            assert _steps(translated.body) == _steps(source.body), (lang, topic)
            assert translated.body.count("**") >= 2, (lang, topic)


def _steps(body):
    return [line.split(".", 1)[0] for line in body.splitlines() if line[:1].isdigit()]


def test_folder_import_follows_added_changed_and_deleted_files(tmp_path):
    folder = tmp_path / "articles"
    (folder / "network").mkdir(parents=True)
    (folder / "network" / "proxy.md").write_text("# Proxy settings\n\nSet the proxy to auto.\n")
    (folder / "toner.html").write_text(
        "<html><head><title>Replacing toner</title><script>x()</script></head>"
        "<body><p onclick='y()'>Open the front cover.</p></body></html>")
    (folder / "notes.bin").write_bytes(b"\x00")
    index = KnowledgeIndex(tmp_path / "kb.sqlite")
    assert import_folder(index, folder) == (2, 0)
    proxy = index.search("proxy", 5)[0]
    assert proxy.article.title == "Proxy settings" and proxy.article.category == "network"
    toner = index.get(index.search("toner cover", 5)[0].key)
    assert toner.title == "Replacing toner" and toner.is_html
    assert "script" not in toner.body and "onclick" not in toner.body
    (folder / "network" / "proxy.md").write_text("# Proxy settings\n\nUse the PAC file.\n")
    (folder / "toner.html").unlink()
    assert import_folder(index, folder) == (1, 1)
    assert index.search("toner", 5) == []
    assert index.search("pac file", 5)[0].article.title == "Proxy settings"


def test_knowledge_base_refreshes_only_changed_folders_and_drops_removed_ones(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "one.md").write_text("# Badge reader\n\nHold the badge still.\n")
    folders = [folder]
    kb = KnowledgeBase(tmp_path / "kb.sqlite", lambda: folders, resource_file("kb"))
    assert kb.refresh_folders() >= 31
    assert kb.refresh_folders() == 0  # nothing changed: nothing re-read
    (folder / "two.md").write_text("# Badge printer\n\nPrint a new badge.\n")
    assert kb.refresh_folders() == 1
    folders.clear()
    assert kb.refresh_folders() == 2
    assert kb.search("badge", 5) == []
    folders.append(folder)  # configured again: indexed again, although unchanged on disk
    assert kb.refresh_folders() == 2
    assert len(kb.search("badge", 5)) == 2


def test_quitting_stops_a_folder_import_between_files_and_the_next_look_imports_it(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(5):
        (folder / f"badge-{n}.md").write_text(f"# Badge {n}\n\nHold the badge still.\n")
    kb = KnowledgeBase(tmp_path / "kb.sqlite", lambda: [folder])
    asked = []

    def quit_after_two_files():
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(SyncStopped, match="after 2 articles"):
        kb.refresh_folders(stop=quit_after_two_files)
    assert len(asked) == 3  # not all five files were read
    assert kb.search("badge", 10) == []  # nothing half-imported was written
    assert kb.refresh_folders() == 5  # unchanged on disk, yet imported at the next look
    assert len(kb.search("badge", 10)) == 5


def test_turning_the_starter_articles_off_and_on_applies_at_the_next_refresh(tmp_path):
    use = [True]
    kb = KnowledgeBase(tmp_path / "kb.sqlite", starter_folder=resource_file("kb"),
                       use_starter=lambda: use[0])
    starter = kb.refresh_folders()
    assert starter >= 30 and kb.search("vpn", 1)
    use[0] = False
    assert kb.refresh_folders() == starter
    assert kb.search("vpn", 1) == []
    use[0] = True
    assert kb.refresh_folders() == starter
    assert kb.search("vpn", 1)


def test_feedback_is_kept_locally_when_the_backend_cannot_take_it(tmp_path):
    kb = KnowledgeBase(tmp_path / "kb.sqlite", starter_folder=resource_file("kb"))
    kb.refresh_folders()
    hit = kb.search("printer", 1)[0]
    kb.record_viewed(hit.key, hit.article.title)
    assert kb.record_solved(hit.key, hit.article.title, backend=None) is False
    assert kb.rate(hit.key, hit.article.title, helpful=False, comment="outdated") is False
    counts = kb.counts()
    assert (counts.solved, counts.helpful, counts.not_helpful) == (1, 0, 1)
    assert kb.recently_viewed() == [(hit.key, hit.article.title)]


def test_cli_kb_import_then_search_as_json(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ru-scanner.md").write_text("# Сканер не сканирует\n\nПроверьте кабель сканера.\n")
    env = {**os.environ}
    run = lambda *args: subprocess.run([sys.executable, "-m", "helpclient.cli", "kb", *args],  # noqa: E731
                                       capture_output=True, text=True, env=env, check=False)
    imported = run("import", str(folder))
    assert imported.returncode == 0, imported.stderr
    assert "1 article(s) indexed" in imported.stdout
    found = run("search", "сканирует сканер", "--limit", "2", "--json")
    assert found.returncode == 0, found.stderr
    results = json.loads(found.stdout)
    assert results[0]["title"] == "Сканер не сканирует"
    assert set(results[0]) >= {"id", "title", "source", "score", "snippet"}
    assert len(results) <= 2
    assert "PySide6" not in run("search", "x").stderr
