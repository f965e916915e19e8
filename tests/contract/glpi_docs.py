"""GLPI's legacy REST API as documented, for writing the replay's scenario files.

Each function gives one exchange (a request as the documentation says a client makes it, and
the answer it documents) in the format of ``exchanges.py``. Sources: ``apirest.md`` (GLPI 10.0)
and, where it is silent, ``src/Api/API.php`` / ``APIRest.php`` of the same version:

* errors are ``[CODE, message]`` lists (``returnError``), with the status of the code:
  ERROR_SESSION_TOKEN_INVALID and ERROR_GLPI_LOGIN_USER_TOKEN 401, ERROR_RIGHT_MISSING 403,
  ERROR_ITEM_NOT_FOUND 404, ERROR_SQL 500;
* ranged answers carry ``Content-Range: first-last/total`` (last fixed to total - 1) and
  ``Accept-Range``; 206 when the page is not all there is (also on the last page of several),
  200 when it is; no Content-Range and no ``data`` when nothing matched;
* GLPI 10 returns text as stored: ``<``, ``>`` and ``&`` as ``&#60;``, ``&#62;``, ``&#38;``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from typing import Any
from urllib.parse import quote

API = "/apirest.php"
#: apirest.md's example tokens
USER_TOKEN = "q56hqkniwot8wntb3z1qarka5atf365taaa2uyjrn"
APP_TOKEN = "f7g3csp8mgatg5ebc5elnazakw20i9fyev1qopya7"
SESSION_TOKENS = ["83af7e620c83a50a18d3eac2f6ed05a3ca0bea62",
                  "5e0f9bd2a7c41863d93f0c2e7b1a84d6f0c3e9a1",
                  "c1d2e3f4a5b60718293a4b5c6d7e8f9012345678"]
USER_ID, TECH_ID, MANAGER_ID = 7, 2, 9
USER_LOGIN, USER_NAME, TECH_NAME = "alice", "Alice Example", "John Tech"
#: the zone Alice chose in her GLPI preferences: dates below are Berlin time (UTC+1 in December)
USER_TZ = "Europe/Berlin"
UA = {"$regex": "HelpClient/\\S+ \\([^()]*\\)"}
JSON_TYPE = "application/json; charset=UTF-8"
DATE_HEADER = "Mon, 07 Dec 2026 10:00:00 GMT"
SOURCE = ("GLPI 10.0 legacy REST API, written from apirest.md and src/Api/API.php by "
          "tests/contract/write_glpi.py")


def stored(text: str) -> str:
    """Text as GLPI 10 stores and returns it (``Glpi\\Toolbox\\Sanitizer``)."""
    return text.replace("&", "&#38;").replace("<", "&#60;").replace(">", "&#62;")


def sent_html(text: str, key: str = "") -> str:
    """What the connector sends for plain ``text`` (paragraphs, line breaks, the key)."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    parts = [f"<p>{'<br>'.join(html.escape(line) for line in p.split(chr(10)))}</p>"
             for p in paragraphs]
    if key:
        parts.append(f"<p>HelpClient-Report: {key}</p>")
    return "".join(parts)


def headers(session: str | None, *, auth: str | None = None, content: Any = "application/json",
            accept: str = "application/json") -> dict[str, Any]:
    """The headers every call carries: App-Token, Content-Type, Accept, the Session-Token (or
    none: ``initSession``), the Authorization of ``initSession``."""
    found: dict[str, Any] = {"App-Token": APP_TOKEN, "Accept": accept, "Content-Type": content,
                             "User-Agent": UA, "Session-Token": session,
                             "Authorization": auth}
    return found


def answer(status: int = 200, body: Any = None, **extra_headers: str) -> dict[str, Any]:
    """A JSON answer."""
    found: dict[str, Any] = {"status": status,
                             "headers": {"Content-Type": JSON_TYPE, **extra_headers}}
    if body is not None:
        found["json"] = body
    return found


def error(status: int, code: str, message: str) -> dict[str, Any]:
    """GLPI's error answer."""
    return answer(status, [code, message])


def step(method: str, path: str, session: str | None, response: dict[str, Any], *,
         query: dict[str, Any] | None = None, body: dict[str, Any] | None = None,
         **header_options: Any) -> dict[str, Any]:
    """One exchange."""
    request: dict[str, Any] = {"method": method, "path": f"{API}/{path}",
                               "headers": headers(session, **header_options)}
    if query:
        request["query"] = query
    if body is not None:
        request["body"] = body
    return {"request": request, "response": response}


# -- the session ---------------------------------------------------------------------------------

def full_session(token: str) -> dict[str, Any]:
    """``$_SESSION`` of a Self-Service user as ``get_full_session`` returns it (shortened)."""
    return {
        "valid_id": token, "glpi_currenttime": "2026-12-07 11:00:00", "glpi_use_mode": 0,
        "glpiID": USER_ID, "glpifriendlyname": USER_NAME, "glpiname": USER_LOGIN,
        "glpirealname": "Example", "glpifirstname": "Alice", "glpidefault_entity": 0,
        "glpiextauth": 0, "glpiauthtype": 1, "glpiroot": "", "glpi_tz": USER_TZ,
        "glpilanguage": "en_GB", "glpilist_limit": 15, "glpi_plannings": [], "glpi_tabs": [],
        "glpiactiveprofile": {"id": 1, "name": "Self-Service", "interface": "helpdesk",
                              "ticket": 5, "followup": 5, "knowbase": 10240},
        "glpiactiveentities": [0], "glpiactive_entity": 0, "glpiactive_entity_recursive": 0,
        "glpiprofiles": {"1": {"name": "Self-Service", "entities": [
            {"id": 0, "name": "Root entity", "is_recursive": 1}]}},
    }


def init_session(token: str = SESSION_TOKENS[0], user_token: str = USER_TOKEN) -> dict:
    """``GET initSession?get_full_session=true`` with the user token."""
    return step("GET", "initSession", None,
                answer(200, {"session_token": token, "session": full_session(token)},
                       Date=DATE_HEADER),
                query={"get_full_session": "true"}, auth=f"user_token {user_token}")


def refused_sign_in(user_token: str) -> dict[str, Any]:
    """``initSession`` with a token GLPI does not know."""
    return step("GET", "initSession", None,
                error(401, "ERROR_GLPI_LOGIN_USER_TOKEN", "parameter user_token seems invalid"),
                query={"get_full_session": "true"}, auth=f"user_token {user_token}")


def kill_session(token: str = SESSION_TOKENS[0]) -> dict[str, Any]:
    """``GET killSession``: the connector closes its session."""
    return step("GET", "killSession", token, answer(200, True))


# -- ranges --------------------------------------------------------------------------------------

def ranged(rows: list[Any], first: int, size: int, total: int, itemtype: str,
           search: bool) -> dict[str, Any]:
    """A page of a ranged answer, as GLPI computes its status and headers."""
    last = min(first + size - 1, total - 1)
    extra = {"Accept-Range": f"{itemtype} 1000"}
    if total > 0:
        extra["Content-Range"] = f"{first}-{last}/{total}"
    partial = (len(rows) < total) if search else (last - first + 1 < total)
    if not search:
        return answer(206 if partial else 200, rows, **extra)
    body: dict[str, Any] = {"totalcount": total, "count": len(rows), "sort": [19],
                            "order": ["DESC"]}
    if rows:
        body["data"] = rows
    body["content-range"] = f"{first}-{last}/{total}"
    return answer(206 if partial else 200, body, **extra)


def sub_items(session: str, path: str, rows: list[Any], *, names: str = "",
              first: int = 0, size: int = 50, total: int | None = None) -> dict[str, Any]:
    """``GET <itemtype>/<id>/<sub itemtype>`` (followups, solutions, document links)."""
    query = {"get_hateoas": "false", "range": f"{first}-{first + size - 1}"}
    if names:
        query["add_keys_names[]"] = names
    itemtype = path.rsplit("/", 1)[1]
    return step("GET", path, session, ranged(rows, first, size, len(rows) if total is None
                                             else total, itemtype, search=False), query=query)


def item(session: str, path: str, body: Any, *, names: str = "") -> dict[str, Any]:
    """``GET <itemtype>/<id>`` (no HATEOAS links)."""
    query = {"get_hateoas": "false"}
    if names:
        query["add_keys_names[]"] = names
    return step("GET", path, session, answer(200, body), query=query)


# -- bodies --------------------------------------------------------------------------------------

def upload_part(index: int, filename: str, content: bytes, content_type: str) -> dict:
    """One ``filename[n]`` part of a multipart request."""
    return {"name": f"filename[{index}]", "filename": filename, "content_type": content_type,
            "sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}


def manifest(payload: dict[str, Any]) -> dict[str, Any]:
    """The ``uploadManifest`` part: the input as JSON."""
    return {"name": "uploadManifest", "content_type": "application/json",
            "json": {"input": payload}}


def multipart_type() -> dict[str, str]:
    return {"$regex": "multipart/form-data; boundary=[0-9a-f]+"}


def file_answer(content: bytes, filename: str, mime: str) -> dict[str, Any]:
    """A document's raw bytes (``Accept: application/octet-stream``)."""
    # Toolbox::sendFile: the name percent-encoded (RFC 5987), so any name fits a header
    return {"status": 200, "headers": {
        "Content-Type": mime,
        "Content-Disposition": f"attachment; filename*=utf-8''{quote(filename, safe='')}",
        "Cache-Control": "private, must-revalidate"},
        "base64": base64.b64encode(content).decode()}


def dump(document: dict[str, Any]) -> str:
    """A scenario file's text (as ``exchanges.save_steps`` writes it)."""
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"
