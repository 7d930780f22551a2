"""Links, images and references read their bracketed text exactly as Python-Markdown does.

The parser finds the end of a link's text by one search when it holds no bracket, and
leaves nested brackets to Python-Markdown's own scan (editor.render.parse._bracketed_text):
the output must be the same for any text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.render.parse import _BRACKETED, new_markdown


def _library_markdown():
    """The same parser with Python-Markdown's own bracket scan."""
    md = new_markdown()
    for name in _BRACKETED:
        del md.inlinePatterns[name].__dict__["getText"]
    return md


_PIECES = st.sampled_from(
    ["[", "]", "(", ")", "!", "a", "b c", " ", "https://e.org/x", '"t"', "\\]", "\\[", "*", "\n"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_of_brackets_converts_as_python_markdown_converts_it(text: str) -> None:
    assert new_markdown().convert(text) == _library_markdown().convert(text)


def test_links_images_and_references_in_one_paragraph() -> None:
    text = (
        "See [the report](https://e.org/a) and [a [nested] text](https://e.org/b), "
        '![a map](assets/map.png "The port"), [the log][log] and [open only.\n\n'
        "[log]: https://e.org/log"
    )
    html = new_markdown().convert(text)
    assert html == _library_markdown().convert(text)
    assert '<a href="https://e.org/a">the report</a>' in html
    assert '<a href="https://e.org/b">a [nested] text</a>' in html
    assert '<img alt="a map" src="assets/map.png" title="The port" />' in html
    assert '<a href="https://e.org/log">the log</a>' in html
    assert "[open only." in html
