import logging
import subprocess
import sys

import pytest

from helpclient.core.logsetup import setup_logging, take_previous_crash


@pytest.fixture
def clean_root_logger():
    root = logging.getLogger()
    before = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before[0]:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(before[1])


def test_log_file_gets_records_with_the_token_redacted(tmp_path, clean_root_logger):
    log_file = tmp_path / "log" / "helpclient.log"
    redactor = setup_logging(log_file, to_stderr=False)
    redactor.known_secrets.add("1-14-supersecretvalue")
    logging.getLogger("helpclient.test").warning(
        "calling with 1-14-supersecretvalue and Authorization: token abc123def456")
    text = log_file.read_text()
    assert "helpclient.test" in text
    assert "supersecretvalue" not in text and "abc123def456" not in text
    assert "[REDACTED:" in text


def test_native_crash_is_kept_for_the_next_start(tmp_path):
    crash_file = tmp_path / "crash.log"
    code = ("import ctypes, sys; from pathlib import Path;"
            "from helpclient.core.logsetup import enable_crash_file;"
            f"enable_crash_file(Path({str(crash_file)!r}));"
            "ctypes.string_at(0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert result.returncode != 0
    trace = take_previous_crash(crash_file)
    assert trace is not None and "Segmentation fault" in trace
    assert not crash_file.exists()
    assert (tmp_path / "crash.previous.log").exists()
    assert take_previous_crash(crash_file) is None  # shown once


def test_empty_crash_file_means_clean_exit(tmp_path):
    crash_file = tmp_path / "crash.log"
    crash_file.write_text("")
    assert take_previous_crash(crash_file) is None
