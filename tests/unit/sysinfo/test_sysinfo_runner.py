"""Running collectors: parallel, cut off at their timeout, failures become entries, policy."""

import threading
import time

from helpclient.core.redact import Redactor
from helpclient.core.sysinfo.collect import (
    Collector,
    Policy,
    Privacy,
    Status,
    run_collectors,
    summary_line,
)


def make(name, fn, *, timeout=1.0, privacy=Privacy.TECHNICAL, oses=None, **kw):
    extra = {"oses": frozenset(oses)} if oses else {}
    return Collector(name, name.title(), "why", privacy, fn, timeout, **extra, **kw)


def test_a_hanging_collector_is_cut_off_and_the_others_still_arrive():
    release = threading.Event()

    def hangs():
        release.wait(30)  # a real block, like a stuck system call
        return {"never": True}

    start = time.perf_counter()
    collection = run_collectors(
        [make("slow", hangs, timeout=0.2), make("fast", lambda: {"ok": 1})],
        redactor=Redactor(), platform="linux")
    elapsed = time.perf_counter() - start
    release.set()
    assert elapsed < 1.0
    slow, fast = collection.item("slow"), collection.item("fast")
    assert slow.status is Status.TIMEOUT and "0.2 s" in slow.error and slow.text == ""
    assert fast.status is Status.OK and '"ok": 1' in fast.text


def test_collectors_run_in_parallel():
    collectors = [make(f"c{i}", lambda: (time.sleep(0.3), "done")[1]) for i in range(6)]
    start = time.perf_counter()
    collection = run_collectors(collectors, redactor=Redactor(), platform="linux")
    assert time.perf_counter() - start < 1.0  # 6 × 0.3 s in sequence would be 1.8 s
    assert {i.status for i in collection.items} == {Status.OK}


def test_a_failing_collector_is_an_error_entry_with_its_reason_redacted():
    def fails():
        raise OSError("cannot read https://bob:hunter22@proxy.corp/")

    item = run_collectors([make("broken", fails)], redactor=Redactor(),
                          platform="linux").item("broken")
    assert item.status is Status.ERROR
    assert item.error.startswith("OSError: cannot read")
    assert "hunter22" not in item.error and "[REDACTED:url-password]" in item.error


def test_policy_exclusions_are_not_even_started():
    started = []

    def record(name):
        def collect():
            started.append(name)
            return {}
        return collect

    collectors = [make("processes", record("processes"), privacy=Privacy.PERSONAL),
                  make("user", record("user"), privacy=Privacy.PERSONAL),
                  make("software", record("software")), make("os", record("os")),
                  make("registry", record("registry"), oses={"win32"})]
    policy = Policy.from_settings("software, unknown", "personal,bogus")
    collection = run_collectors(collectors, redactor=Redactor(), policy=policy, platform="linux")
    assert started == ["os"]
    assert [i.name for i in collection.items] == ["os"]
    reasons = {e.name: e.reason for e in collection.excluded}
    assert reasons == {"processes": "excluded by policy (personal information)",
                       "user": "excluded by policy (personal information)",
                       "software": "excluded by policy (item)",
                       "registry": "not available on linux"}


def test_text_items_and_summaries():
    collector = make("log", lambda: "line token=abcd1234\n",
                     summarize=lambda data: [summary_line("log has {what} {size}",
                                                          what="password=hunter22",
                                                          size=len(data))])
    item = run_collectors([collector], redactor=Redactor(), platform="linux").item("log")
    assert item.filename == "log.txt"
    assert item.text == "line token=[REDACTED:secret]\n"
    assert [line.render() for line in item.summary] == ["log has password=[REDACTED:secret] 20"]


def test_a_broken_summary_keeps_the_item():
    collector = make("x", lambda: {"a": 1}, summarize=lambda data: [data["missing"]])
    item = run_collectors([collector], redactor=Redactor(), platform="linux").item("x")
    assert item.status is Status.OK
    assert [line.render() for line in item.summary] == ["(summary unavailable: KeyError)"]
