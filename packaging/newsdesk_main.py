"""Entry point of the PyInstaller bundle: the ``newsdesk`` command, editor included."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    # The library reads big folders in spawned worker processes; a frozen program must
    # let them run as workers instead of starting another editor.
    multiprocessing.freeze_support()
    from editor.cli import main

    sys.exit(main())
