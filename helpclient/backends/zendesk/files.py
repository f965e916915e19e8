"""How the files of a new request or comment travel to Zendesk ("Ticket Attachments", Upload
Files): each file is the whole body of ``POST uploads?filename=…`` (streamed from disk, its
own Content-Type), the first answer gives a token, and the next files go with ``&token=…`` to
join the same upload; the comment then names the token in ``uploads``. Uploads nobody attaches
expire by themselves (Zendesk deletes them after a while), so a failure in between leaves
nothing behind.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence

from helpclient.backends.multipart import FileBody, Progress, open_attachment
from helpclient.backends.zendesk import records
from helpclient.backends.zendesk.client import ZendeskClient
from helpclient.core.models import NewAttachment


def upload(client: ZendeskClient, attachments: Sequence[NewAttachment],
           progress: Progress | None = None) -> list[str]:
    """The upload tokens for a comment's ``uploads`` ([] without files; normally one token
    for all of them). ``progress(sent, total)`` follows every byte of every file and may
    raise to stop the upload."""
    if not attachments:
        return []
    token, tokens = "", []
    with contextlib.ExitStack() as stack:
        handles = [open_attachment(stack, a) for a in attachments]
        total = sum(os.fstat(h.fileno()).st_size - h.tell() for h in handles)
        sent = 0
        for attachment, handle in zip(attachments, handles, strict=True):
            body = FileBody(handle, progress, sent, total)
            params = {"filename": attachment.filename, **({"token": token} if token else {})}
            answer = client.call("POST", "uploads", params=params, data=body,
                                 content_type=attachment.content_type)
            found = records.upload_token(answer)
            if found not in tokens:  # Zendesk gives the same token back when it joined them
                tokens.append(found)
            token = token or found
            sent += len(body)
    return tokens
