"""Finding quotations in paragraphs: whole paragraphs, runs of paragraphs, inside sentences.

Whether a quotation mark opens or closes is read from what stands beside it, not from
which mark it is, so every common style works: “…” ‘…’ «…» „…“ ”…” ‹…› "…", and
mismatched pairs such as «…” too. A mark with a space (or the start of the paragraph)
before it and a letter after it opens; a letter before it and a space or punctuation
after it closes. Double marks (« » “ ” „ ") and single marks (‘ ’ ‚ ‹ ›) are tracked
separately, so an apostrophe inside a double quotation cannot end it.

A paragraph is a quotation when it opens with a mark, its first closing mark at depth
zero is followed by nothing but punctuation or by an attribution clause ("— said X",
", says X", "dedi X", "X said", "she said": a verb with someone beside it; the speaker
is left empty when no name is found). When it does not close, the following paragraphs (up to
four) may continue it, the last one closing it. Inside a sentence, a double-quoted span
of three words or more becomes a quotation only when a speaker can be found in the same
sentence: a verb of attribution with a name before or after it.

A quotation that stood with a clause of attribution ("“…ready by March,” said Brandt.")
is set as a sub-editor sets a block quotation (``set_apart``): its words end as a sentence
(a comma or nothing before the closing mark becomes the clause's full stop; a question or
exclamation mark stays) and, when the clause names someone, the attribution is left to
the speaker and role ("— Ivo Brandt, Board chair" under the words) instead of the clause;
a clause naming nobody ("he said") stays the line under the words. What was written is
kept in ``Found.written`` for the import report.

Every search looks at a bounded window around a mark, so the work is linear in the length
of the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.importing.lexicon import Lexicon
from editor.importing.plain import unwrap_emphasis
from editor.text.attribution import JOINING_COMMAS, attribution_text, list_comma
from editor.text.counts import word_count
from editor.text.punctuation import (
    CLOSING,
    DASHES,
    DOUBLE_QUOTES,
    OPENING,
    SENTENCE_END_MARKS,
    SINGLE_QUOTES,
)

DOUBLE = DOUBLE_QUOTES
SINGLE = SINGLE_QUOTES
OPENERS = frozenset('«“„"‘‹”‚')
CLOSERS = frozenset('»”“"’›‘')
_MARKS = {
    "double": re.compile('[«»“”„"]'),
    "single": re.compile("[‘’‚‹›]"),
}
_ANY_DOUBLE = _MARKS["double"]
# Pairs reliable enough to take a quotation out of the middle of a sentence.
_INLINE_PAIRS = frozenset({"«»", "“”", '""', "„“", "„”", "””"})

OPEN, CLOSE, EITHER = "open", "close", "either"

_PUNCTUATION_ONLY = re.compile(r"[\s.,;:!?…،؛؟۔]*")
_LEAD = re.compile(r"[\s,،]*(?P<dash>[—–―-]{1,2})?\s*")
_SENTENCE_BREAK = re.compile(rf"[{SENTENCE_END_MARKS}][\"”»’)]*\s+\S")
_SENTENCE_END = re.compile(rf"[{SENTENCE_END_MARKS}][\"”»’)]*(?:\s+|$)")
_CLAUSE = re.compile(r"[,،;:]")
_TOKEN_EDGE = "\"'“”‘’«»„‚‹›()[]{}.,;:!?…،؛؟۔—–-*_"
_WINDOW = 400  # characters of context looked at around an inline quotation
_MAX_TAIL_WORDS = 30
_MAX_RUN = 5  # paragraphs one quotation may run over
# Full stops a clause of attribution may end with (Urdu's ۔), which then end the words.
_FULL_STOPS = ".۔"
# What may close the words after their last punctuation: the marks of a quotation inside
# them, brackets, emphasis.
_TRAILING_CLOSERS = frozenset(DOUBLE_QUOTES + SINGLE_QUOTES + ")]*_")
# Punctuation that joined the words to their clause, not ending a sentence ("…March,").
_JOINING = frozenset(JOINING_COMMAS + ";:؛")


@dataclass
class Found:
    """A quotation found in a draft: its words, who said it, and how the draft put it."""

    words: str
    speaker: str = ""
    role: str = ""
    attribution: str = ""
    placement: str = "paragraph"
    # The draft's paragraph(s) as written, when setting the quotation apart from its
    # clause changed them (for the import report); "" when the words are as written.
    written: str = ""
    # Words of the clause that are neither its verb nor the speaker and role ("at the
    # opening ceremony"): no longer in the article, so the import warns about them.
    left_out: str = ""


@dataclass
class _Attribution:
    text: str
    speaker: str
    role: str
    said: bool = False  # a verb of attribution: a clause, not a "— Name, role" line
    left_out: str = ""


def family_of(mark: str) -> str:
    """Return "double" or "single": which kind of quotation mark this is."""
    return "single" if mark in SINGLE else "double"


def classify(text: str, index: int) -> str | None:
    """Return whether the mark at ``index`` opens, closes, may do either, or is no mark."""
    char = text[index]
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    left = before.isspace() or before in OPENING
    right = after.isspace() or after in CLOSING
    if left and not right:
        return OPEN if char in OPENERS else None
    if right and not left:
        return CLOSE if char in CLOSERS else None
    if left and right:
        if char in "«‹„‚“‘":
            return OPEN
        if char in "»›”’":
            return CLOSE
        return EITHER
    # Inside a word: only guillemets are unambiguous; ’ and " there are apostrophes/inches.
    if char == "«":
        return OPEN
    if char == "»":
        return CLOSE
    return None


def closing_index(text: str, start: int, stack: list[str]) -> int | None:
    """Return where the quotation open on ``stack`` closes in ``text`` from ``start``."""
    family = family_of(stack[0])
    for match in _MARKS[family].finditer(text, start):
        index = match.start()
        kind = classify(text, index)
        if kind == EITHER:
            kind = CLOSE if stack[-1] == '"' else OPEN
        if kind == OPEN:
            stack.append(text[index])
        elif kind == CLOSE:
            stack.pop()
            if not stack:
                return index
    return None


class QuotationFinder:
    """Finds quotations with the verbs, connectives and pronouns of every language."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    # -- whole paragraphs -------------------------------------------------------------

    def opens_paragraph(self, text: str) -> bool:
        """Whether a paragraph starts with an opening quotation mark."""
        return bool(text) and text[0] in OPENERS and classify(text, 0) in (OPEN, EITHER)

    def paragraph(
        self, paragraphs: list[str], *, markdown: bool = False
    ) -> tuple[Found, int] | None:
        """Return the quotation that the first paragraphs form, and how many it took.

        With ``markdown`` (Markdown drafts, formatted DOCX paragraphs) an italic paragraph
        with an attribution line under it is a block quotation too.
        """
        first = paragraphs[0].strip()
        if not self.opens_paragraph(first):
            return self._italic(paragraphs) if markdown else None
        stack = [first[0]]
        end = closing_index(first, 1, stack)
        if end is not None:
            found = self._ending(first, end, first[1:end], first)
            return (found, 1) if found else None
        parts = [first[1:]]
        for count, following in enumerate(paragraphs[1:_MAX_RUN], start=2):
            text = following.strip()
            # A continued quotation may repeat its opening mark on each paragraph.
            start = 1 if text[:1] in OPENERS and classify(text, 0) == OPEN else 0
            stack = [first[0]]
            end = closing_index(text, start, stack)
            if end is None:
                parts.append(text)
                continue
            parts.append(text[:end])
            written = "\n\n".join(part.strip() for part in paragraphs[:count])
            found = self._ending(text, end, "\n".join(parts), written)
            return (found, count) if found else None
        return None

    def _italic(self, paragraphs: list[str]) -> tuple[Found, int] | None:
        """An italic paragraph, then an attribution naming its speaker: its last line or the
        next paragraph ("*The boats sail at dawn.*" / "— said Ana Lind.")."""
        first = paragraphs[0].strip()
        said, _, tail = first.rpartition("\n")
        candidates = [(said, tail, 1)] if said else []
        if len(paragraphs) > 1:
            candidates.append((first, paragraphs[1], 2))
        for said, tail, taken in candidates:
            words = _italic_words(said.strip())
            if not words:
                continue
            # Only a clause naming someone: an italic paragraph and a sentence after it
            # that happens to hold "said" ("She said nothing more.") stay text.
            attribution = self.attribution(unwrap_emphasis(tail), need_speaker=True)
            if attribution is None:
                continue
            quoted = self.paragraph([words])
            if quoted and not quoted[0].attribution:
                words = quoted[0].words  # "*“The boats sail.”*": the marks are not the words
            written = "\n\n".join(part.strip() for part in paragraphs[:taken])
            return set_apart(words, attribution, written, "block quote"), taken
        return None

    def _ending(self, text: str, end: int, words: str, written: str) -> Found | None:
        tail = text[end + 1 :]
        words = words.strip()
        if not words:
            return None
        if _PUNCTUATION_ONLY.fullmatch(tail):
            return Found(words=words)
        attribution = self.attribution(tail)
        if attribution is None:
            return None
        return set_apart(words, attribution, written)

    def block_quote(self, text: str) -> Found:
        """Return the quotation a block quote holds (a block quote always is one)."""
        content = text.strip()
        if self.opens_paragraph(content):
            found = self.paragraph([content])
            if found:
                found[0].placement = "block quote"
                return found[0]
        lines = content.split("\n")
        last = lines[-1].strip()
        if len(lines) > 1 and last[:1] in "—–―-":
            attribution = self.attribution(last)
            if attribution:
                words = "\n".join(lines[:-1]).strip()
                return set_apart(words, attribution, content, "block quote")
        return Found(words=content, placement="block quote")

    # -- attributions and names ---------------------------------------------------------

    def attribution(self, tail: str, *, need_speaker: bool = False) -> _Attribution | None:
        """Return the attribution clause a tail is ("— said X", ", says X"), or None.

        A verb with someone beside it is a clause even when no name can be found in it
        ("she said", "said the minister"); a verb alone ("said") is not. With
        ``need_speaker`` only a clause naming its speaker counts.
        """
        written = tail.strip()
        lead = _LEAD.match(written)
        rest = written[lead.end() :] if lead else written
        if not rest or len(rest) > _WINDOW or len(rest.split()) > _MAX_TAIL_WORDS:
            return None
        if _SENTENCE_BREAK.search(rest) or _holds_quotation(rest):
            return None
        verb = self.lex.verbs.search(rest)
        name: tuple[str, str] | None = None
        if verb and not rest[: verb.start()].strip():
            name = self.name_in(rest[verb.end() :], first=True)
        elif verb and len(rest[: verb.start()].split()) <= 5:
            name = self.name_in(rest[: verb.start()], first=False)
        elif lead and lead.group("dash"):
            clause, _, role = rest.replace("،", ",", 1).partition(",")  # "— Name، role" too
            name = self.name_in(clause, first=True)
            if name and not name[1]:
                name = (name[0], _clean(role))
            verb = None
        if not name:
            others = verb and any(_clean(word) for word in _without(rest, verb).split())
            if need_speaker or not others:
                return None
            name = ("", "")
        left_out = self._left_out(_without(rest, verb), *name) if verb and name[0] else ""
        return _Attribution(
            text=written, speaker=name[0], role=name[1], said=bool(verb), left_out=left_out
        )

    def _left_out(self, clause: str, speaker: str, role: str) -> str:
        """Return the words of a clause (its verb taken out) that are neither the speaker,
        nor the role, nor a connective: what setting the clause as a name leaves out."""
        named = {_clean(word) for word in f"{speaker} {role}".split()}
        kept = [
            word
            for word in clause.split()
            if _clean(word) and _clean(word) not in named and not self._is_connective(_clean(word))
        ]
        return " ".join(kept).strip(_TOKEN_EDGE + " ")

    def name_in(self, phrase: str, *, first: bool) -> tuple[str, str] | None:
        """Return (name, role) from the words around an attribution verb, or None.

        ``first``: the phrase follows the verb ("said Deputy Minister Alma Reyes"), so the
        first name in it counts; otherwise it precedes the verb and the last one counts.
        """
        clauses = _CLAUSE.split(phrase)
        phrase = clauses[0] if first else clauses[-1]
        tokens = [_clean(token) for token in phrase.split()]
        tokens = [token for token in tokens if token]
        while tokens and self._is_connective(tokens[-1]):
            tokens.pop()
        while tokens and self._is_connective(tokens[0]):
            tokens.pop(0)
        caseless = not any(char.isupper() or char.islower() for token in tokens for char in token)
        if caseless and first:
            # After the verb the name comes first; a preposition starts what follows it
            # ("قال الوزير كريم منصور في مؤتمر صحفي").
            for index, token in enumerate(tokens):
                if token.casefold() in self.lex.name_stops:
                    tokens = tokens[:index]
                    break
        # Before the verb, or without capitals to find it by, a name must be near.
        if not tokens or len(tokens) > (8 if caseless or not first else _MAX_TAIL_WORDS):
            return None
        if caseless:
            # A script without capitals (Arabic, Urdu): a name is the last two words.
            name = [token for token in tokens[-2:] if not self._is_pronoun(token)]
            if not name:
                return None
            return " ".join(name), " ".join(tokens[:-2])
        runs: list[list[int]] = []
        for index, token in enumerate(tokens):
            capital = token[0].isupper() and len(token) > 1 and not self._is_pronoun(token)
            if capital and runs and runs[-1][-1] == index - 1:
                runs[-1].append(index)
            elif capital:
                runs.append([index])
        if not runs:
            return None
        run = runs[0] if first else runs[-1]
        name_start = max(run[0], run[-1] - 1)
        return " ".join(tokens[name_start : run[-1] + 1]), " ".join(tokens[:name_start])

    def _is_connective(self, token: str) -> bool:
        return bool(self.lex.connectives.fullmatch(token))

    def _is_pronoun(self, token: str) -> bool:
        return token.casefold() in self.lex.pronouns

    # -- inside sentences ---------------------------------------------------------------

    def inline(self, text: str) -> list[tuple[int, int, Found]]:
        """Return the quotations inside a paragraph's sentences: (start, end, found)."""
        found: list[tuple[int, int, Found]] = []
        floor = 0
        for start, end in _double_spans(text):
            pair = text[start] + text[end]
            words = text[start + 1 : end].strip()
            if pair not in _INLINE_PAIRS or word_count(words) < 3:
                continue
            name = self._speaker_before(text, floor, start) or self._speaker_after(text, end)
            floor = end + 1
            if name is None:
                continue
            found.append(
                (start, end + 1, Found(words, speaker=name[0], role=name[1], placement="inline"))
            )
        return found

    def _speaker_before(self, text: str, floor: int, start: int) -> tuple[str, str] | None:
        window_start = max(floor, start - _WINDOW)
        context = text[window_start:start]
        ends = list(_SENTENCE_END.finditer(context))
        if ends:
            context = context[ends[-1].end() :]
        verbs = list(self.lex.verbs.finditer(context))
        if not verbs:
            return None
        verb = verbs[-1]
        subject, between = context[: verb.start()], context[verb.end() :]
        if len(between.split()) > 8:
            return None
        between_name = self.name_in(between, first=True) if between.strip() else None
        caseless = not any(char.isupper() or char.islower() for char in context)
        if caseless:
            return between_name or (self.name_in(subject, first=False) if subject else None)
        subject_name = self.name_in(subject, first=False) if subject.strip() else None
        if subject_name:
            return subject_name
        return between_name if len(between.split()) <= 4 else None

    def _speaker_after(self, text: str, end: int) -> tuple[str, str] | None:
        after = text[end + 1 : end + 1 + _WINDOW]
        stop = _SENTENCE_END.search(after)
        clause = after[: stop.start()] if stop else after
        if not clause.strip():
            return None
        attribution = self.attribution(clause, need_speaker=True)
        return (attribution.speaker, attribution.role) if attribution else None


def _italic_words(text: str) -> str:
    """The words of a paragraph italic as a whole ("*…*", "_…_", "***…***"), else ""."""
    words = unwrap_emphasis(text)
    if words == text:
        return ""
    marks = text[: len(text) - len(text.lstrip("*_"))]
    # "**…**" alone is bold: an odd run of either mark is the italic.
    if marks.count("*") % 2 == 0 and marks.count("_") % 2 == 0:
        return ""
    return words


def set_apart(
    words: str, attribution: _Attribution, written: str, placement: str = "paragraph"
) -> Found:
    """Return a quotation set apart from its attribution as a block quotation is set.

    After a clause with a verb of attribution the words end as a sentence, with the
    clause's full stop, and the attribution is left to the speaker and role when the
    clause names someone, else it is the clause without the comma that joined it and
    without that full stop. A "— Name, Role" line exactly as the exports write it from the
    speaker and role is left to them too; any other line stays as written.
    """
    speaker, role, line = attribution.speaker, attribution.role, attribution.text
    ended = words
    left_out = attribution.left_out
    if attribution.said:
        clause = line.strip()
        ended = sentence_ended(words, clause[-1] if clause[-1:] in _FULL_STOPS else ".")
        line = ""
        if not speaker:
            line = clause.lstrip(JOINING_COMMAS + " \t\u00a0")
            line = line[:-1].rstrip() if line[-1:] in _FULL_STOPS else line
        elif left_out:
            # Words of the clause that are neither the speaker nor the role ("on the
            # opening day", "журналистам") stay in the article: after them, as the line
            # under the quotation says it ("— Ирина Котова, директор библиотеки,
            # журналистам"), not only in the import's report (a trial found them gone).
            who = attribution_text("", speaker, role)
            line = f"{who}{list_comma(f'{speaker} {role}')}{left_out}"
            left_out = ""
    elif line.strip() == attribution_text("", speaker, role):
        line = ""
    shown = attribution_text(line, speaker, role)
    changed = ended != words or shown != attribution_text(attribution.text, speaker, role)
    return Found(
        words=ended,
        speaker=speaker,
        role=role,
        attribution=line,
        placement=placement,
        written=written if changed else "",
        left_out=left_out,
    )


def sentence_ended(words: str, stop: str = ".") -> str:
    """Return the words ending as a sentence: a comma (or semicolon, colon) before the
    closing marks becomes ``stop``, no punctuation gets ``stop`` after them; a full stop,
    question or exclamation mark, ellipsis or dash stays ("…by March," → "…by March.")."""
    text = words.rstrip()
    end = len(text)
    while end and text[end - 1] in _TRAILING_CLOSERS:
        end -= 1
    last = text[end - 1 : end]
    if not last or last in SENTENCE_END_MARKS or last in DASHES:
        return text
    if last in _JOINING:
        return text[: end - 1].rstrip() + stop + text[end:]
    return text + stop


def _holds_quotation(text: str) -> bool:
    """Whether a text opens a quotation of its own ("she said, “and two.”")."""
    if not _ANY_DOUBLE.search(text):
        return False
    opened = sum(
        1 for match in _ANY_DOUBLE.finditer(text) if classify(text, match.start()) == OPEN
    )
    spans = _double_spans(text)
    # A one-word span is a name in marks («Север»); two words or more are said words.
    return opened > len(spans) or any(word_count(text[a + 1 : b]) >= 2 for a, b in spans)


def _without(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " + text[match.end() :]


def _clean(token: str) -> str:
    return token.strip().strip(_TOKEN_EDGE)


def _double_spans(text: str) -> list[tuple[int, int]]:
    """Return (opening index, closing index) of each top-level double-quoted span."""
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    start = 0
    for match in _ANY_DOUBLE.finditer(text):
        index = match.start()
        kind = classify(text, index)
        if kind == EITHER:
            kind = CLOSE if stack and stack[-1] == '"' else OPEN
        if kind == OPEN:
            if not stack:
                start = index
            stack.append(text[index])
        elif kind == CLOSE and stack:
            stack.pop()
            if not stack:
                spans.append((start, index))
    return spans
