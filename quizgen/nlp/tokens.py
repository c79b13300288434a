"""A Treebank-like tokenizer that keeps character offsets (``word_tokenize`` rewrites quotes).

Numbers with their unit glued on ("1450km", "$2.5bn") are split so that the number is a
token of its own; possessive "'s" and "n't" are split as the tagger expects.
"""

from __future__ import annotations

import re

_ABBREV = (
    r"Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sgt|Capt|Rev|Prof|Gov|Sen|Rep|Maj|Cpl|Supt|Insp|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Inc|Ltd|Corp|Co|No|approx"
)
_TOKEN = re.compile(
    rf"""
    &\#?\w{{2,8}};                                   # an HTML entity left in the text: &#233;
    |(?:[A-Za-z]\.){{2,}}(?![A-Za-z])                # U.S. U.N. a.m.
    |(?:{_ABBREV})\.(?=\s+[\w$£€"'(])                # Mr. Smith, Jan. 5
    |[^\W_]+(?=n't\b)                                # do|n't
    |n't\b
    |'(?:s|S|re|ll|ve|d|m|RE|LL|VE|D|M)\b(?![\w'])  # 's 're 'll
    |\d+(?:[,.:]\d+)+(?:[^\W\d_]+(?:-[^\W_]+)*)?     # 5,000 2.5bn 1:48.32
    |[^\W_]+(?:-[^\W_]+|'(?!(?:s|S|re|ll|ve|d|m)\b)[^\W_]+)*  # active-duty, O'Brien
    |\.\.\.|--+|[^\w\s]
    """,
    re.VERBOSE,
)
_NUM_UNIT = re.compile(r"(\d[\d,.:]*)([A-Za-z]+)$")
_KEEP_GLUED = {"st", "nd", "rd", "th", "s"}  # 22nd, 1990s


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans in ``text[start:end]`` as absolute offsets."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.span()
        word = m.group(0)
        if word[0].isdigit():
            glued = _NUM_UNIT.match(word)
            if glued and glued.group(2).lower() not in _KEEP_GLUED:
                cut = a + len(glued.group(1))
                spans.append((a, cut))
                spans.append((cut, b))
                continue
        if word.endswith("'") and len(word) > 1 and word[-2] == "s":
            spans.append((a, b - 1))  # players' -> players '
            spans.append((b - 1, b))
            continue
        spans.append((a, b))
    return spans


def tag_form(text: str, start: int, prev_char: str) -> str:
    """What the tagger should see: Treebank quote tokens instead of ASCII quotes."""
    if text == '"':
        return "``" if prev_char in ("", " ", "\n", "(", "[") else "''"
    return text
