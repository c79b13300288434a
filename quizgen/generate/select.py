"""Pick a diverse set: both kinds, the whole article, never the same fact twice."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from quizgen.generate.candidates import Candidate
from quizgen.generate.text import BLANK, contains_word

NEAR_DUPLICATE = 0.7
MAX_PER_SENTENCE = 2
MAX_PER_KEY = 2


def _content(prompt: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", prompt.lower()) if len(w) > 3)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def _gives_away(a: Candidate, b: Candidate) -> bool:
    """Does ``b``'s prompt state ``a``'s answer? ("Who said no patient would wait more than
    12 months ...?" next to "... more than ____ months" asking for 12)."""
    stem = b.prompt.replace(BLANK, " ")
    return any(text and contains_word(stem, text) for text in a.forbidden)


def select(
    candidates: Sequence[Candidate],
    kinds: Sequence[str],
    max_questions: int,
    n_sentences: int,
    finalize: Callable[[Candidate], bool] | None = None,
) -> list[Candidate]:
    """Greedy by score, alternating kinds, penalising sentences near ones already chosen.

    ``finalize`` completes a candidate when it is about to be chosen (distractors are
    costly, so only the chosen get them) and returns False to discard it."""
    pool = sorted(candidates, key=lambda c: (-c.score, c.sentence, c.key_start, c.prompt))
    chosen: list[Candidate] = []
    facts: set[str] = set()
    per_sentence: dict[int, int] = {}
    per_key: dict[str, int] = {}
    words: list[frozenset[str]] = []
    window = max(1, n_sentences // 12)
    content = {id(c): _content(c.prompt) for c in pool}

    def allowed(c: Candidate) -> bool:
        if c.fact in facts or per_sentence.get(c.sentence, 0) >= MAX_PER_SENTENCE:
            return False
        for x in chosen:
            if x.sentence != c.sentence:
                continue
            if x.kind == c.kind or _gives_away(x, c) or _gives_away(c, x):
                return False
        key = f"{c.kind}:{str(c.answer).casefold()}"
        if per_key.get(key, 0) >= MAX_PER_KEY:
            return False
        cw = content[id(c)]
        return all(_jaccard(cw, w) < NEAR_DUPLICATE for w in words)

    def adjusted(c: Candidate) -> float:
        near = sum(1 for x in chosen if abs(x.sentence - c.sentence) <= window)
        same_key = per_key.get(f"{c.kind}:{str(c.answer).casefold()}", 0)
        same_sentence = per_sentence.get(c.sentence, 0)
        return c.score - 0.4 * near - 0.8 * same_key - 0.8 * same_sentence

    order = list(kinds)
    turn = 0
    stalled = 0
    while len(chosen) < max_questions and stalled < len(order):
        kind = order[turn % len(order)]
        turn += 1
        options = [c for c in pool if c.kind == kind and allowed(c)]
        if not options:
            stalled += 1
            continue
        stalled = 0
        best = max(options, key=lambda c: (adjusted(c), -c.sentence, -c.key_start))
        if finalize is not None and not finalize(best):
            pool.remove(best)
            turn -= 1  # same kind again
            continue
        chosen.append(best)
        facts.add(best.fact)
        per_sentence[best.sentence] = per_sentence.get(best.sentence, 0) + 1
        key = f"{best.kind}:{str(best.answer).casefold()}"
        per_key[key] = per_key.get(key, 0) + 1
        words.append(_content(best.prompt))  # the prompt may have changed in finalize
    return sorted(chosen, key=lambda c: (c.sentence, c.key_start, c.kind))
