"""Write journal export-format entries with the fields systemd-coredump 252 logs."""
import struct
import sys

BOOT = "3f1b6c0e2d9a4c7e8b5f0a1d2c3e4f50"
MID = "b6f1a2c3d4e5f60718293a4b5c6d7e8f"

def field(key, value):
    data = value.encode()
    if "\n" in value:
        return key.encode() + b"\n" + struct.pack("<Q", len(data)) + data + b"\n"
    return key.encode() + b"=" + data + b"\n"

def entry(ts_us, pid, comm, exe, cmdline, sig, signame, frames, package=None, uid=1000):
    trace = "\n".join(f"#{i}  0x{addr:016x} {sym} ({lib} + 0x{off:x})"
                      for i, (addr, sym, lib, off) in enumerate(frames))
    module = f"Module {package[2]} from deb {package[0]}-{package[1]}.amd64\n" if package else ""
    message = (f"Process {pid} ({comm}) of user {uid} dumped core.\n\n{module}"
               f"Stack trace of thread {pid}:\n{trace}\nELF object binary architecture: AMD x86-64")
    fields = {
        "__REALTIME_TIMESTAMP": str(ts_us + 412_000),
        "__MONOTONIC_TIMESTAMP": str(8_812_345_678),
        "_BOOT_ID": BOOT,
        "_MACHINE_ID": MID,
        "_HOSTNAME": "ws-0142",
        "_TRANSPORT": "journal",
        "PRIORITY": "2",
        "SYSLOG_IDENTIFIER": "systemd-coredump",
        "_UID": "0", "_GID": "0",
        "_COMM": "systemd-coredum",
        "_EXE": "/usr/lib/systemd/systemd-coredump",
        "_CMDLINE": "/lib/systemd/systemd-coredump",
        "_PID": str(pid + 17),
        "_SYSTEMD_UNIT": f"systemd-coredump@0-{pid+17}-0.service",
        "MESSAGE_ID": "fc2e22bc6ee647b6b90729ab34a250b1",
        "CODE_FILE": "src/coredump/coredump.c", "CODE_LINE": "1174", "CODE_FUNC": "submit_coredump",
        "COREDUMP_PID": str(pid), "COREDUMP_UID": str(uid), "COREDUMP_GID": str(uid),
        "COREDUMP_SIGNAL": str(sig), "COREDUMP_SIGNAL_NAME": signame,
        "COREDUMP_TIMESTAMP": str(ts_us), "COREDUMP_RLIMIT": "18446744073709551615",
        "COREDUMP_HOSTNAME": "ws-0142", "COREDUMP_COMM": comm, "COREDUMP_EXE": exe,
        "COREDUMP_CMDLINE": cmdline, "COREDUMP_CWD": "/home/alice",
        "COREDUMP_ROOT": "/",
        "COREDUMP_OWNER_UID": str(uid),
        "COREDUMP_UNIT": "user@1000.service",
        "COREDUMP_USER_UNIT": "app-gnome-org.gnome.TextEditor-4242.scope",
        "COREDUMP_SLICE": "user-1000.slice",
        "COREDUMP_SESSION": "2",
        "COREDUMP_CGROUP": "/user.slice/user-1000.slice/user@1000.service/app.slice/"
                           "app-gnome-org.gnome.TextEditor-4242.scope",
        "COREDUMP_FILENAME": f"/var/lib/systemd/coredump/core.{comm}.{uid}.{BOOT}.{pid}."
                             f"{ts_us}.zst",
        "MESSAGE": message,
    }
    if package:
        fields["COREDUMP_PACKAGE_NAME"] = package[0]
        fields["COREDUMP_PACKAGE_VERSION"] = package[1]
        fields["COREDUMP_PACKAGE_JSON"] = '{"elfType":"coredump","elfArchitecture":"AMD x86-64"}'
    return b"".join(field(k, v) for k, v in fields.items()) + b"\n"

if __name__ == "__main__":
    t = 1747213293_000000  # 2025-05-14T09:01:33Z
    out = sys.stdout.buffer
    out.write(entry(t, 48213, "gnome-text-edit", "/usr/bin/gnome-text-editor",
                    "gnome-text-editor /home/alice/Documents/notes.txt --token=s3cr3t-abcdef",
                    11, "SIGSEGV",
                    [(0x7f3c2a8a6e2c, "n/a", "libgtk-4.so.1", 0x2a6e2c),
                     (0x7f3c2a8b01f7, "gtk_text_buffer_insert", "libgtk-4.so.1", 0x2b01f7),
                     (0x55d1c4e3a9b0, "n/a", "gnome-text-editor", 0x3a9b0),
                     (0x7f3c2a5c3f6a, "g_main_context_dispatch", "libglib-2.0.so.0", 0x54f6a),
                     (0x7f3c2a23c24a, "__libc_start_call_main", "libc.so.6", 0x2724a)],
                    package=("gnome-text-editor", "43.2-1", "gnome-text-editor")))
    out.write(entry(t + 95_000_000, 48377, "python3.11", "/usr/bin/python3.11",
                    "python3.11 -c import ctypes; ctypes.string_at(0)",
                    11, "SIGSEGV",
                    [(0x7f1e9f2b1a3d, "n/a", "libc.so.6", 0x15ba3d),
                     (0x7f1e9ee2c5a8, "n/a", "_ctypes.cpython-311-x86_64-linux-gnu.so", 0x105a8),
                     (0x5599e0a8c0f1, "_PyEval_EvalFrameDefault", "python3.11", 0x1740f1)]))
