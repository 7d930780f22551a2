"""The `newsdesk` command run as its own process, as a shell runs the installed script."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

# What the installed entry point does: main() reads the arguments from sys.argv.
PROGRAM = "import sys; from editor.cli import main; sys.exit(main())"
COMMAND = [sys.executable, "-c", PROGRAM]


def run_newsdesk(
    *args: str, cwd: Path, timeout: float = 60, **options: Any
) -> subprocess.CompletedProcess[str]:
    """Run ``newsdesk ARGS`` in ``cwd``; its output captured as text (``options`` go to run)."""
    options.setdefault("capture_output", "stdout" not in options and "stderr" not in options)
    return subprocess.run(
        [*COMMAND, *args], cwd=cwd, text=True, timeout=timeout, check=False, **options
    )
