"""Old working files are removed, recent ones kept."""

import os

from helpclient.core.storage.filestore import remove_older_than

DAY = 24 * 3600


def test_old_working_files_of_reports_are_pruned_and_recent_ones_kept(tmp_path):
    now = 1_800_000_000.0
    old, recent = now - DAY - 60, now - 60
    (tmp_path / "compressed-abc").mkdir()
    (tmp_path / "compressed-abc" / "big.zip").write_bytes(b"x")
    (tmp_path / "screenshots-new").mkdir()
    for name, when in (("system-info-old.zip", old), ("system-info-new.zip", recent),
                       ("compressed-abc", old), ("screenshots-new", recent)):
        (tmp_path / name).touch() if not (tmp_path / name).exists() else None
        os.utime(tmp_path / name, (when, when))
    assert remove_older_than(tmp_path, DAY, now) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["screenshots-new",
                                                          "system-info-new.zip"]
    assert remove_older_than(tmp_path / "missing", DAY, now) == 0
