"""PyInstaller runtime hook: programs HelpClient starts get the system's library path back.

The bootloader puts the bundle's folder on ``LD_LIBRARY_PATH`` (keeping the user's value in
``LD_LIBRARY_PATH_ORIG``); a child such as ``xdg-open`` → the web browser, or ``dpkg-query`` for
the system information, would otherwise load the bundle's copies of libraries instead of its own.
The running process read the variable when it started, so changing it here affects only children.
"""

import os

_ORIG = "LD_LIBRARY_PATH_ORIG"
if _ORIG in os.environ:
    os.environ["LD_LIBRARY_PATH"] = os.environ.pop(_ORIG)
else:
    os.environ.pop("LD_LIBRARY_PATH", None)
