"""A quick check's result with decimals in it, for the tests of how numbers are written (in
the interface language, in the ticket language)."""

from types import SimpleNamespace

from helpclient.core.checks.model import CheckResult, Deadline
from helpclient.core.checks.probes import Volume
from helpclient.core.checks.system import disk_check

GB = 2**30
#: ``full_disk().cause`` in English
FULL_DISK_ENGLISH = "The system disk is almost full: 0.6 GB free of 250.0 GB (0.2 %)."


def full_disk() -> CheckResult:
    """The disk check's result on a computer with 0.6 GB free of 250 GB."""
    machine = SimpleNamespace(system_volume=lambda: Volume("/", 250 * GB, int(0.6 * GB)),
                              home_volume=lambda: None, home_quota=lambda timeout: None)
    check = disk_check(machine)
    return CheckResult(check.name, check.title, check.keywords, check.run(Deadline(1.0)), 0.0)
