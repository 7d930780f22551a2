"""The desk's fields: stored only when set, read strictly, the corrections log in order."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from editor.model import Correction, CorrectionKind
from editor.model.article import genre_of
from editor.storage import container
from editor.storage.errors import FormatError
from editor.text.template import new_article


def _json(path: Path) -> dict:
    with zipfile.ZipFile(path) as package:
        return json.loads(package.read("article.json"))


def _rewrite(path: Path, target: Path, change) -> None:
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "article.json":
                stored = json.loads(data)
                change(stored)
                data = json.dumps(stored).encode()
            out.writestr(info, data)


def test_an_article_without_desk_fields_is_stored_as_before(tmp_path: Path) -> None:
    path = tmp_path / "plain.newsdesk"
    container.save(new_article("en"), path)
    stored = _json(path)
    assert "corrections" not in stored
    assert set(stored["meta"]) == {"tags", "status", "created", "modified"}
    assert all(set(section) == {"kind", "label", "body"} for section in stored["sections"])


def test_desk_fields_and_corrections_survive_save_and_load(tmp_path: Path) -> None:
    article = new_article("ru")
    article.meta.slugline = "ПОРТ-ЗИМА"
    article.meta.urgency = 3
    article.meta.embargo = "2026-12-08T06:00:00+03:00"
    article.meta.editor_note = "Не публиковать до подтверждения."
    article.meta.subjects = ["medtop:20000763", "транспорт"]
    article.meta.sign_off = "ред."
    article.meta.copyright_holder = "Редакция"
    article.meta.usage_terms = "Только для партнёров."
    article.sections[1].genre = "Analysis"
    article.corrections = [
        Correction("2026-12-09", CorrectionKind.CORRECTION, "Исправлена дата."),
        Correction("2026-12-10", CorrectionKind.CLARIFICATION, "Уточнено имя."),
    ]
    path = tmp_path / "desk.newsdesk"
    container.save(article, path)
    stored = _json(path)
    assert stored["meta"]["urgency"] == 3
    assert [entry["kind"] for entry in stored["corrections"]] == ["correction", "clarification"]
    loaded = container.load(path)
    assert loaded.meta == article.meta
    assert loaded.corrections == article.corrections
    assert [genre_of(section) for section in loaded.sections] == ["Current", "Analysis"]


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda data: data["meta"].update(urgency=10), "urgency"),
        (lambda data: data["meta"].update(urgency=-1), "urgency"),
        (
            lambda data: data.update(corrections=[{"kind": "apology", "text": "x"}]),
            "corrections[0]",
        ),
        (lambda data: data["meta"].update(subjects="medtop:1"), "subjects"),
    ],
)
def test_a_wrong_desk_value_is_a_format_error_naming_it(tmp_path: Path, change, named) -> None:
    path = tmp_path / "a.newsdesk"
    container.save(new_article("en"), path)
    broken = tmp_path / "broken.newsdesk"
    _rewrite(path, broken, change)
    with pytest.raises(FormatError, match=named.replace("[", r"\[").replace("]", r"\]")):
        container.load(broken)
