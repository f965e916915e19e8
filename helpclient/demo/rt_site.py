"""The site configuration of an isolated Request Tracker instance, and the articles it is
seeded with: everything RT reads lives in the instance folder, nothing in /etc."""

from __future__ import annotations

import os
import re
from pathlib import Path

from helpclient.demo.rt_packages import RTSetupError

# where RT's "sent" mail goes instead of a mail server
MAIL_FILE = "outgoing-mail.txt"


def load_articles(articles_dir: Path) -> list[dict[str, str]]:
    """Markdown articles (``# Title``, a summary paragraph, the body) as name/summary/content."""
    if not articles_dir.is_dir():
        return []
    articles = []
    for path in sorted(articles_dir.glob("*.md")):
        # the "<!-- category: … -->" line is for HelpClient's own index, not for RT
        text = re.sub(r"^\s*<!--\s*category:.*?-->\s*$", "", path.read_text(encoding="utf-8"),
                      flags=re.M)
        lines = text.strip().splitlines()
        if not lines or not lines[0].startswith("# "):
            raise RTSetupError(f"{path} must start with a '# Title' line")
        body = "\n".join(lines[1:]).strip()
        summary = " ".join(body.split("\n\n", 1)[0].split())
        articles.append({"name": lines[0][2:].strip(), "summary": summary, "content": body})
    return articles


def rt_env(base_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        RT_SITE_CONFIG=str(base_dir / "etc" / "RT_SiteConfig.pm"),
        RT_SITE_CONFIG_DIR=str(base_dir / "etc" / "RT_SiteConfig.d"),
        TMPDIR=str(base_dir / "tmp"),
    )
    return env


def perl_str(value: str | Path) -> str:
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def write_config(base_dir: Path, port: int) -> None:
    """Write the site configuration; nothing from /etc/request-tracker5 is read."""
    etc = base_dir / "etc"
    site_dir = etc / "RT_SiteConfig.d"
    for folder in (site_dir, base_dir / "mason_data", base_dir / "session_data", base_dir / "tmp"):
        folder.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{port}"
    settings = {
        "$rtname": perl_str("helpclient-demo"),
        "$Organization": perl_str("helpclient-demo.example"),
        "$Timezone": perl_str("UTC"),
        "$DatabaseType": perl_str("SQLite"),
        "$DatabaseName": perl_str(base_dir / "rt.db"),
        "$DatabaseUser": "''",
        "$DatabasePassword": "''",
        "$WebPath": "''",
        "$WebDomain": perl_str("127.0.0.1"),
        "$WebPort": str(port),
        "$WebBaseURL": perl_str(url),
        "@ReferrerWhitelist": f"'127.0.0.1:{port}', 'localhost:{port}'",
        "$LogToSTDERR": perl_str("warning"),
        "$LogToSyslog": "undef",
        "$LogToFile": "undef",
        "$MailCommand": perl_str("testfile"),
        "$CorrespondAddress": perl_str("support@helpdesk.example"),
        "$CommentAddress": perl_str("support-comment@helpdesk.example"),
    }
    lines = ["# Written by helpclient.demo.rt_instance; rewritten on every reuse.", ""]
    lines += [f"Set({name}, {value});" for name, value in settings.items()]
    lines += [
        "",
        "# Keep Mason's caches, the sessions and 'sent' mail inside the instance folder.",
        f"$RT::MasonDataDir = {perl_str(base_dir / 'mason_data')};",
        f"$RT::MasonSessionDir = {perl_str(base_dir / 'session_data')};",
        f"$Mail::Mailer::testfile::config{{outfile}} = {perl_str(base_dir / MAIL_FILE)};",
        "",
        "1;",
        "",
    ]
    (etc / "RT_SiteConfig.pm").write_text("# See RT_SiteConfig.d/\n1;\n", encoding="utf-8")
    (site_dir / "50-helpclient.pm").write_text("\n".join(lines), encoding="utf-8")
