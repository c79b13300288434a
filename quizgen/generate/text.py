"""Sentence surgery shared by the question makers: clauses, blanks, pronouns, punctuation."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizgen.nlp.coref import resolve_pronoun
from quizgen.nlp.document import Document, Entity, Sentence, Token

BLANK = "____"

PRONOUNS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "me",
        "his",
        "its",
        "their",
        "our",
        "my",
        "your",
        "hers",
        "theirs",
        "this",
        "these",
        "those",
        "that",
        "there",
    ]
)
SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they"])
POSSESSIVE_PRONOUNS = frozenset(["his", "her", "its", "their"])
LEADING_CONJUNCTIONS = frozenset(
    [
        "but",
        "and",
        "so",
        "yet",
        "while",
        "although",
        "though",
        "whereas",
        "however",
        "meanwhile",
        "also",
    ]
)
CLAUSE_STARTERS = frozenset(["but", "while", "although", "though", "whereas", "so", "yet"])
VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
ANY_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})
OPEN_QUOTES = "\"“‘'"
QUOTE_CHARS = '"“”'


def words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def word_count(text: str) -> int:
    return len(words(text))


def squash(text: str) -> str:
    """One line, single spaces, no space before punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([,.;:?!])", r"\1", text)


def capitalise(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch not in OPEN_QUOTES + "([":
            return text
    return text


def balanced_quotes(text: str) -> bool:
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def tokens_between(sentence: Sentence, start: int, end: int) -> list[int]:
    """Indices of the tokens overlapping ``start:end``."""
    return [i for i, t in enumerate(sentence.tokens) if t.start < end and t.end > start]


def _is_boundary(tokens: list[Token], i: int) -> bool:
    """May a clause start at token ``i``? Only at boundaries that reliably start a new clause."""
    if i <= 0 or i >= len(tokens):
        return False
    prev, tok = tokens[i - 1], tokens[i]
    if prev.text in {";", "—", "–"} or (prev.text == "-" and tok.start > prev.end):
        return True
    if prev.text == ",":
        word = tok.text.lower()
        if word in CLAUSE_STARTERS:
            return True
        if word == "and" and i + 1 < len(tokens) and tokens[i + 1].pos in {"DT", "PRP", "PRP$"}:
            # ", and the combined force would be ...": a second main clause with its own verb
            return any(t.pos in VERB_TAGS for t in tokens[i + 1 : i + 8])
    return False


def clause_bounds(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Token range [first, last] of the clause holding ``start:end``; whole sentence if unsure."""
    tokens = sentence.tokens
    inside = tokens_between(sentence, start, end)
    if not inside:
        return 0, len(tokens) - 1
    first, last = inside[0], inside[-1]
    lo = 0
    for i in range(first, 0, -1):
        if _is_boundary(tokens, i):
            lo = i
            break
    hi = len(tokens) - 1
    for i in range(last + 1, len(tokens)):
        if _is_boundary(tokens, i):
            hi = i - 1
            break
    # drop a trailing comma/dash left by the cut
    while hi > lo and tokens[hi].text in {",", "-", "—", "–", ";"}:
        hi -= 1
    clause = tokens[lo : hi + 1]
    has_verb = any(t.pos in ANY_VERB_TAGS for t in clause)
    first = clause[0] if clause else None
    while first is not None and first.text.lower() in LEADING_CONJUNCTIONS and len(clause) > 1:
        clause = clause[1:]
        first = clause[0]
    starts_with_verb = first is not None and first.pos in ANY_VERB_TAGS | {"WDT", "WP"}
    if lo > 0 and first is not None and first.pos in {"IN", "TO"}:
        starts_with_verb = True  # "- before Bates' arrival but ...": a tail, not a clause
    if len(clause) < 6 or not has_verb or starts_with_verb:
        return 0, len(tokens) - 1
    return lo, hi


def strip_leading_conjunction(sentence: Sentence, lo: int, hi: int) -> int:
    """Drop "But", "And", "Rather," and the like from the start of a clause."""
    tokens = sentence.tokens
    while lo < hi:
        word = tokens[lo].text.lower()
        if (
            word in LEADING_CONJUNCTIONS
            or tokens[lo].pos == "RB"
            and lo + 1 < hi
            and tokens[lo + 1].text == ","
        ):
            lo += 1
        else:
            break
        if lo < hi and tokens[lo].text == ",":
            lo += 1
    return lo


def doc_free_text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def finish(text: str, mark: str) -> str:
    """Squash, capitalise, and end with ``mark`` ('.' for clozes, '?' for questions)."""
    text = squash(text)
    text = text.rstrip(" ,;:-—–")
    if mark == "?":
        text = text.rstrip(".!?")
        if text.endswith(('"', "”", "’")) and len(text) > 1 and text[-2] in ".,!?":
            text = text[:-2] + text[-1]
        text = text.rstrip(" ,") + "?"
    elif not text.endswith((".", "!", "?", '."', ".”", '!"', '?"')):
        if text.endswith(('"', "”")) and len(text) > 1 and text[-2] == ",":
            text = text[:-2] + text[-1]
        text += "."
    return capitalise(text)


def starts_with_pronoun(text: str) -> bool:
    """The first word, the blank skipped (readers, and lint, see "____ their rivalry")."""
    first = [w for w in words(text) if w.strip("_")][:1]
    return bool(first) and first[0].lower().strip("'’") in PRONOUNS


def possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


Resolver = Callable[[Document, int, int], Entity | None]


def resolve_leading_pronoun(
    doc: Document, sentence: Sentence, lo: int, text: str, resolver: Resolver = resolve_pronoun
) -> tuple[str, Entity | None] | None:
    """Replace a pronoun at the start of ``text`` (token ``lo``) by its antecedent's name.

    Returns (new text, entity) or None when the pronoun cannot be resolved. Text that
    does not start with a pronoun comes back unchanged with entity None.
    """
    tokens = sentence.tokens
    if lo >= len(tokens):
        return text, None
    # skip an opening quote mark token
    first = lo
    while first < len(tokens) and tokens[first].text in {'"', "``", "“", "'"}:
        first += 1
    if first >= len(tokens):
        return text, None
    word = tokens[first].text.lower()
    if word not in PRONOUNS:
        return text, None
    if word not in SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS:
        return None
    if word == "it" and _expletive_it(tokens, first):
        return None
    try:
        entity = resolver(doc, sentence.index, first)
    except Exception:  # noqa: BLE001  a resolver bug must not stop the generator: drop it
        return None
    if entity is None or _ambiguous(doc, sentence, entity):
        return None
    name = entity.canonical or entity.text
    replacement = possessive(name) if word in POSSESSIVE_PRONOUNS else name
    tok = tokens[first]
    offset = tok.start - tokens[lo].start
    lead = text[:offset]
    rest = text[offset + (tok.end - tok.start) :]
    return lead + replacement + rest, entity


def _ambiguous(doc: Document, sentence: Sentence, entity: Entity) -> bool:
    """Is the antecedent one of several of its kind in the previous sentence, and not the
    first (its subject)? ("Usher ... beat Timberlake, Nelly and Robbie Williams. He had four
    nominations": "he" is Usher; naming anyone else would put a false fact in the prompt.)"""
    if sentence.index == 0:
        return False
    previous = doc.sentences[sentence.index - 1]
    same = [e for e in previous.entities if e.type == entity.type]
    names = list(dict.fromkeys((e.canonical or e.text) for e in same))
    return len(names) > 1 and names[0] != (entity.canonical or entity.text)


def _expletive_it(tokens: list[Token], i: int) -> bool:
    """ "It was not clear why ...": an 'it' that refers to nothing."""
    nxt = [t.text.lower() for t in tokens[i + 1 : i + 5]]
    return (
        bool(nxt)
        and nxt[0] in {"is", "was", "has", "had", "will", "would", "seems", "'s"}
        and (
            any(
                w
                in {
                    "clear",
                    "unclear",
                    "likely",
                    "possible",
                    "thought",
                    "understood",
                    "expected",
                    "believed",
                    "time",
                    "hard",
                    "difficult",
                    "important",
                    "reported",
                    "said",
                }
                for w in nxt
            )
        )
    )


_WORD_CHARS = re.compile(r"\w+")


def _word_line(text: str) -> str:
    return " " + " ".join(_WORD_CHARS.findall(text.casefold())) + " "


def contains_word(haystack: str, needle: str) -> bool:
    """Case-insensitive whole-word containment ("US" is not in "USA", "Trump" is in "Trump's")."""
    words = _word_line(needle)
    return words.strip() != "" and words in _word_line(haystack)


def inside_quote(sentence: Sentence, start: int, end: int) -> bool:
    """Inside direct speech, by the pipeline's quotes or, failing that, by counting marks."""
    if any(q.start <= start and end <= q.end for q in sentence.quotes):
        return True
    before = sentence.text[: max(0, start - sentence.start)]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


EMBEDDING_WORDS = frozenset({"why", "that", "how"})


def skip_expletive_it(sentence: Sentence, lo: int, hi: int) -> int | None:
    """ "It was not immediately clear why the scale had increased ..." -> the clause after 'why'.

    Returns the token where the embedded clause starts, or None when ``lo`` is not an
    expletive 'it' followed by such a clause."""
    tokens = sentence.tokens
    if lo > hi or tokens[lo].text.lower() != "it" or not _expletive_it(tokens, lo):
        return None
    for i in range(lo + 1, min(hi, lo + 8)):
        if tokens[i].text.lower() in EMBEDDING_WORDS and tokens[i].pos in {"WRB", "IN", "WDT"}:
            rest = tokens[i + 1 : hi + 1]
            if len(rest) >= 5 and any(t.pos in VERB_TAGS for t in rest):
                return i + 1
            return None
    return None


# a cut after one of these would leave its clause unfinished ("says that though it works")
OPEN_CLAUSE_WORDS = frozenset(
    ["though", "although", "if", "because", "unless", "whether", "since", "while"]
)
CUT_BEFORE_WORDS = frozenset({"if", "as", "because", "while", "after", "before", "when", "unless"})
NP_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "PRP", "RB", "''"})


def trim_long(sentence: Sentence, lo: int, hi: int, limit: int = 22) -> int:
    """Cut a long clause where a trailing modifier starts (", confident that ...", "if ...").

    Only after a noun phrase has ended, never inside a list of adjectives ("a smaller,
    separate group"), and only when what is kept still has its main verb."""
    tokens = sentence.tokens
    if hi - lo + 1 <= limit:
        return hi
    for i in range(lo + 8, hi):
        tok, prev, nxt = tokens[i], tokens[i - 1], tokens[i + 1]
        cut = None
        if tok.text == "," and prev.pos in NP_END_TAGS and nxt.pos != "JJ":
            if nxt.text not in QUOTE_CHARS + "'`":
                cut = i - 1
        elif tok.text.lower() in CUT_BEFORE_WORDS and tok.pos == "IN" and prev.pos in NP_END_TAGS:
            cut = i - 1
        if cut is not None:
            head = tokens[lo : cut + 1]
            open_clause = any(t.text.lower() in OPEN_CLAUSE_WORDS for t in head[1:])
            if balanced_quotes(doc_free_text(head)) and _has_main_verb(head) and not open_clause:
                return cut
    return hi


SUBORDINATORS = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "if",
        "because",
        "although",
        "though",
        "when",
        "while",
        "whether",
        "unless",
        "after",
        "before",
        "until",
        "since",
        "once",
    ]
)


def _has_main_verb(tokens: list[Token]) -> bool:
    """A finite verb before any subordinator, and not a participle right after a comma:
    "The group, which X estimate" and "the Awards, held in Edinburgh" have none."""
    for i, t in enumerate(tokens):
        if t.pos in {"WDT", "WP"} or t.text.lower() in SUBORDINATORS:
            return False
        if t.pos in VERB_TAGS and not (i > 0 and tokens[i - 1].text == ","):
            return True
    return False


def clause_for(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The tokens [lo, hi] worth quoting around ``start:end``: its clause, without a leading
    conjunction or expletive 'it ... why', and without a long trailing modifier."""
    lo, hi = clause_bounds(sentence, start, end)
    lo = strip_leading_conjunction(sentence, lo, hi)
    inner = skip_expletive_it(sentence, lo, hi)
    if inner is not None and sentence.tokens[inner].start <= start:
        lo = inner
    trimmed = trim_long(sentence, lo, hi)
    if sentence.tokens[trimmed].end >= end:
        hi = trimmed
    return lo, hi


ATTRIBUTION_RE = re.compile(
    r",\s*((?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*|(?:[a-z]+\s){0,3}[a-z]+)\s+"
    r"(?:said|says|say|added|told reporters|claimed)\s*[.]?$"
)


def split_attribution(text: str) -> tuple[str, str | None]:
    """ "..., Greer said" -> ("...", "Greer"): a trailing speech tag becomes "according to"."""
    m = ATTRIBUTION_RE.search(text.rstrip())
    if m is None:
        return text, None
    who = m.group(1)
    if who.split()[0].lower() in PRONOUNS:
        return text[: m.start()], None
    return text[: m.start()], who


SPEAKER_WORDS = frozenset(
    ["i", "we", "my", "our", "us", "me", "you", "your", "i'm", "we're", "i've", "we've"]
)


def speaker_voice(prompt: str) -> bool:
    """First or second person outside quotation marks: someone's speech without its marks
    ("In the last four months I never saw any cheques"), unclear out of context."""
    bare = re.sub(r'"[^"]*"|“[^”]*”', " ", prompt)
    return any(
        w.lower() in SPEAKER_WORDS and not (len(w) > 1 and w.isupper())  # "US" is a country
        for w in re.findall(r"[A-Za-z']+", bare)
    )
