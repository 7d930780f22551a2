"""Shared by the packaging tests: the build script as a module, and a real .newsdesk file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


def build_script() -> ModuleType:
    """Import packaging/build.py (not a package: it is a script)."""
    name = "newsdesk_packaging_build"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPO / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def write_article(path: Path, language: str = "ar") -> Path:
    """Save a new article with the real storage code, as the editor would."""
    from editor.storage import container
    from editor.text.template import new_article

    container.save(new_article(language), path)
    return path
