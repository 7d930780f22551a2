"""Editions benchmark: a story in six languages (a 5,000-word source and five 5,000-word
editions) opened and saved, against the same source alone; and marking stale after an
edit to the source.

Run: ``python benchmarks/editions.py``. Prints the median of 20 runs of each figure:

  open (container.load) and save (container.save, atomic with fsync) of the story with
  five editions, and of the source alone, with their ratio; the target is twice the
  single-article budgets of benchmarks/storage.py (open 50 ms, save 80 ms);
  follow_source + state of every edition after one word of the source changed
  (≤ 20 ms), and after a paragraph is split.
"""

from __future__ import annotations

import copy
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from editor.model import Article, Byline, Meta, Quotation, Section
from editor.storage import container
from editor.text.editions import all_states, confirm, follow_source, new_edition

WORDS = 5_000
PARAGRAPH_WORDS = 80
LANGUAGES = ("ar", "ru", "tr", "ur", "fr")
RUNS = 20
# benchmarks/storage.py's budgets for one article (open, save), twice over.
OPEN_BUDGET_MS = 50.0
SAVE_BUDGET_MS = 80.0
STALE_TARGET_MS = 20.0

_VOCABULARY = {
    "en": "the port council said on Tuesday that repairs to the river quay would take longer "
    "than planned while traders asked whether winter shipments could still arrive",
    "ar": "الجامعة الطلاب القبول الخاصة الحكومة قالت يوم الثلاثاء إن المجلس الميناء الإصلاحات",
    "ru": "мост залив город бюджет долг строительство сказал заявила совет порт ремонт зима",
    "tr": "liman meclisi salı günü onarımların planlanandan uzun süreceğini açıkladı tüccarlar",
    "ur": "بندرگاہ کونسل نے منگل کو کہا کہ مرمت میں منصوبے سے زیادہ وقت لگے گا تاجر",
    "fr": "le conseil du port a déclaré mardi que les réparations du quai prendraient plus",
}


def _text(language: str, words: int, rng: random.Random) -> str:
    vocabulary = _VOCABULARY[language].split()
    paragraphs = []
    while words > 0:
        size = min(words, PARAGRAPH_WORDS)
        paragraphs.append(" ".join(rng.choices(vocabulary, k=size)) + ".")
        words -= size
    return "\n\n".join(paragraphs)


def build_source(seed: int = 1, words: int = WORDS) -> Article:
    """Return a 5,000-word English article: a News and a Comment section, five quotations."""
    rng = random.Random(seed)
    half = words // 2
    quotations = [
        Quotation(id=f"q{n}", words=_text("en", 20, rng), speaker=f"Speaker {n}", language="en")
        for n in range(5)
    ]
    return Article(
        language="en",
        headline="Will the river port reopen before winter?",
        standfirst="Repairs run late; traders count the days.",
        sections=[
            Section(kind="news", label="News:", body=_text("en", half, rng)),
            Section(kind="comment", label="Comment:", body=_text("en", words - half, rng)),
        ],
        quotations=quotations,
        byline=Byline(author="Writer One", office="The Desk", date="2026-05-02"),
        meta=Meta(status="draft", tags=["port"]),
    )


def build_story(seed: int = 1) -> Article:
    """Return the source with five editions, each 5,000 words of its language, confirmed."""
    source = build_source(seed)
    rng = random.Random(seed + 1)
    for language in LANGUAGES:
        made = new_edition(source, language, prefill=True, author="Translator")
        made.headline = " ".join(rng.choices(_VOCABULARY[language].split(), k=8))
        for section, original in zip(made.sections, source.sections, strict=True):
            # Paragraph for paragraph, so that every link names a written paragraph.
            count = original.body.count("\n\n") + 1
            section.body = "\n\n".join(
                " ".join(rng.choices(_VOCABULARY[language].split(), k=PARAGRAPH_WORDS))
                for _ in range(count)
            )
        confirm(source, made, author="Translator")
    return source


def _median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _report(label: str, value_ms: float, target_ms: float) -> bool:
    ratio = value_ms / target_ms
    verdict = "ok" if ratio <= 1 else "OVER TARGET"
    figures = f"{value_ms:8.2f} ms  target {target_ms:7.1f} ms  ratio {ratio:5.2f}"
    print(f"{label:<46} {figures}  {verdict}")
    return ratio <= 1


def _stale_after_edit(story: Article, split: bool) -> float:
    """Time follow_source + the state of every edition after one edit of the source."""
    times = []
    for run in range(RUNS):
        trial = copy.deepcopy(story)
        section = trial.sections[0]
        old = section.body
        if split:
            at = old.index(" ", len(old) // 2)  # inside a paragraph: split it there
            new = old[:at] + "\n\n" + old[at + 1 :]
        else:
            at = old.index(" ", len(old) // 2)
            new = old[:at] + f" changed{run}" + old[at:]
        section.body = new
        start = time.perf_counter()
        follow_source(trial, "sections/0", old, new)
        states = all_states(trial)
        times.append((time.perf_counter() - start) * 1000)
        assert all(len(state.stale) == 1 for state in states), "one paragraph must be stale"
    return statistics.median(times)


def main() -> int:
    """Print every figure; exit 1 when one is over its target."""
    source = build_source()
    story = build_story()
    words = sum(len(section.body.split()) for section in story.sections)
    edition_words = [sum(len(s.body.split()) for s in e.sections) for e in story.editions]
    print(f"source {words} words; editions {', '.join(map(str, edition_words))} words")
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        alone = Path(folder) / "alone.newsdesk"
        linked = Path(folder) / "story.newsdesk"
        # The same number of words in one article without editions: what editions cost
        # beyond their words.
        same_words = build_source(words=WORDS * (1 + len(LANGUAGES)))
        long = Path(folder) / "long.newsdesk"
        container.save(source, alone)
        container.save(story, linked)
        container.save(same_words, long)
        open_long = _median_ms(lambda: container.load(long))
        save_long = _median_ms(lambda: container.save(same_words, long))
        print(f"file sizes: alone {alone.stat().st_size:,} B, story {linked.stat().st_size:,} B")
        open_alone = _median_ms(lambda: container.load(alone))
        open_story = _median_ms(lambda: container.load(linked))
        save_alone = _median_ms(lambda: container.save(source, alone))
        save_story = _median_ms(lambda: container.save(story, linked))
    print(f"{'open: source alone':<46} {open_alone:8.2f} ms")
    print(f"{'save: source alone':<46} {save_alone:8.2f} ms")
    print(f"{'open: 30,000 words, no editions':<46} {open_long:8.2f} ms")
    print(f"{'save: 30,000 words, no editions':<46} {save_long:8.2f} ms")
    print(f"ratio five editions / alone: open {open_story / open_alone:5.1f}x, "
          f"save {save_story / save_alone:5.1f}x")  # fmt: skip
    print(f"ratio five editions / same words alone: open {open_story / open_long:5.1f}x, "
          f"save {save_story / save_long:5.1f}x")  # fmt: skip
    ok &= _report("open: with five editions", open_story, 2 * OPEN_BUDGET_MS)
    ok &= _report("save: with five editions (atomic, fsync)", save_story, 2 * SAVE_BUDGET_MS)
    ok &= _report("stale after a word changed (5 editions)", _stale_after_edit(story, False),
                  STALE_TARGET_MS)  # fmt: skip
    ok &= _report("stale after a paragraph split (5 editions)", _stale_after_edit(story, True),
                  STALE_TARGET_MS)  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
