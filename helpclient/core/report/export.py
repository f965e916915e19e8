"""Saving a queued report to a ZIP file, to hand to IT some other way (e-mail, USB stick)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from helpclient.core.i18n import Translate, identity
from helpclient.core.report.problem import ProblemReport, render_body, render_subject
from helpclient.core.report.serialize import report_to_json


def export_zip(report: ProblemReport, target: Path, tr: Translate = identity) -> Path:
    """Write ``report.txt`` (readable), ``report.json`` (machine-readable, with its id) and the
    attachments under ``files/`` into ``target``; the ZIP appears whole or not at all."""
    tmp = target.with_name(f".{target.name}.partial")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            text = f"{render_subject(report)}\n\n{render_body(report, tr)}\n" \
                   f"HelpClient-Report: {report.report_id}\n"
            archive.writestr("report.txt", text)
            archive.writestr("report.json", report_to_json(report))
            used: set[str] = set()
            for path in report.attachments:
                name = path.name
                counter = 1
                while name in used:  # two files with one name from different folders
                    counter += 1
                    name = f"{path.stem} ({counter}){path.suffix}"
                used.add(name)
                archive.write(path, f"files/{name}")
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
