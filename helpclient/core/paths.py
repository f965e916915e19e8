"""Where HelpClient keeps its files, from platformdirs (so ``XDG_*`` variables relocate them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from helpclient import APP_ID


@dataclass(frozen=True)
class AppPaths:
    """The per-user folders; tests build one over a temporary directory."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def for_user(cls) -> AppPaths:
        """The current user's folders as the OS conventions say."""
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """All folders below ``root`` (tests, portable use)."""
        return cls(root / "config", root / "data", root / "cache", root / "log")

    @property
    def user_settings_file(self) -> Path:
        """The user's TOML settings file."""
        return self.config_dir / "config.toml"

    @property
    def crash_file(self) -> Path:
        """Where faulthandler writes a native crash trace, read at the next start."""
        return self.log_dir / "crash.log"

    @property
    def log_file(self) -> Path:
        """The rotating application log."""
        return self.log_dir / "helpclient.log"

    @property
    def ticket_cache_file(self) -> Path:
        """The local copy of the user's tickets (a cache: the helpdesk has them all)."""
        return self.cache_dir / "tickets.sqlite"

    @property
    def kb_index_file(self) -> Path:
        """The knowledge-base index (kept with the data: the user's ratings live in it)."""
        return self.data_dir / "kb.sqlite"

    @property
    def kb_upkeep_file(self) -> Path:
        """What keeping the knowledge base current remembers between runs (beside the
        index it describes)."""
        return self.data_dir / "kb-upkeep.json"

    @property
    def bundle_dir(self) -> Path:
        """Working files of reports being written: system-information ZIPs, compressed
        copies, screenshots (drafts and the outbox keep their own copies)."""
        return self.data_dir / "bundles"

    @property
    def welcomed_marker(self) -> Path:
        """Exists once the user has seen the first-start welcome."""
        return self.data_dir / "welcomed"

    def ensure(self) -> None:
        """Create the folders (private to the user)."""
        for folder in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
