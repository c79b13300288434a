"""Article text -> Bank: analyse, make candidates, rank, select, and write them as questions."""

from __future__ import annotations

import hashlib
import logging
import random
import re
from collections.abc import Sequence

from quizgen.bank.model import Bank, Evidence, Question, Source
from quizgen.errors import InputError
from quizgen.generate import ranking
from quizgen.generate.candidates import KINDS, MULTIPLE_CHOICE, NUMERIC, Candidate
from quizgen.generate.distractors import choose_distractors, shuffle_choices
from quizgen.generate.ids import question_id, unique_ids
from quizgen.generate.multiple_choice import coordinated, is_surname_mention, mc_candidates
from quizgen.generate.numeric import numeric_candidates
from quizgen.generate.select import select
from quizgen.nlp.document import PERSON, Document, Entity, Sentence
from quizgen.nlp.markdown import is_markdown, plain_text, widen_to_markup
from quizgen.nlp.markdown import title_of as markdown_title

log = logging.getLogger(__name__)

DEFAULT_MAX_QUESTIONS = 20
THIN_TYPES = frozenset({"PERSON", "ORGANIZATION"})
# What a question is about, for teachers filtering a bank and for item analysis by topic.
TAG_BY_TYPE = {
    "PERSON": "people",
    "ORGANIZATION": "organisations",
    "NEWSPAPER": "organisations",
    "COUNTRY": "places",
    "STATE": "places",
    "CITY": "places",
    "PLACE": "places",
    "NATIONALITY": "places",
    "DATE": "dates",
    "count": "numbers",
    "money": "money",
    "percent": "percentages",
    "distance": "measures",
    "measure": "measures",
    "duration": "time",
    "multiplier": "numbers",
    "age": "numbers",
    "other": "numbers",
}
DEFAULT_TIME_LIMIT = 30
MAX_ARTICLE_CHARS = 1_000_000  # ~150,000 words: far beyond any news article
TITLE_MAX = 100


def check_kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    out = []
    for kind in kinds:
        k = kind.strip().lower().replace("-", "_")
        if k in {"mc", "choice", "multiple"}:
            k = MULTIPLE_CHOICE
        if k not in KINDS:
            raise InputError(
                f"unknown question kind '{kind}'; choose from {', '.join(KINDS)}", exit_code=2
            )
        if k not in out:
            out.append(k)
    if not out:
        raise InputError("no question kinds given", exit_code=2)
    return tuple(out)


def _title(doc: Document) -> str:
    if doc.title and doc.title.strip():
        return " ".join(doc.title.split())
    first = doc.sentences[0].text if doc.sentences else doc.text
    first = " ".join(first.split())
    if len(first) > TITLE_MAX:
        first = first[:TITLE_MAX].rsplit(" ", 1)[0] + "…"
    return first or "Untitled article"


def _is_headline(doc: Document, sentence: Sentence) -> bool:
    return bool(doc.title) and sentence.text.strip() == doc.title.strip()


def _usable_evidence(doc: Document, sentence: Sentence) -> bool:
    """A whole sentence: starts with a capital (or a quote/digit), ends with . ! ? or a quote.

    Scraped articles lose words (links) and leave fragments such as "delivered a powerful
    performance ..."; questions built on them read as broken."""
    text = sentence.text.strip()
    if _is_headline(doc, sentence) or not sentence.tokens or len(text) < 20:
        return False
    first = next((ch for ch in text if ch.isalnum()), "")
    if not first or first.islower():
        return False
    if re.search(r"\n\s*\n|&#?\w+;", text):
        return False  # spans a paragraph break, or carries HTML entities ("pr&#233;cis")
    if text.rstrip("\"'”’)").endswith("?"):
        return False  # the article's own (rhetorical) questions state no fact
    return text.rstrip("\"'”’)")[-1:] in ".!" or text[-1:] in '"”’'


def _inside_long_quotes(doc: Document) -> set[int]:
    """Sentences that open inside a quotation begun in an earlier sentence
    ('"We have a lot of hard work ahead. If Ken wants to give them up that is up to him.').

    News text does not always close a quote (a quote running over paragraphs reopens each
    one), so the state resets at every line and at every sentence that opens a quote."""
    out: set[int] = set()
    quote_open = False
    previous_end = 0
    for sentence in doc.sentences:
        if "\n" in doc.text[previous_end : sentence.start]:
            quote_open = False
        previous_end = sentence.end
        text = sentence.text.strip()
        marks = sum(text.count(ch) for ch in '"“”')
        opens = text[:1] in '"“'
        if quote_open and not opens:
            out.add(sentence.index)
        if opens:
            quote_open = marks % 2 == 1
        elif marks % 2 == 1:
            # a mark closes an open quote; unopened, one at the very end closes a quote the
            # text never opened, anything else opens one
            quote_open = False if quote_open else not text.endswith(('"', "”"))
    return out


def _mc_finish(
    doc: Document, cand: Candidate, entity: Entity, sentence: Sentence, seed: int
) -> Candidate | None:
    """Give an MC candidate its options, or None when three good distractors cannot be found."""
    rng = random.Random(f"{seed}:{cand.fact}:{cand.form}")
    also_true = coordinated(sentence, entity)
    picked = choose_distractors(
        doc,
        cand.answer,
        entity,
        entity.type,
        rng,
        also_true=also_true,
        prompt=cand.prompt,
        # "Trump" (or a one-name "Bez") among surnames, "Donald Trump" among full names
        as_surnames=is_surname_mention(entity, cand.answer)
        or (entity.type == PERSON and " " not in cand.answer),
    )
    if picked is None:
        return None
    distractors, tier = picked
    cand.choices = [cand.answer, *distractors]
    cand.score = ranking.score(cand, tier)
    return cand


def _sentence_candidates(
    doc: Document, sentence: Sentence, kinds: Sequence[str], spoken: bool
) -> tuple[list[Candidate], list[tuple[Candidate, Entity]]]:
    """The sentence's askable candidates, scored. In the middle of a quotation running over
    several sentences, "him" and "them" belong to the speaker: only quote questions there."""
    numeric: list[Candidate] = []
    if NUMERIC in kinds and not spoken:
        for cand in numeric_candidates(doc, sentence):
            cand.score = ranking.score(cand)
            if ranking.rejection(cand) is None:
                numeric.append(cand)
    choice: list[tuple[Candidate, Entity]] = []
    if MULTIPLE_CHOICE in kinds:
        for cand, entity in mc_candidates(doc, sentence):
            if (spoken and cand.form != "quote") or ranking.rejection(cand) is not None:
                continue
            cand.score = ranking.score(cand)
            choice.append((cand, entity))
    return numeric, choice


def candidates_for(
    doc: Document, kinds: Sequence[str]
) -> tuple[list[Candidate], dict[int, tuple[Entity, Sentence]]]:
    """Every askable candidate, and for MC ones the entity they ask about (by ``id``)."""
    out: list[Candidate] = []
    entities: dict[int, tuple[Entity, Sentence]] = {}
    names_by_type: dict[str, set[str]] = {}
    for ent in doc.entities:
        names_by_type.setdefault(ent.type, set()).add((ent.canonical or ent.text).casefold())
    spoken = _inside_long_quotes(doc)
    for sentence in doc.sentences:
        if not _usable_evidence(doc, sentence):
            continue
        try:
            numeric, choice = _sentence_candidates(doc, sentence, kinds, sentence.index in spoken)
        except (IndexError, ValueError, KeyError) as exc:
            # An inconsistent span from the NLP (offsets outside the sentence) must cost one
            # sentence, not the whole bank; the log names it for a bug report.
            log.warning("sentence %d skipped: %s: %s", sentence.index, type(exc).__name__, exc)
            continue
        out.extend(numeric)
        for cand, entity in choice:
            if len(names_by_type.get(entity.type, ())) < 4 and entity.type in THIN_TYPES:
                # too few others of its kind in the article: the distractors would come
                # from the built-in list and look random next to the key
                cand.score -= 0.6
            entities[id(cand)] = (entity, sentence)
            out.append(cand)
    return out, entities


def _question(c: Candidate, qid: str, doc: Document, seed: int) -> Question:
    sentence = doc.sentences[c.sentence]
    q = Question(
        id=qid,
        kind=c.kind,
        prompt=c.prompt,
        answer=c.answer,
        evidence=Evidence(text=sentence.text, start=sentence.start, end=sentence.end),
    )
    if c.kind == MULTIPLE_CHOICE:
        q.choices = shuffle_choices(c.answer, list(c.choices or [])[1:], seed, qid)
    else:
        q.tolerance = c.tolerance if c.tolerance is not None else 0
        q.unit = c.unit
        if c.answer_text:
            q.extra["answer_text"] = c.answer_text
    tag = TAG_BY_TYPE.get(c.key_type or "")
    q.tags = [tag] if tag else None
    return q


def build_questions(
    doc: Document, *, seed: int = 0, max_questions: int | None = None, kinds: Sequence[str] = KINDS
) -> list[Question]:
    kinds = check_kinds(kinds)
    limit = DEFAULT_MAX_QUESTIONS if max_questions is None else max_questions
    if limit <= 0:
        return []
    pool, entities = candidates_for(doc, kinds)

    def finalize(c: Candidate) -> bool:
        if c.kind != MULTIPLE_CHOICE:
            return True
        entity, sentence = entities[id(c)]
        return _mc_finish(doc, c, entity, sentence, seed) is not None and (
            ranking.rejection(c) is None
        )

    chosen = select(pool, kinds, limit, len(doc.sentences), finalize)
    ids = unique_ids([question_id(c.kind, str(c.answer), c.key_start) for c in chosen])
    return [_question(c, qid, doc, seed) for c, qid in zip(chosen, ids, strict=True)]


def _quote_original(q: Question, original: str, plain: str) -> None:
    """Evidence quotes the article as written, markup included, so it stays verbatim."""
    assert q.evidence is not None
    start, end = widen_to_markup(original, plain, q.evidence.start, q.evidence.end)
    q.evidence = Evidence(text=original[start:end], start=start, end=end)


def generate_bank(
    text: str,
    *,
    source_path: str | None = None,
    source_bytes: bytes | None = None,
    seed: int = 0,
    max_questions: int | None = None,
    kinds: Sequence[str] = KINDS,
    title: str | None = None,
) -> Bank:
    """Make a quiz bank from an article's text. Deterministic for a given text and seed.

    Raises :class:`InputError` for text with nothing to analyse (empty, too large).
    A text with no usable facts gives a bank with no questions; callers decide whether
    that is an error (``quizgen generate`` refuses to write it).
    """
    from quizgen import __version__
    from quizgen.nlp.pipeline import analyse

    label = source_path or "<text>"
    kinds = check_kinds(kinds)
    if not text.strip():
        raise InputError(f"{label}: empty article, nothing to ask about")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{label}: {len(text):,} characters is far longer than a news article "
            f"(limit {MAX_ARTICLE_CHARS:,}); split it into articles first"
        )
    markdown = is_markdown(source_path, text)
    analysed = plain_text(text) if markdown else text
    doc = analyse(analysed)
    questions = build_questions(doc, seed=seed, max_questions=max_questions, kinds=kinds)
    if markdown:
        for q in questions:
            _quote_original(q, text, analysed)
    raw = source_bytes if source_bytes is not None else text.encode("utf-8")
    source = Source(
        path=source_path,
        sha256=hashlib.sha256(raw).hexdigest(),
        words=len(re.findall(r"\S+", analysed)),
    )
    return Bank(
        title=title or (markdown and markdown_title(text)) or _title(doc),
        questions=questions,
        source=source,
        generator={"name": "quizgen", "version": __version__, "seed": seed},
        defaults={"time_limit": DEFAULT_TIME_LIMIT},
    )
