"""Normalise typography for the models while keeping every offset valid in the original text.

Curly quotes, dashes, odd spaces, a BOM and carriage returns are replaced one character for
one character, so for them the map back is the identity; only the few replacements that
change length ("…" -> "...") need the explicit offset table kept in :class:`Normalized`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

_SAME_LENGTH = str.maketrans(
    {
        "\ufeff": " ",
        "\r": " ",  # "\r\n" -> " \n": a paragraph break stays a newline
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u3000": " ",
        "\t": " ",
        "\u000b": " ",
        "\u000c": "\n",
        "\u0085": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u200b": " ",
    }
)
_EXPANSIONS = {"\u2026": "...", "\ufb01": "fi", "\ufb02": "fl"}


@dataclass
class Normalized:
    """``text`` for the models; ``to_original`` maps its offsets back to the input."""

    original: str
    text: str
    _starts: list[int] | None = field(default=None, repr=False)  # None: the identity map

    def to_original(self, offset: int) -> int:
        """The original offset of normalised ``offset`` (an end offset maps to an end)."""
        if self._starts is None:
            return offset
        if offset >= len(self._starts):
            return len(self.original)
        return self._starts[offset]

    def from_original(self, offset: int) -> int:
        """The first normalised offset that comes from original ``offset``."""
        if self._starts is None:
            return offset
        return bisect_left(self._starts, offset)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of a normalised span; an expansion maps to its whole source."""
        if self._starts is None:
            return start, end
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self._starts[start], self._starts[min(end, len(self._starts)) - 1] + 1


def normalize(text: str) -> Normalized:
    same = text.translate(_SAME_LENGTH)
    if not any(ch in same for ch in _EXPANSIONS):
        return Normalized(text, same)
    pieces: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(same):
        rep = _EXPANSIONS.get(ch, ch)
        pieces.append(rep)
        starts.extend([i] * len(rep))
    return Normalized(text, "".join(pieces), starts)
