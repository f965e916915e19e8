"""The streaming multipart body: well-formed, exact length, bounded reads, progress, abort."""

import email.parser
import email.policy

import pytest

from helpclient.backends.multipart import BLOCK, MultipartBody


def _parse(body: MultipartBody, data: bytes):
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + body.content_type.encode() + b"\r\n\r\n" + data)
    return list(message.iter_parts())


def test_parts_round_trip_and_length_is_exact(tmp_path):
    big = tmp_path / 'report "v2".bin'
    content = bytes(range(256)) * 20_000  # > BLOCK, every byte value
    big.write_bytes(content)
    seen = []
    with big.open("rb") as handle:
        body = MultipartBody([("JSON", None, b'{"Subject": "x"}', "application/json"),
                              ("Attachments", big.name, handle, "application/octet-stream")],
                             progress=lambda sent, total: seen.append((sent, total)))
        chunks = []
        while chunk := body.read(BLOCK):
            assert len(chunk) <= BLOCK
            chunks.append(chunk)
    data = b"".join(chunks)
    assert len(data) == len(body) == body.length
    json_part, file_part = _parse(body, data)
    assert json_part.get_payload(decode=True) == b'{"Subject": "x"}'
    assert file_part.get_filename() == "report %22v2%22.bin"
    assert file_part.get_payload(decode=True) == content
    assert seen[-1] == (len(data), len(data))
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)


def test_progress_may_abort_the_upload(tmp_path):
    f = tmp_path / "f.bin"
    f.write_bytes(b"x" * (3 * BLOCK))

    def cancel(sent, total):
        if sent > BLOCK:
            raise KeyboardInterrupt("cancelled")

    with f.open("rb") as handle:
        body = MultipartBody([("Attachments", "f.bin", handle, "application/octet-stream")],
                             progress=cancel)
        with pytest.raises(KeyboardInterrupt):
            while body.read(BLOCK):
                pass
