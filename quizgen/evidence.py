"""Find where the answer sits in its evidence sentence, so feedback can highlight it."""

from __future__ import annotations

import re

from quizgen.bank.model import Question


def _number_pattern(value: float) -> str:
    """5000 matches "5000", "5,000" and "5 000"; 2.5 matches "2.5"."""
    if float(value).is_integer():
        digits = str(abs(int(value)))
        groups = []
        head = len(digits) % 3 or 3
        groups.append(digits[:head])
        groups.extend(digits[i : i + 3] for i in range(head, len(digits), 3))
        grouped = r"[,\s\u00a0\u202f]?".join(groups)
        return rf"(?<![\d.,]){grouped}(?![\d])"
    return rf"(?<![\d.]){re.escape(str(value))}(?!\d)"


def key_span(question: Question) -> tuple[int, int] | None:
    """Character span of the answer inside ``question.evidence.text``, or None if absent.

    Numeric questions look first for ``answer_text`` (how the article says it, "3000 to
    4000"), then for the number written with or without thousands separators.
    """
    if question.evidence is None:
        return None
    text = question.evidence.text
    candidates: list[str] = []
    if question.is_numeric:
        answer_text = question.extra.get("answer_text")
        if isinstance(answer_text, str) and answer_text.strip():
            candidates.append(re.escape(answer_text.strip()))
        if isinstance(question.answer, int | float) and not isinstance(question.answer, bool):
            candidates.append(_number_pattern(question.answer))
    elif isinstance(question.answer, str) and question.answer.strip():
        answer = question.answer.strip()
        candidates.append(re.escape(answer))
        # "The Wall Street Journal" is often written "the Wall Street Journal".
        if answer.lower().startswith("the "):
            candidates.append(re.escape(answer[4:]))
        last = answer.split()[-1]
        if " " in answer and len(last) >= 4 and last[0].isupper():
            # "Donald Trump" is "Trump" after the first mention.
            candidates.append(rf"\b{re.escape(last)}\b")
        if " " not in answer and len(answer) >= 6:
            # "Honduras" -> "Honduran": a word sharing the stem.
            candidates.append(rf"\b{re.escape(answer[:-2])}\w*")
    for pattern in candidates:
        match = re.search(pattern, text, flags=re.IGNORECASE)
        if match:
            return match.start(), match.end()
    return None
