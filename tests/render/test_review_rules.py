"""A house style's review rules: Word's tracking off and the approval gate on by default."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.render.styles import HouseStyle, StyleError, read_style


def test_defaults_keep_tracking_off_and_the_gate_on() -> None:
    rules = HouseStyle().review
    assert (rules.track_revisions, rules.approval_gate) == (False, True)


def test_a_style_file_sets_them(tmp_path: Path) -> None:
    path = tmp_path / "desk.json"
    path.write_text(json.dumps({"review": {"track_revisions": True, "approval_gate": False}}))
    rules = read_style(path).review
    assert (rules.track_revisions, rules.approval_gate) == (True, False)


def test_a_wrong_value_is_named(tmp_path: Path) -> None:
    path = tmp_path / "desk.json"
    path.write_text(json.dumps({"review": {"approval_gate": "yes"}}))
    with pytest.raises(StyleError, match="approval_gate"):
        read_style(path)
