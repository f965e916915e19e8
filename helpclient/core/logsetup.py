"""Logging: a rotating file in the user log dir, every handler redacted; native crashes to a file
that the next start shows."""

from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from helpclient.core.redact import RedactingFilter

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def setup_logging(log_file: Path, *, level: int = logging.INFO, to_stderr: bool = True,
                  known_secrets: set[str] | None = None) -> RedactingFilter:
    """Send the ``helpclient`` loggers to a rotating file (and stderr); returns the redaction
    filter so the app can register secrets it learns later (the token)."""
    # imported here: the GUI arms the crash file before its tray icon shows, and sets up
    # logging only after (the redactor compiles its patterns on import)
    import logging.handlers  # noqa: PLC0415

    from helpclient.core.redact import RedactingFilter  # noqa: PLC0415

    log_file.parent.mkdir(parents=True, exist_ok=True)
    redactor = RedactingFilter(known_secrets)
    handlers: list[logging.Handler] = [logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")]
    if to_stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    root = logging.getLogger()
    root.setLevel(level)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(redactor)
        root.addHandler(handler)
    # urllib3 logs request lines at DEBUG; keep it quiet unless asked
    logging.getLogger("urllib3").setLevel(max(level, logging.INFO))
    return redactor


def take_previous_crash(crash_file: Path) -> str | None:
    """The native crash trace left by the previous run, if any, and clear it."""
    try:
        text = crash_file.read_text(encoding="utf-8", errors="replace").strip()
    except FileNotFoundError:
        return None
    if text:
        crash_file.rename(crash_file.with_suffix(".previous.log"))
    return text or None


def enable_crash_file(crash_file: Path) -> IO[str]:
    """Arm faulthandler to write to ``crash_file``; keep the returned file open while running."""
    crash_file.parent.mkdir(parents=True, exist_ok=True)
    stream = crash_file.open("w", encoding="utf-8")
    faulthandler.enable(stream, all_threads=True)
    return stream


def disable_crash_file(stream: IO[str]) -> None:
    """Disarm faulthandler at a clean exit and close the (empty) crash file."""
    faulthandler.disable()
    stream.close()
