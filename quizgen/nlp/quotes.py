"""Direct speech and who said it.

Double quotation marks are paired within a paragraph; an unclosed quote that opens a
paragraph runs to its end (news style for quotes continued over paragraphs). The speaker
comes from the attribution next to the quote (`"...," he tweeted`, `"...," said the
official`, `X said: "..."`), else from a speech verb earlier in the sentence, else a quote
that opens a paragraph or follows another one in the same paragraph continues the speaker of
the previous quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from quizgen.nlp.coref import pronoun_kind, resolve_pronoun
from quizgen.nlp.document import (
    NEWSPAPER,
    ORGANIZATION,
    PERSON,
    Document,
    Entity,
    Quote,
    Sentence,
)
from quizgen.nlp.entity_types import SPEECH_VERBS
from quizgen.nlp.normalize import Normalized

_VERB = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_PRONOUN = r"he|she|they|we|it|I"
_AFTER_WHO_VERB = re.compile(
    rf"\s*,?\s*(?P<who>(?i:{_PRONOUN})\b|[^.,;:!?\"]{{1,80}}?)\s+(?P<verb>{_VERB})\b"
)
_AFTER_VERB_WHO = re.compile(
    rf"\s*,?\s*(?P<verb>{_VERB})\s+(?P<who>(?i:{_PRONOUN})\b|[^.,;:!?\"]{{1,80}}?)"
    r"\s*(?=[.,;:!?\"]|\s+(?:at|in|on|to|during|after|before|when|while|who|as|from|in)\b|$)"
)
_BEFORE = re.compile(
    rf"\b(?P<verb>{_VERB}|saying|adding|telling|warning|insisting)\b(?:\s+[\w'-]+){{0,4}}?"
    r"\s*[:,]\s*$"
)
_MIN_CONTINUATION_WORDS = 4
_LEADING_CONJUNCTION = re.compile(r"(?:and|but|as|while|so)\s+", re.IGNORECASE)
_VERB_RE = re.compile(
    rf"\b(?P<verb>{_VERB}|saying|adding|telling|warning|insisting|called|calls|labelled|"
    r"branded|dubbed|describing|likened|likening|compared|calling)\b"
)
_SPEAKER_TYPES = frozenset({PERSON, ORGANIZATION, NEWSPAPER})


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of double quotes, in ``text`` offsets.

    A mark with a space before it opens a quote; one glued to the preceding word closes it.
    An opening mark inside an open quote starts a new one (news text glues the paragraphs of
    a long quote: `"...first." "Second...`), and a quote still open at the end of its
    paragraph ends there.
    """
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        open_at = -1
        for i in range(p_start, p_end):
            if text[i] != '"':
                continue
            before = text[i - 1] if i > p_start else " "
            after = text[i + 1] if i + 1 < p_end else " "
            opening = (before.isspace() or before in "([-") and not after.isspace()
            if open_at >= 0 and not opening:
                spans.append((open_at, i))
                open_at = -1
            elif opening:
                if open_at >= 0:
                    spans.append((open_at, i))
                open_at = i + 1
        if open_at >= 0:
            spans.append((open_at, p_end))
    out = []
    for a, b in spans:
        inner = text[a:b]
        a2 = a + len(inner) - len(inner.lstrip())
        b2 = b - (len(inner) - len(inner.rstrip()))
        if b2 > a2:
            out.append((a2, b2))
    return out


_SPACE = re.compile(r"\s*")


def _first_char(text: str, start: int) -> int:
    return _SPACE.match(text, start).end()


def attach_quotes(doc: Document, norm: Normalized) -> None:
    """Find the quotes of ``doc`` and add them to their sentences (in place)."""
    if not doc.sentences:
        return
    nt = norm.text
    sent_spans = _sentence_norm_spans(doc, norm)
    paragraphs = _paragraph_spans(doc, sent_spans)
    starts = [a for a, _ in sent_spans]
    p_starts = [a for a, _ in paragraphs]
    paragraph_openings = {_first_char(nt, a) for a in p_starts}
    previous: Quote | None = None
    previous_end = -1
    for a, b in quote_spans(nt, paragraphs):
        si = max(0, bisect_right(starts, a) - 1)
        sentence = doc.sentences[si]
        oa, ob = norm.span(a, b)
        # provisional, so that pronoun resolution knows which names are inside this quote
        sentence.quotes.append(Quote(doc.text[oa:ob], oa, ob, si))
        speaker, who, verb = _attribution(doc, norm, sent_spans, starts, si, a, b)
        sentence.quotes.pop()
        opens_paragraph = a - 1 in paragraph_openings
        same_paragraph = previous is not None and _paragraph_of(p_starts, previous_end) == (
            _paragraph_of(p_starts, a)
        )
        if (
            who is None
            and previous is not None
            and previous.speaker_text is not None
            and (opens_paragraph or same_paragraph)
            and len(nt[a:b].split()) >= _MIN_CONTINUATION_WORDS
        ):
            speaker, who, verb = previous.speaker, previous.speaker_text, previous.verb
        quote = Quote(doc.text[oa:ob], oa, ob, si, speaker, who, verb)
        sentence.quotes.append(quote)
        previous, previous_end = quote, b


def _paragraph_spans(doc: Document, sent_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: dict[int, list[int]] = {}
    for (a, b), s in zip(sent_spans, doc.sentences, strict=True):
        if s.paragraph in spans:
            spans[s.paragraph][1] = b
        else:
            spans[s.paragraph] = [a, b]
    return [(a, b) for a, b in spans.values()]


def _sentence_norm_spans(doc: Document, norm: Normalized) -> list[tuple[int, int]]:
    return [(norm.from_original(s.start), norm.from_original(s.end - 1) + 1) for s in doc.sentences]


def _paragraph_of(p_starts: list[int], offset: int) -> int:
    return bisect_right(p_starts, offset) - 1


def _attribution(
    doc: Document,
    norm: Normalized,
    sent_spans: list[tuple[int, int]],
    starts: list[int],
    si: int,
    a: int,
    b: int,
) -> tuple[Entity | None, str | None, str | None]:
    nt = norm.text
    close = b + 1 if b < len(nt) and nt[b] == '"' else b
    after = nt[close : close + 120]
    attributed = nt[b - 1 : b] in (",", "!", "?", ".") or after.startswith(",")
    if attributed and not nt[a:b].rstrip().endswith(".") or after.startswith(","):
        for pattern in (_AFTER_WHO_VERB, _AFTER_VERB_WHO):
            m = pattern.match(after)
            if m:
                who_start = close + m.start("who")
                who_end = close + m.end("who")
                lead = _LEADING_CONJUNCTION.match(nt, who_start, who_end)
                if lead:  # '"a lesson", and he told BBC Sport'
                    who_start = lead.end()
                who_si = max(0, bisect_right(starts, who_start) - 1)
                speaker = _speaker(doc, norm, who_si, who_start, who_end)
                return speaker, nt[who_start:who_end], m.group("verb")
    open_mark = a - 1 if a > 0 and nt[a - 1] == '"' else a
    head_start = sent_spans[si][0]
    m = _BEFORE.search(nt, head_start, open_mark)
    direct = m is not None
    if m is None:
        m = _verb_in_sentence(nt, head_start, open_mark)
    if m is not None:
        found = _subject_before(doc, norm, si, m.start("verb"))
        if found is not None:
            entity, who = found
            if direct or entity is None or entity.type in _SPEAKER_TYPES:
                return entity, who, m.group("verb")
    return None, None, None


def _verb_in_sentence(nt: str, start: int, end: int) -> re.Match[str] | None:
    found = None
    for m in _VERB_RE.finditer(nt, start, end):
        found = m
    return found


def _token_at(sentence: Sentence, offset: int) -> int | None:
    for i, t in enumerate(sentence.tokens):
        if t.start <= offset < t.end:
            return i
    return None


def _speaker(doc: Document, norm: Normalized, si: int, start: int, end: int) -> Entity | None:
    """The entity named in the attribution span, a resolved pronoun, or None."""
    oa, ob = norm.span(start, end)
    sentence = doc.sentences[si]
    inside = [e for e in sentence.entities if e.start >= oa and e.end <= ob]
    people = [e for e in inside if e.type == PERSON]
    if people:
        return people[-1]
    if inside:
        return inside[-1]
    ti = _token_at(sentence, oa)
    if ti is not None and pronoun_kind(sentence.tokens[ti].text):
        return resolve_pronoun(doc, si, ti)
    return None


def _subject_before(
    doc: Document, norm: Normalized, si: int, verb_start: int
) -> tuple[Entity | None, str] | None:
    """Who speaks in "Trump said in a tweet that ... '...'": the name or pronoun before the verb."""
    sentence = doc.sentences[si]
    ov = norm.span(verb_start, verb_start)[0]
    vi = _token_at(sentence, ov)
    if vi is None or vi == 0:
        return None
    end = vi - 1
    if sentence.tokens[end].text == ",":
        # "Sen. Mitch McConnell, R-Ky., called it ...": skip the apposition between commas
        for k in range(end - 1, max(-1, end - 9), -1):
            if sentence.tokens[k].text == ",":
                end = k
                break
    for e in reversed(sentence.entities):
        if e.last_token in (vi - 1, end - 1) or (e.last_token == vi - 2 and e.type == PERSON):
            return e, e.text
    prev = sentence.tokens[vi - 1]
    if pronoun_kind(prev.text):
        return resolve_pronoun(doc, si, vi - 1), prev.text
    return None
