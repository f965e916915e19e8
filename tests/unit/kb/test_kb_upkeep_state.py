"""What the knowledge-base upkeep remembers between runs, and the knowledge base opening only
what it needs."""

from pathlib import Path

from helpclient.core.kb import service
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.kb.upkeep_state import UpkeepState, folder_signature, folders_fingerprint


def test_the_state_survives_a_restart_and_a_damaged_file_starts_afresh(tmp_path):
    path = tmp_path / "kb-upkeep.json"
    assert UpkeepState.load(path) == UpkeepState(path)  # none yet
    state = UpkeepState(path, "abc", {"https://rt.example": 1700000000.0})
    state.save()
    assert UpkeepState.load(path) == state
    path.write_text("{not json")
    assert UpkeepState.load(path) == UpkeepState(path)
    path.write_text('{"folders": 3, "synced": {"https://rt.example": "soon"}}')
    assert UpkeepState.load(path) == UpkeepState(path)


def test_the_fingerprint_follows_the_folders_and_their_files(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "vpn.md").write_text("# VPN\n")
    first = folders_fingerprint([folder])
    assert folders_fingerprint([folder]) == first
    (folder / "notes.bin").write_text("not an article")
    assert folders_fingerprint([folder]) == first
    (folder / "printer.md").write_text("# Printer\n")
    assert folders_fingerprint([folder]) != first
    assert folders_fingerprint([]) != folders_fingerprint([folder])


def test_the_index_opens_on_first_use_and_only_a_search_reads_the_vocabulary(
        tmp_path, monkeypatch):
    reads = []
    real = service.read_frequencies
    monkeypatch.setattr(service, "read_frequencies",
                        lambda folder: reads.append(folder) or real(folder))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "vpn.md").write_text("# VPN disconnects\n\nReconnect the VPN client.\n")
    vocabulary = tmp_path / "vocabulary"
    vocabulary.mkdir()
    kb = KnowledgeBase(tmp_path / "kb.sqlite", lambda: [folder],
                       vocabulary_folder=vocabulary)
    assert not (tmp_path / "kb.sqlite").exists()  # built at start, opened when needed
    assert kb.refresh_folders() == 1
    assert reads == []  # keeping the index current needs no word frequencies
    assert [h.article.title for h in kb.search("vpn")] == ["VPN disconnects"]
    assert reads == [vocabulary]
    kb.search("client")
    assert reads == [vocabulary]  # read once


def test_the_fingerprint_stats_each_article_once(tmp_path, monkeypatch):
    # every minute, on network drives too: one stat per file, not three
    for name in ("a.md", "b.html", "notes.bin"):
        (tmp_path / name).write_text("x")
    (tmp_path / "folder.md").mkdir()
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere")
    stats: list[str] = []
    real_stat = Path.stat

    def counted(self, *args, **kwargs):
        stats.append(self.name)
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", counted)
    assert [entry[0] for entry in folder_signature(tmp_path)] == [
        str(tmp_path / "a.md"), str(tmp_path / "b.html")]
    assert sorted(name for name in stats if name != tmp_path.name) == [
        "a.md", "b.html", "folder.md", "gone.md"]
