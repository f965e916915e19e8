"""The frozen program's entry point: the ``helpclient`` command, as the wheel's script runs it."""

import sys

from helpclient.cli import main

if __name__ == "__main__":
    sys.exit(main())
