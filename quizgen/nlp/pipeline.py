"""``analyse(text) -> Document``: the whole NLP pass over one article.

Models are loaded once per process (see :mod:`quizgen.nlp.resources`); everything here is
one pass of regular expressions and list work per sentence on top of the NLTK calls.
"""

from __future__ import annotations

import re

from quizgen.nlp import coref, quotes, resources, segment
from quizgen.nlp import gazetteers as gz
from quizgen.nlp.dates import date_spans
from quizgen.nlp.document import DATE, OTHER, Document, Entity, Quantity, Sentence, Token
from quizgen.nlp.entities import Candidate, candidates, chunked_tokens
from quizgen.nlp.entity_types import Context, classify
from quizgen.nlp.normalize import Normalized, normalize
from quizgen.nlp.numbers import find_numbers, words_value
from quizgen.nlp.quantities import counted_kind, noun_phrase, token_range
from quizgen.nlp.tokens import tag_form, tokenize

_PARTY_STATE = re.compile(r"[RDI]-[A-Z][a-z]{0,4}\.?$")
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z][a-z-]+")


def analyse(text: str, *, wordnet: bool = True) -> Document:
    """Sentences, tokens, entities, quantities and quotes of ``text``, offsets into ``text``.

    ``wordnet=False`` skips the slow WordNet typing of names the cheap rules leave as OTHER.
    """
    norm = normalize(text)
    nt = norm.text
    head = segment.headline(nt)
    title = None
    if head is not None:
        a, b = norm.span(*head)
        title = text[a:b].strip()
    spans = segment.sentences(nt, head[1] if head else 0)
    tok_spans = [tokenize(nt, s.start, s.end) for s in spans]
    words = [[nt[a:b] for a, b in ts] for ts in tok_spans]
    forms = [
        [tag_form(w, a, nt[a - 1] if a > 0 else "") for w, (a, _) in zip(ws, ts, strict=True)]
        for ws, ts in zip(words, tok_spans, strict=True)
    ]
    tagged = resources.pos_tagger().tag_sents(forms) if forms else []
    tags = [[t for _, t in sent] for sent in tagged]
    chunker = resources.ne_chunker()
    chunks = [chunked_tokens(chunker, sent) if sent else [] for sent in tagged]

    lower_words = frozenset(_LOWER_WORD.findall(nt))
    mentions = _mentions(nt, spans, tok_spans, words, tags, chunks, lower_words)
    mentions = _with_dates(nt, spans, tok_spans, words, mentions)
    coref.link_names(mentions)
    if coref.type_by_coordination(mentions, nt):
        coref.link_names(mentions)
    # "Please", "Rival", "Results" opening a sentence: still untyped after coreference
    mentions = [m for m in mentions if not (m.type == OTHER and m.initial and _english(m.words))]
    coref.extend_to_canonical(mentions, words)
    coref.infer_genders(mentions, words)
    for m in mentions:
        if m.extended:
            m.start = tok_spans[m.sentence][m.first][0]
    if wordnet:
        from quizgen.nlp.wordnet_types import type_others

        if type_others(mentions):
            coref.link_names(mentions)

    sentences = []
    for i, span in enumerate(spans):
        a, b = norm.span(span.start, span.end)
        sent = Sentence(i, text[a:b], a, b, span.paragraph)
        for (ta, tb), tag in zip(tok_spans[i], tags[i], strict=True):
            oa, ob = norm.span(ta, tb)
            sent.tokens.append(Token(text[oa:ob], oa, ob, tag))
        sentences.append(sent)
    for m in mentions:
        a, b = norm.span(m.start, m.end)
        sentences[m.sentence].entities.append(
            Entity(
                text=text[a:b],
                start=a,
                end=b,
                type=m.type,
                sentence=m.sentence,
                first_token=m.first,
                last_token=m.last,
                canonical=m.canonical,
                title=m.title,
                gender=m.gender,
            )
        )
    _add_quantities(norm, spans, tok_spans, words, tags, sentences)
    doc = Document(text, title, sentences)
    quotes.attach_quotes(doc, norm)
    return doc


def _mentions(
    nt: str,
    spans: list[segment.Span],
    tok_spans: list[list[tuple[int, int]]],
    words: list[list[str]],
    tags: list[list[str]],
    chunks: list[list[bool]],
    lower_words: frozenset[str],
) -> list[coref.Mention]:
    out: list[coref.Mention] = []
    for si in range(len(spans)):
        ws, ts = words[si], tags[si]
        for c in candidates(ws, ts, chunks[si]):
            names = ws[c.first : c.last + 1]
            if _not_a_name(names, c, lower_words):
                continue
            before = tuple(w.lower() for w in ws[max(0, c.first - 3) : c.first])
            after = tuple(w.lower() for w in ws[c.last + 1 : c.last + 3])
            initial = c.first == 0 or ws[c.first - 1] in ('"', "'", "(", ":", "-")
            ctx = Context(before, after, initial, c.chunked, c.org_hint, _apposition(ws, c.last))
            etype = classify(names, c.title, ctx)
            start = tok_spans[si][c.first][0]
            end = tok_spans[si][c.last][1]
            mention = coref.Mention(si, c.first, c.last, start, end, names, etype, c.title)
            mention.surface = nt[start:end]
            mention.initial = initial
            out.append(mention)
    return out


def _apposition(words: list[str], last: int) -> tuple[str, ...]:
    """Lower-cased words of ", a QC and law professor," right after a name (at most 8)."""
    if last + 1 >= len(words) or words[last + 1] != ",":
        return ()
    out: list[str] = []
    for w in words[last + 2 : last + 10]:
        if w in (",", ".", ";", ":", '"', "(", ")"):
            break
        out.append(w.lower())
    return tuple(out)


def _with_dates(
    nt: str,
    spans: list[segment.Span],
    tok_spans: list[list[tuple[int, int]]],
    words: list[list[str]],
    mentions: list[coref.Mention],
) -> list[coref.Mention]:
    """Add DATE mentions ("17 March 2003", "last week", "in 2004"); a longer date replaces the
    bare month or weekday found as a name, and a date never cuts into another name."""
    out = list(mentions)
    for si, span in enumerate(spans):
        if not tok_spans[si]:
            continue
        starts = [a for a, _ in tok_spans[si]]
        ends = [b for _, b in tok_spans[si]]
        for a, b in date_spans(nt, span.start, span.end):
            first, last = token_range(starts, ends, a, b)
            if starts[first] != a or ends[last] != b:
                continue  # not on token boundaries
            clash = [m for m in out if m.sentence == si and m.first <= last and first <= m.last]
            if any(m.type != DATE or m.first < first or m.last > last for m in clash):
                continue
            for m in clash:
                out.remove(m)
            mention = coref.Mention(si, first, last, a, b, words[si][first : last + 1], DATE)
            mention.surface = nt[a:b]
            out.append(mention)
    out.sort(key=lambda m: (m.sentence, m.first))
    return out


def _english(words: list[str]) -> bool:
    if len(words) != 1:
        return False
    word = words[0]
    english = resources.english_words()
    low = word.lower()
    return low in english or (low.endswith("s") and low[:-1] in english)


def _not_a_name(names: list[str], c: Candidate, lower_words: frozenset[str]) -> bool:
    """Capitalised words that name nothing: "Caravan" (also written in lower case), a lone
    "Government", units, time zones, stray letters, number words."""
    if len(names) != 1 or c.title is not None or c.nationality_split:
        return False
    word = names[0]
    if len(word) == 1 or word in gz.NON_NAMES or words_value(word) is not None:
        return True
    if "-" in word and word.rsplit("-", 1)[1].islower():
        return True  # "Seattle-based", "UK-born"
    if _PARTY_STATE.match(word):
        return True  # "R-Ky", "D-Calif": party and state after a US politician
    if word in gz.ORG_HEADS and word not in gz.ORGANIZATIONS:
        return True
    return word.lower() in lower_words and not word.isupper()


def _add_quantities(
    norm: Normalized,
    spans: list[segment.Span],
    tok_spans: list[list[tuple[int, int]]],
    words: list[list[str]],
    tags: list[list[str]],
    sentences: list[Sentence],
) -> None:
    nt = norm.text
    for si, span in enumerate(spans):
        if not tok_spans[si]:
            continue
        starts = [a for a, _ in tok_spans[si]]
        ends = [b for _, b in tok_spans[si]]
        ent_ends = {e.last_token for e in sentences[si].entities}
        for m in find_numbers(nt[span.start : span.end]):
            start, end = span.start + m.start, span.start + m.end
            first, last = token_range(starts, ends, start, end)
            in_name = first - 1 in ent_ends or any(
                e.first_token <= first <= e.last_token for e in sentences[si].entities
            )
            prev_word = words[si][first - 1] if first > 0 else None
            kind = counted_kind(m, in_name, prev_word)
            phrase = None
            unit = m.unit
            if kind in ("count", "money", "other") and m.unit is None or kind == "count":
                np = noun_phrase(words[si], tags[si], last + 1)
                if np is not None and kind in ("count", "money"):
                    pa, pb = norm.span(tok_spans[si][np[0]][0], tok_spans[si][np[1]][1])
                    phrase = norm.original[pa:pb]
                    if unit is None:
                        unit = words[si][np[1]].lower()
            a, b = norm.span(start, end)
            sentences[si].quantities.append(
                Quantity(
                    text=norm.original[a:b],
                    start=a,
                    end=b,
                    value=m.value,
                    sentence=si,
                    first_token=first,
                    last_token=last,
                    kind=kind,
                    unit=unit,
                    modifier=m.modifier,
                    low=m.low,
                    high=m.high,
                    noun_phrase=phrase,
                )
            )
