"""Upload benchmark: HelpClient's streaming multipart upload vs curl, 1 GiB to a loopback server.

Both upload the same file as multipart/form-data to the same local sink server (a separate process
that reads and discards the body, then answers like RT's ticket creation), in the same run.
Prints HelpClient's throughput as a ratio to curl's, and the peak RSS growth of the uploading
process. Targets: ratio >= 0.8, RSS growth <= 50 MiB.

    python benchmarks/upload_bench.py [--size-mib 1024] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from figures import record

SINK = textwrap.dedent("""
    import socket, sys
    listener = socket.create_server(("127.0.0.1", 0))
    print(listener.getsockname()[1], flush=True)
    while True:
        conn, _ = listener.accept()
        with conn:
            data = b""
            while b"\\r\\n\\r\\n" not in data:
                data += conn.recv(65536)
            head, rest = data.split(b"\\r\\n\\r\\n", 1)
            headers = dict(l.split(b": ", 1) for l in head.split(b"\\r\\n")[1:] if b": " in l)
            length = int({k.lower(): v for k, v in headers.items()}[b"content-length"])
            if b"100-continue" in head.lower():
                conn.sendall(b"HTTP/1.1 100 Continue\\r\\n\\r\\n")
            left = length - len(rest)
            buf = bytearray(1 << 20)
            while left > 0:
                n = conn.recv_into(buf, min(left, len(buf)))
                if not n:
                    break
                left -= n
            body = b'{"id": 1, "type": "ticket"}'
            head = (b"HTTP/1.1 201 Created\\r\\nContent-Type: application/json\\r\\n"
                    b"Content-Length: %d\\r\\nConnection: close\\r\\n\\r\\n" % len(body))
            conn.sendall(head + body)
""")

CLIENT = textwrap.dedent("""
    import json, resource, sys, time
    from pathlib import Path
    from helpclient.backends.http import make_session
    from helpclient.backends.rt.client import RTClient
    from helpclient.core.models import NewAttachment
    url, path = sys.argv[1], Path(sys.argv[2])
    session = make_session("benchmark")
    client = RTClient(url, "1-2-benchmark", session, 100)
    payload = {"Queue": "General", "Subject": "benchmark", "Content": "x"}
    attachment = NewAttachment(path, path.name, "application/octet-stream")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began = time.perf_counter()
    client.send_message("ticket", payload, [attachment])
    seconds = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "rss_growth_kib": after - before}))
""")


def _curl(url: str, path: Path) -> float:
    began = time.perf_counter()
    subprocess.run(["curl", "-sS", "-o", os.devnull, "--noproxy", "*",
                    "-F", 'JSON={"Subject":"benchmark"};type=application/json',
                    "-F", f"Attachments=@{path};type=application/octet-stream",
                    f"{url}/REST/2.0/ticket"], check=True)
    return time.perf_counter() - began


def _ours(url: str, path: Path) -> tuple[float, int]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    out = subprocess.run([sys.executable, "-c", CLIENT, url, str(path)], check=True,
                         capture_output=True, text=True, env=env).stdout
    result = json.loads(out)
    return float(result["seconds"]), int(result["rss_growth_kib"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=2, help="best of N for each client")
    args = parser.parse_args()
    if shutil.which("curl") is None:
        print("curl is not installed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "upload.bin"
        with path.open("wb") as f:  # real bytes, not a sparse file: both read the same data
            block = os.urandom(1 << 20)
            for _ in range(args.size_mib):
                f.write(block)
        sink = subprocess.Popen([sys.executable, "-c", SINK], stdout=subprocess.PIPE, text=True)
        try:
            assert sink.stdout is not None
            url = f"http://127.0.0.1:{int(sink.stdout.readline())}"
            curl_best = min(_curl(url, path) for _ in range(args.rounds))
            ours = [_ours(url, path) for _ in range(args.rounds)]
        finally:
            sink.terminate()
            sink.wait()
    ours_best = min(s for s, _ in ours)
    rss_mib = max(r for _, r in ours) / 1024
    size = args.size_mib
    ratio = curl_best / ours_best
    print(f"file: {size} MiB; curl {size / curl_best:.0f} MiB/s; HelpClient "
          f"{size / ours_best:.0f} MiB/s")
    print(f"throughput ratio to curl: {ratio:.2f} (target >= 0.8)")
    print(f"peak RSS growth: {rss_mib:.1f} MiB (target <= 50)")
    record(f"upload {size} MiB, throughput ratio to curl", round(ratio, 2), "×",
           target=">= 0.8", ok=ratio >= 0.8)
    record("upload, peak RSS growth", round(rss_mib, 1), "MiB", target="<= 50",
           ok=rss_mib <= 50)
    return 0 if ratio >= 0.8 and rss_mib <= 50 else 1


if __name__ == "__main__":
    socket.setdefaulttimeout(None)
    sys.exit(main())
