"""One HelpClient per user: a second launch hands its command over; a crashed run's socket does
not stop the next one; nobody else can connect. On Linux and macOS over a Unix-domain socket of
Python's own (Qt Network stays unloaded); Qt's local server (Windows) is tried here too."""

import contextlib
import hashlib
import os
import socket
import stat
import subprocess
import sys
import uuid

import pytest

from helpclient.ui.shell.single_instance import SingleInstance, server_name, socket_path


@pytest.fixture(autouse=True)
def runtime_dir(tmp_path_factory, monkeypatch):
    # a short private folder (a socket's path has ~100 bytes at most), as XDG_RUNTIME_DIR is
    folder = tmp_path_factory.mktemp("run")
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def a_name():
    return f"hc-{uuid.uuid4().hex[:8]}"


@contextlib.contextmanager
def listening(name, *, use_pipe=False):
    """A primary instance listening as ``name`` while the block runs."""
    primary = SingleInstance(name, use_pipe=use_pipe)
    assert primary.listen()
    try:
        yield primary
    finally:
        primary.close()


def assert_hands_over(qtbot, primary, command, *, use_pipe=False):
    """A second launch's ``command`` reaches ``primary``."""
    with qtbot.waitSignal(primary.command_received, timeout=3000) as blocker:
        assert SingleInstance(primary.name, use_pipe=use_pipe).send_to_running(command)
    assert blocker.args == [command]


@pytest.mark.parametrize("use_pipe", [False, True], ids=["unix-socket", "qt-local-server"])
def test_second_instance_hands_over_its_command(qtbot, use_pipe):
    name = a_name()
    with listening(name, use_pipe=use_pipe) as primary:
        assert_hands_over(qtbot, primary, "report", use_pipe=use_pipe)
    assert not SingleInstance(name, use_pipe=use_pipe).send_to_running("report")


def test_the_socket_is_the_users_alone_in_the_runtime_folder(qtbot, runtime_dir):
    name = a_name()
    with listening(name):
        path = runtime_dir / name
        assert socket_path(name) == path
        mode = path.stat().st_mode
        assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600
        assert os.listdir(runtime_dir) == [name]  # the folder it was bound in is gone
    assert not path.exists()


def test_without_a_runtime_folder_the_socket_lies_in_the_temporary_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)  # read TMPDIR again
    assert socket_path("hc-x") == tmp_path / "hc-x"
    assert socket_path("hc-x", {"XDG_RUNTIME_DIR": str(tmp_path / "gone")}) == tmp_path / "hc-x"


def test_a_crashed_runs_socket_does_not_stop_a_new_primary(qtbot):
    name = a_name()
    path = socket_path(name)
    # what a killed instance leaves: a socket file nobody listens on
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(path))
    dead.close()
    assert path.exists()
    assert not SingleInstance(name).send_to_running("report")
    with listening(name) as primary:
        assert_hands_over(qtbot, primary, "kb")


def test_a_killed_primary_is_replaced_by_the_next_start(qtbot, tmp_path):
    name = a_name()
    code = ("import sys, time\nfrom PySide6.QtCore import QCoreApplication\n"
            "from helpclient.ui.shell.single_instance import SingleInstance\n"
            "app = QCoreApplication([])\ninstance = SingleInstance(sys.argv[1])\n"
            "assert instance.listen()\nprint('listening', flush=True)\napp.exec()\n")
    with subprocess.Popen([sys.executable, "-c", code, name], stdout=subprocess.PIPE,
                          text=True) as first:
        try:
            assert first.stdout is not None and first.stdout.readline() == "listening\n"
        finally:
            first.kill()  # no clean-up: the socket file stays behind
    assert socket_path(name).exists()
    with listening(name) as primary:
        assert_hands_over(qtbot, primary, "show")


def test_a_running_primary_is_not_replaced(qtbot):
    name = a_name()
    with listening(name) as primary:
        assert not SingleInstance(name).listen()
        assert_hands_over(qtbot, primary, "requests")


def test_an_old_primary_leaving_does_not_remove_a_newer_ones_socket(qtbot):
    name = a_name()
    old = SingleInstance(name)
    assert old.listen()
    socket_path(name).unlink()  # as if cleaned up under it; a new one took the name
    new = SingleInstance(name)
    assert new.listen()
    old.close()
    try:
        assert socket_path(name).exists()
        assert_hands_over(qtbot, new, "show")
    finally:
        new.close()


def test_a_client_that_says_nothing_is_dropped_and_the_next_one_heard(qtbot):
    name = a_name()
    primary = SingleInstance(name)
    assert primary.listen()
    received = []
    primary.command_received.connect(received.append)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent:
            silent.connect(str(socket_path(name)))
            qtbot.wait(700)  # the primary waits half a second for a line, then hangs up
            assert silent.recv(16) == b""
        assert_hands_over(qtbot, primary, "report")
        assert received == ["report"]
    finally:
        primary.close()


def test_one_instance_per_user_and_data_folder(tmp_path):
    here = server_name("helpclient", tmp_path / "a")
    assert here == server_name("helpclient", tmp_path / "a" / ".." / "a")  # the same folder
    # a run over other folders (a demo, a test) is not handed to the user's usual instance
    assert here != server_name("helpclient", tmp_path / "b")
    assert len(here) < 100  # a local socket's name, also a Windows pipe's
    # the name earlier versions used (a running one is still found after an update)
    digest = hashlib.sha256(str((tmp_path / "a").resolve()).encode()).hexdigest()[:12]
    assert here == f"helpclient-{os.getuid()}-{digest}"
