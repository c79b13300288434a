"""Entity spans in a tagged sentence: proper-noun runs united with the NE chunker's spans,
then repaired the way news names need (connectors, titles, sentence-initial words)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quizgen.nlp import gazetteers as gz
from quizgen.nlp import resources

_PROPER = frozenset({"NNP", "NNPS"})
# "X of Y" stays one name when X is one of these ("Department of Homeland Security").
_OF_JOINERS = frozenset(
    [
        "Department",
        "Ministry",
        "Bank",
        "University",
        "College",
        "Institute",
        "Museum",
        "Council",
        "Board",
        "Bureau",
        "Office",
        "Court",
        "House",
        "Chamber",
        "Academy",
        "School",
        "Federation",
        "Association",
        "Society",
        "League",
        "Church",
        "Secretary",
        "Lord",
        "Republic",
        "Kingdom",
        "States",
        "Isle",
        "Gulf",
        "Bay",
        "Sea",
        "Duke",
        "Prince",
        "Princess",
        "King",
        "Queen",
        "Cape",
        "Mount",
        "Order",
        "Commonwealth",
        "Organisation",
        "Organization",
        "Union",
        "Assembly",
        "Committee",
        "Commission",
        "Hall",
        "Palace",
        "Tower",
        "Cathedral",
        "Battle",
        "Festival",
        "Chancellor",
        "Minister",
        "Director",
        "Governor",
        "Mayor",
        "Bishop",
        "Archbishop",
        "Archduke",
        "Earl",
        "Marquess",
        "Friends",
        "Sisters",
        "Brothers",
        "Institution",
        "Foundation",
        "Agency",
        "Division",
        "Service",
        "Heart",
        "Chief",
        "Head",
        "Cabinet",
    ]
)
_OPENERS = frozenset({'"', "'", "``", ":", "(", "-", "--", ";", "."})
_ROLE_MODIFIERS = frozenset({"chief", "former", "vice", "deputy", "acting", "general", "managing"})
_ROLE_MODIFIERS |= frozenset({"executive", "senior", "junior", "assistant", "interim", "co"})


@dataclass
class Candidate:
    """An entity mention before typing: token range [first, last], inclusive."""

    first: int
    last: int
    title: str | None = None
    chunked: bool = False
    nationality_split: bool = False
    org_hint: bool = False  # written after "bank", "band", "firm"...


def chunked_tokens(chunker: Any, tagged: list[tuple[str, str]]) -> list[bool]:
    """Which tokens the binary NE chunker puts inside an ``NE`` chunk."""
    marks: list[bool] = []
    for node in chunker.parse(tagged):
        if hasattr(node, "label"):
            marks.extend([True] * len(node))
        else:
            marks.append(False)
    return marks


def _eligible(word: str, tag: str, chunked: bool) -> bool:
    if not word[:1].isupper() and not (word[:1].islower() and any(c.isupper() for c in word)):
        return False  # "eBay", "iPod" are names too
    if word in ("I", "'S", "'s"):
        return False
    if tag in _PROPER or chunked:
        return True
    return word in gz.nationalities() or word in gz.countries()


def candidates(words: list[str], tags: list[str], chunks: list[bool]) -> list[Candidate]:
    """Spans of proper names in one sentence, titles split off into ``Candidate.title``."""
    n = len(words)
    eligible = [_eligible(words[i], tags[i], chunks[i]) for i in range(n)]
    stop = resources.stopwords()
    for i in range(1, n):
        # the tagger calls "Bates" in '...," Bates added' a verb; capitals mid-sentence mark names
        w = words[i]
        if (
            not eligible[i]
            and w[:1].isupper()
            and w.replace("-", "").isalpha()
            and all(part[:1].isupper() for part in w.split("-"))  # not "Seattle-based"
            and w.lower() not in stop
            and words[i - 1] not in _OPENERS
        ):
            eligible[i] = True
    runs: list[list[int]] = []
    i = 0
    while i < n:
        if not eligible[i]:
            i += 1
            continue
        start = i
        while True:
            while i + 1 < n and eligible[i + 1]:
                i += 1
            joined = _connector(words, eligible, start, i)
            if joined is None:
                break
            i = joined
        runs.append([start, i])
        i += 1
    out: list[Candidate] = []
    for start, end in runs:
        for a, b in _split_run(words, start, end):
            out.extend(_repair(words, tags, chunks, a, b))
    return out


def _split_run(words: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run at capitalised function words ("VOTE Was Greer") and after a leading month
    ("March Lord Goldsmith"); keep connectors the run was joined by."""
    stop = resources.stopwords()
    pieces: list[tuple[int, int]] = []
    a = start
    for k in range(start, end + 1):
        w = words[k]
        if w[:1].isupper() and w.lower() in stop and k > start:
            if k - 1 >= a:
                pieces.append((a, k - 1))
            a = k + 1
        elif k == a and w in gz.MONTH_NAMES and k < end:
            pieces.append((k, k))
            a = k + 1
    if a <= end:
        pieces.append((a, end))
    return pieces


def _connector(words: list[str], eligible: list[bool], start: int, end: int) -> int | None:
    """The new end when a connector joins the run ``start..end`` to the next run, else None."""
    n = len(words)
    j = end + 1
    if j + 1 >= n:
        return None
    w = words[j]
    if w == "&" and eligible[j + 1]:
        return j + 1
    k = j
    while k < n and words[k] in gz.NAME_PARTICLES:
        k += 1  # "Ursula von der Leyen", "Leonardo da Vinci"
    if k > j and k < n and eligible[k] and words[start] in resources.first_names():
        return k
    if w in ("of", "for") and words[end] in _OF_JOINERS:
        if eligible[j + 1] and words[j + 1] not in gz.MONTH_NAMES:
            return j + 1
        if j + 2 < n and words[j + 1] == "the" and eligible[j + 2]:
            return j + 2
    return None


def _repair(
    words: list[str], tags: list[str], chunks: list[bool], start: int, end: int
) -> list[Candidate]:
    stop = resources.stopwords()
    # sentence-initial function words the chunker likes to include: "But Trump", "The BBC"
    while start <= end and words[start].lower() in stop:
        start += 1
    while end >= start and (words[end].lower() in stop or words[end] in ("'s", "'")):
        end -= 1
    if start > end:
        return []
    while end > start and words[end] in gz.POST_NOMINALS:
        end -= 1
    if (
        end == start
        and end + 1 < len(words)
        and words[end + 1].isdigit()
        and len(words[end + 1]) <= 4
        and words[end].rstrip(".") not in gz.MONTH_NAMES
        and words[end] not in gz.countries()
        and not (end + 2 < len(words) and tags[end + 2] in ("NNS", "NNPS"))
    ):
        end += 1  # "Andre 3000", "Number 10", "Maroon 5": the number is part of the name
    chunked = any(chunks[start : end + 1])
    names = words[start : end + 1]
    out: list[Candidate] = []
    org_headed = len(names) >= 2 and names[-1] in gz.ORG_HEADS
    # "Mexican President Enrique Pena Nieto": the nationality is an entity of its own
    for width in (2, 1):
        prefix = " ".join(names[:width])
        if (
            len(names) > width
            and not org_headed
            and (prefix in gz.nationalities() or prefix in gz.countries())
            and names[width] in gz.TITLE_HEADS
        ):
            out.append(Candidate(start, start + width - 1, None, chunked, True))
            start += width
            names = names[width:]
            break
    title = None
    if not org_headed:
        if all(w in gz.TITLE_HEADS for w in names):
            return out  # a bare title ("the President", "the Attorney General")
        # the last role word followed by a name: "Senate Majority Leader | Chuck Schumer",
        # "Bank of England Governor | Mark Carney", "Attorney General Lord | Goldsmith"
        last_role = -1
        for k in range(len(names) - 2, -1, -1):
            if names[k] in gz.ROLE_WORDS and _person_like(names[k + 1 :]):
                last_role = k
                break
        if last_role >= 0:
            title = " ".join(names[: last_role + 1])
            start += last_role + 1
            names = names[last_role + 1 :]
    if title is None:
        title = _role_before(words, start)
    org_hint = start > 0 and words[start - 1] in gz.ORG_ROLE_NOUNS
    out.append(Candidate(start, end, title, chunked, False, org_hint))
    return out


def _person_like(names: list[str]) -> bool:
    """What may follow a title: one to four capitalised words, none a title or body word."""
    if not 1 <= len(names) <= 4:
        return False
    for w in names:
        if not w[:1].isupper() or w in gz.ROLE_WORDS or w in gz.ORG_HEADS:
            return False
        if w in gz.OUTLET_HEADS or w in gz.EVENT_WORDS:
            return False
    return True


def _role_before(words: list[str], start: int) -> str | None:
    """A lower-case role written just before a name: "chief executive Richard Parsons"."""
    k = start - 1
    if k < 0 or words[k].lower() not in gz.ROLE_NOUNS or words[k] in gz.TITLE_HEADS:
        return None
    first = k
    while first - 1 >= 0 and words[first - 1].lower() in _ROLE_MODIFIERS:
        first -= 1
    return " ".join(words[first:start])
