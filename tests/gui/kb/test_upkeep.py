"""Keeping the knowledge base current opens it only when there is work: not at a start with
nothing new, not for a sync that is not due yet."""

from datetime import UTC, datetime

from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.kb.upkeep_state import UpkeepState
from helpclient.core.models import Article
from helpclient.ui.kb.upkeep import KnowledgeUpkeep
from helpclient.ui.kit.tasks import TaskRunner

URL = "https://rt.example"


class Helpdesk:
    """Counts syncs; has no articles."""

    def __init__(self):
        self.syncs = 0

    def __call__(self):
        self.syncs += 1
        return None  # not signed in: nothing to copy


def upkeep_over(tmp_path, folders, clock, helpdesk=None, minutes=60):
    opened = []
    kb = KnowledgeBase(tmp_path / "kb.sqlite", lambda: folders)

    def knowledge():
        opened.append(1)
        return kb

    upkeep = KnowledgeUpkeep(TaskRunner(synchronous=True), knowledge, helpdesk or Helpdesk(),
                             lambda: minutes, folders=lambda: folders, server_url=lambda: URL,
                             state_file=tmp_path / "kb-upkeep.json",
                             index_file=tmp_path / "kb.sqlite", clock=lambda: clock[0])
    return upkeep, kb, opened


def test_a_start_with_nothing_new_opens_no_index(qtbot, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "badge.md").write_text("# Badge reader\n\nHold the badge still.\n")
    clock = [1_000_000.0]
    first, kb, opened = upkeep_over(tmp_path, [folder], clock)
    first.start()
    first.stop()
    assert opened and [h.article.title for h in kb.search("badge")] == ["Badge reader"]
    kb.index.close()

    clock[0] += 600  # ten minutes later the app starts again: same files, sync not due
    again, _kb, opened = upkeep_over(tmp_path, [folder], clock)
    again.start()
    again.refresh_folders()  # and a minute's look finds nothing either
    assert opened == []
    (folder / "vpn.md").write_text("# VPN\n\nReconnect.\n")
    again.refresh_folders()
    assert opened == [1]
    again.stop()


def test_a_lost_index_is_built_again_whatever_the_fingerprint_says(qtbot, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "badge.md").write_text("# Badge reader\n\nHold the badge still.\n")
    clock = [1_000_000.0]
    first, kb, _opened = upkeep_over(tmp_path, [folder], clock)
    first.start()
    first.stop()
    kb.index.close()
    (tmp_path / "kb.sqlite").unlink()
    again, kb, opened = upkeep_over(tmp_path, [folder], clock)
    again.start()
    assert opened and [h.article.title for h in kb.search("badge")] == ["Badge reader"]
    again.stop()


def test_the_helpdesk_is_synced_when_due_across_restarts(qtbot, tmp_path):
    clock = [1_000_000.0]
    helpdesk = Helpdesk()
    first, _kb, _opened = upkeep_over(tmp_path, [], clock, helpdesk)
    first.start()
    assert helpdesk.syncs == 1  # never synced: at once
    first.stop()
    # not signed in: nothing was synced, so the next start tries again
    again, _kb, _opened = upkeep_over(tmp_path, [], clock, helpdesk)
    again.start()
    assert helpdesk.syncs == 2
    again.stop()


def test_a_sync_done_is_not_repeated_before_its_interval(qtbot, tmp_path, monkeypatch):
    clock = [1_000_000.0]
    synced = []
    monkeypatch.setattr(KnowledgeBase, "sync",
                        lambda _kb, backend, url, stop: synced.append(url))
    helpdesk = lambda: (object(), URL)  # noqa: E731 (signed in)
    first, _kb, _opened = upkeep_over(tmp_path, [], clock, helpdesk)
    first.start()
    assert synced == [URL]
    first.stop()
    clock[0] += 20 * 60  # restarted 20 minutes later: due in 40
    again, _kb, _opened = upkeep_over(tmp_path, [], clock, helpdesk)
    again.start()
    assert synced == [URL] and again._sync.isActive()
    assert again._sync.interval() == 40 * 60_000
    again.stop()
    clock[0] += 60 * 60  # restarted an hour later: at once
    late, _kb, _opened = upkeep_over(tmp_path, [], clock, helpdesk)
    late.start()
    assert synced == [URL, URL]
    late.stop()


class ArticlesQuitMidway:
    """A helpdesk with three articles; the app quits while the first is being fetched."""

    name = "Helpdesk"

    def __init__(self):
        self.upkeep = None
        self.fetched = []

    def list_articles(self):
        return [Article(id=str(n), title=f"Article {n}", updated=datetime(2026, 12, 1, tzinfo=UTC))
                for n in range(3)]

    def get_article(self, article_id):
        self.fetched.append(article_id)
        self.upkeep.stop()  # the user quits HelpClient now
        return Article(id=article_id, title=f"Article {article_id}", body="Restart the badge.")


def test_quitting_stops_a_sync_under_way_before_the_next_article(qtbot, tmp_path):
    clock = [1_000_000.0]
    backend = ArticlesQuitMidway()
    upkeep, kb, _opened = upkeep_over(tmp_path, [], clock, lambda: (backend, URL))
    backend.upkeep = upkeep

    upkeep.start()

    assert backend.fetched == ["0"]  # not the other two: quitting does not wait for them
    assert kb.search("badge") == []  # nothing half-synced was written
    assert URL not in UpkeepState.load(tmp_path / "kb-upkeep.json").synced  # due again


def test_a_folder_look_after_quitting_imports_nothing_and_the_next_start_imports_all(
        qtbot, tmp_path, caplog):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "badge.md").write_text("# Badge reader\n\nHold the badge still.\n")
    clock = [1_000_000.0]
    upkeep, kb, _opened = upkeep_over(tmp_path, [folder], clock)
    upkeep.stop()  # the user quit; a look already on its way runs
    with caplog.at_level("INFO", logger="helpclient.ui.kb.upkeep"):
        upkeep.refresh_folders()
    assert kb.search("badge") == []
    assert [r.levelname for r in caplog.records if "folders" in r.message] == ["INFO"]
    assert UpkeepState.load(tmp_path / "kb-upkeep.json").folders == ""  # not kept as imported
    kb.index.close()

    again, kb, _opened = upkeep_over(tmp_path, [folder], clock)
    again.start()  # the next start: the fingerprint was not kept, so the folder is imported
    assert [h.article.title for h in kb.search("badge")] == ["Badge reader"]
    again.stop()
