"""Suggestions are stored in review.json only when an article has some, and read strictly."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from editor.model import Suggestion, SuggestionKind
from editor.storage import container
from editor.storage.errors import FormatError
from editor.text.template import new_article


def _review(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as package:
        return json.loads(package.read("review.json"))


def test_an_article_without_suggestions_writes_no_key(tmp_path: Path) -> None:
    path = tmp_path / "plain.newsdesk"
    container.save(new_article("en"), path)
    assert "suggestions" not in _review(path)


def test_suggestions_survive_save_and_load_with_their_words(tmp_path: Path) -> None:
    article = new_article("ar")
    article.sections[0].body = "قال المتحدث إن الميناء سيفتح."
    article.suggestions.append(
        Suggestion(
            id="s1",
            part="sections/0",
            start=4,
            end=11,
            old="المتحدث",
            new="الناطق",
            kind=SuggestionKind.REPLACE,
            author="مراجع",
            initials="م",
            created="2026-12-07T08:00:00Z",
            source="reviewed.docx",
        )
    )
    path = tmp_path / "a.newsdesk"
    container.save(article, path)
    stored = _review(path)["suggestions"]
    assert stored == [
        {
            "id": "s1",
            "part": "sections/0",
            "start": 4,
            "end": 11,
            "old": "المتحدث",
            "new": "الناطق",
            "kind": "replace",
            "format": "",
            "author": "مراجع",
            "initials": "م",
            "created": "2026-12-07T08:00:00Z",
            "source": "reviewed.docx",
        }
    ]
    assert container.load(path).suggestions == article.suggestions


def test_an_unknown_kind_is_a_format_error_naming_it(tmp_path: Path) -> None:
    article = new_article("en")
    article.suggestions.append(Suggestion(id="s1", new="x", kind=SuggestionKind.INSERT))
    path = tmp_path / "a.newsdesk"
    container.save(article, path)
    broken = tmp_path / "broken.newsdesk"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "review.json":
                review = json.loads(data)
                review["suggestions"][0]["kind"] = "rewrite"
                data = json.dumps(review).encode()
            target.writestr(info, data)
    with pytest.raises(FormatError) as failure:
        container.load(broken)
    assert "suggestions[0]" in str(failure.value)
    assert "kind" in str(failure.value)
