"""How often each quotation is placed in the section bodies, recounted by changed lines."""

from __future__ import annotations

from collections import Counter

from editor.model import quotation_ids


class QuotationUsage:
    """Counts the tokens of every body, looking again only at the lines that changed.

    A token never spans a line, so the count of a body is the sum over its lines. The
    window recounts after each pause in typing: scanning 200,000 tokens each time took
    a fifth of a second, where the lines typed in are a few.
    """

    def __init__(self) -> None:
        self._lines: dict[int, Counter[str]] = {}
        # The ids on each line seen, for taking a line's tokens off when it goes.
        self._ids: dict[str, tuple[str, ...]] = {}
        self._total: Counter[str] = Counter()
        # Goes up with every change of a count: who shows the counts knows when to again.
        self.version = 0

    def update(self, bodies: list[str]) -> bool:
        """Count these bodies (in order); return whether any id's count changed."""
        changed = False
        for index, body in enumerate(bodies):
            changed = self._update_body(index, body) or changed
        for index in [index for index in self._lines if index >= len(bodies)]:
            changed = self._update_body(index, "") or changed
            del self._lines[index]
        if changed:
            self.version += 1
        return changed

    def usage(self) -> dict[str, int]:
        """Return how often each id is used, in the order ids first appeared."""
        # Counts that reach 0 are taken out as they do: a plain copy is the answer.
        return dict(self._total)

    def _update_body(self, index: int, body: str) -> bool:
        lines = Counter(body.split("\n"))
        known = self._lines.get(index)
        if known == lines:
            return False
        known = known or Counter()
        self._lines[index] = lines
        delta: Counter[str] = Counter()
        for line, times in known.items():
            gone = times - lines.get(line, 0)
            if gone > 0:
                for quotation_id in self._line_ids(line):
                    delta[quotation_id] -= gone
        for line, times in lines.items():
            added = times - known.get(line, 0)
            if added > 0:
                for quotation_id in self._line_ids(line):
                    delta[quotation_id] += added
        changed = False
        for quotation_id, step in delta.items():
            if step:
                changed = True
                count = self._total[quotation_id] + step
                if count > 0:
                    self._total[quotation_id] = count
                else:
                    del self._total[quotation_id]
        # Forget the lines no body holds any more.
        if len(self._ids) > 2 * sum(len(each) for each in self._lines.values()) + 64:
            held = set().union(*self._lines.values())
            self._ids = {line: ids for line, ids in self._ids.items() if line in held}
        return changed

    def _line_ids(self, line: str) -> tuple[str, ...]:
        ids = self._ids.get(line)
        if ids is None:
            ids = self._ids[line] = tuple(quotation_ids(line)) if "[[" in line else ()
        return ids
