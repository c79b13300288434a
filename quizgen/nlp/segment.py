"""Headline, paragraphs and sentences, as spans of the normalised text.

Punkt runs per paragraph (so a sentence never spans a paragraph break) and its splits are
repaired where news text fools it: an exclamation inside a title ("Hey Ya!") followed by
lower-case text, or a dash that continues the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.nlp import resources

_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"[^\n]+")
_FIRST_LINE = re.compile(r"\s*([^\n]+)\n[ \t]*\n")
_CONTINUES = re.compile(r"[a-z(\-,;:]|\.\.\.")
_MAX_TITLE_WORDS = 16
# punkt ends a sentence after these, but news text goes on: "No. 10 Downing Street"
_ABBREVIATION_END = re.compile(
    r"(?<![\w.])(?:No|Nos|Art|Fig|Vol|St|Mt|Gen|Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Prof)\.\s*$"
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    paragraph: int


def headline(text: str) -> tuple[int, int] | None:
    """The span of a headline: a short first line without a final period, then a blank line."""
    m = _FIRST_LINE.match(text)
    if m is None:
        return None
    line = m.group(1).rstrip()
    if not line or line.endswith((".", ",", ";", ":")) or len(line.split()) > _MAX_TITLE_WORDS:
        return None
    if not any(ch.isalpha() for ch in line):
        return None
    return m.start(1), m.start(1) + len(line)


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Blocks separated by blank lines; inside a block, a line ending a sentence ends a paragraph
    too (texts without blank lines), while wrapped lines are joined."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in [*_BLANK_LINE.finditer(text, start), None]:
        end = m.start() if m else len(text)
        spans.extend(_split_lines(text, pos, end))
        if m:
            pos = m.end()
    spans = [(a, b) for a, b in spans if text[a:b].strip()]
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and _unfinished(text, *merged[-1]) and _CONTINUES.match(text, a):
            merged[-1] = (merged[-1][0], b)  # a blank line inside a sentence: "won by\n\n, who"
        else:
            merged.append((a, b))
    return merged


def _unfinished(text: str, start: int, end: int) -> bool:
    return not text[start:end].rstrip().endswith((".", "!", "?", '"', "'", ":"))


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    block_start = None
    for m in _LINE.finditer(text, start, end):
        if not m.group(0).strip():
            continue
        if block_start is None:
            block_start = m.start()
        if m.group(0).rstrip().endswith((".", "!", "?", '"', "'", ":")):
            out.append((block_start, m.end()))
            block_start = None
        last_end = m.end()
    if block_start is not None:
        out.append((block_start, last_end))
    return out


def sentences(text: str, start: int = 0) -> list[Span]:
    """Sentence spans (stripped of surrounding whitespace) with their paragraph index."""
    splitter = resources.sentence_splitter()
    out: list[Span] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text, start)):
        block = text[p_start:p_end]
        merged: list[list[int]] = []
        for a, b in splitter.span_tokenize(block):
            glued = merged and _ABBREVIATION_END.search(block, merged[-1][0], merged[-1][1])
            if merged and (_CONTINUES.match(block, a) or glued):
                merged[-1][1] = b
            else:
                merged.append([a, b])
        for a, b in merged:
            piece = block[a:b]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            if b - trail > a + lead:
                out.append(Span(p_start + a + lead, p_start + b - trail, p_index))
    return out
