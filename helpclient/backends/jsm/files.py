"""How files reach a request: uploaded first as temporary attachments of the service desk
(``POST servicedesk/{id}/attachTemporaryFile``, multipart ``file`` parts, with the header
``X-Atlassian-Token: no-check`` that Jira's XSRF check requires), then attached to the request
by their ids (``POST request/{key}/attachment``). All files of one message go in one upload,
streamed from disk; progress follows its bytes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from helpclient.backends.jsm import records
from helpclient.backends.jsm.client import JsmClient
from helpclient.backends.multipart import MultipartBody, Progress
from helpclient.core.errors import Rejected
from helpclient.core.models import NewAttachment

#: Jira refuses uploads without it (XSRF protection of multipart requests)
NO_CHECK = {"X-Atlassian-Token": "no-check"}


def upload_temporary(client: JsmClient, service_desk_id: str,
                     attachments: Sequence[NewAttachment],
                     progress: Progress | None = None) -> list[str]:
    """The temporary attachment ids of ``attachments``, uploaded in one request."""
    if not attachments:
        return []
    with contextlib.ExitStack() as stack:
        parts = []
        for attachment in attachments:
            try:
                handle = stack.enter_context(attachment.path.open("rb"))
            except OSError as exc:
                raise Rejected(
                    f"The file “{attachment.filename}” could not be read ({exc.strerror}). "
                    "Remove it or attach it again.") from exc
            parts.append(("file", attachment.filename, handle, attachment.content_type))
        body = MultipartBody(parts, progress)
        answer = client.call("POST", f"servicedesk/{service_desk_id}/attachTemporaryFile",
                             data=body, headers={**NO_CHECK, "Content-Type": body.content_type})
    ids = records.temporary_ids(answer)
    if len(ids) != len(attachments):
        raise Rejected("Jira Service Management did not take every file: it confirmed "
                       f"{len(ids)} of {len(attachments)}.")
    return ids
