"""YAML front matter of Markdown drafts: the simple subset static-site tools write.

Handled: ``key: value`` lines; quoted and unquoted scalars; ``[a, b]`` lists and ``- a``
item lists; ``|`` and ``>`` block scalars; ``#`` comments. Anything else is kept as the
text it is, never an error: front matter is a convenience, the article is the body.
"""

from __future__ import annotations

import re

FrontMatter = dict[str, "str | list[str]"]

_OPEN = re.compile(r"\A---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_KEY = re.compile(r"^([A-Za-z_][\w .-]*?)[ \t]*:(?:[ \t]+(.*))?$")
_ITEM = re.compile(r"^[ \t]*-[ \t]+(.*)$")
_LIMIT = 100_000  # front matter longer than this is no front matter


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """Return the front matter (None when there is none) and the text after it."""
    opening = _OPEN.match(text)
    if not opening:
        return None, text
    closing = _CLOSE.search(text, opening.end(), opening.end() + _LIMIT)
    if not closing:
        return None, text
    data = parse_front_matter(text[opening.end() : closing.start()])
    rest = text[closing.end() :]
    return data, rest[1:] if rest.startswith("\n") else rest


def parse_front_matter(source: str) -> FrontMatter:
    """Return the keys and values of a front matter block."""
    data: FrontMatter = {}
    lines = source.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        found = _KEY.match(line)
        if not found or line[:1].isspace():
            continue
        key, value = found.group(1).strip().lower(), (found.group(2) or "").strip()
        if value[:1] in ("|", ">") and value.rstrip("+-") in ("|", ">"):
            block: list[str] = []
            while index < len(lines) and (not lines[index].strip() or lines[index][:1] == " "):
                block.append(lines[index].strip())
                index += 1
            joiner = "\n" if value.startswith("|") else " "
            data[key] = joiner.join(block).strip()
            continue
        if not value:
            items: list[str] = []
            while index < len(lines):
                item = _ITEM.match(lines[index])
                if not item:
                    break
                items.append(_scalar(item.group(1)))
                index += 1
            data[key] = items if items else ""
            continue
        if value.startswith("[") and value.endswith("]"):
            data[key] = [_scalar(part) for part in _split_flow(value[1:-1]) if part.strip()]
            continue
        data[key] = _scalar(value)
    return data


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        text = _DOUBLE_QUOTED_ESCAPE.sub(_unescape, value[1:-1])
        if _SURROGATE.search(text):
            # "\ud83d\ude00" (a JSON writer's escapes) is one character; a lone half is
            # no character at all and becomes U+FFFD, as any decoder shows it.
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return text
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    comment = re.search(r"[ \t]#", value)
    return value[: comment.start()].rstrip() if comment else value


# YAML's escapes in a double-quoted scalar (a JSON string is one): \uXXXX, \n, \", …
_DOUBLE_QUOTED_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SIMPLE_ESCAPES = {
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "t": "\t",
    "\t": "\t",
    "n": "\n",
    "v": "\v",
    "f": "\f",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if len(code) > 1:
        number = int(code[1:], 16)
        return chr(number) if number < 0x110000 else "\ufffd"  # past Unicode: no character
    return _SIMPLE_ESCAPES.get(code, code)  # \\, \", \/ and the rest: the character itself


def _split_flow(inner: str) -> list[str]:
    """Split ``a, "b, c", d`` at the commas outside quotes."""
    parts, current, quote = [], [], ""
    for char in inner:
        if quote:
            current.append(char)
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
            current.append(char)
        elif char == ",":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts
