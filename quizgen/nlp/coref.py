"""Which mentions name the same thing, and who a pronoun stands for.

Names: "Trump" after "Donald Trump" gets the canonical "Donald Trump" and its type; "Homeland
Security" inside "Department of Homeland Security" and acronyms ("DHS") likewise. Pronouns:
the most recent compatible entity, so the generator can resolve or drop a leading "he".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from quizgen.nlp import gazetteers as gz
from quizgen.nlp import resources
from quizgen.nlp.document import (
    CITY,
    COUNTRY,
    EVENT,
    NEWSPAPER,
    ORGANIZATION,
    OTHER,
    PERSON,
    PLACE,
    STATE,
    Document,
    Entity,
    Sentence,
)

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
_ORGLIKE = frozenset({ORGANIZATION, NEWSPAPER, EVENT})
_WEAK = frozenset({OTHER, PLACE})
_SKIP_INITIALS = frozenset({"of", "the", "and", "&", "for", "de", "in", "on"})
_LOOKBACK_SENTENCES = 4


@dataclass
class Mention:
    """A typed mention in the making (mutable while coreference settles it)."""

    sentence: int
    first: int
    last: int
    start: int
    end: int
    words: list[str]
    type: str
    title: str | None = None
    canonical: str = ""
    gender: str | None = None
    surface: str = ""  # the mention as written (normalised text)
    extended: int = 0  # tokens added on the left by extend_to_canonical
    initial: bool = False  # opens its sentence (or a quote)

    @property
    def name(self) -> str:
        return " ".join(self.words)


def gender_of(first_word: str, title: str | None) -> str | None:
    """Gender from an honorific title, else from the names corpus when the name is unambiguous."""
    if title:
        head = title.split()[0]
        if head in gz.HONORIFICS_MALE or title.split()[-1] in gz.HONORIFICS_MALE:
            return "male"
        if head in gz.HONORIFICS_FEMALE or title.split()[-1] in gz.HONORIFICS_FEMALE:
            return "female"
    male = first_word in resources.male_names()
    female = first_word in resources.female_names()
    if male and not female:
        return "male"
    if female and not male:
        return "female"
    return None


def extend_to_canonical(mentions: list[Mention], words: list[list[str]]) -> None:
    """ "Street" whose canonical is "Downing Street" and whose sentence reads "Downing Street"
    (the tagger missed a sentence-initial word) becomes the whole name."""
    for m in mentions:
        canon = m.canonical.split()
        k = len(m.words)
        extra = len(canon) - k
        if extra <= 0 or canon[extra:] != m.words or m.first < extra:
            continue
        if words[m.sentence][m.first - extra : m.first] == canon[:extra]:
            m.first -= extra
            m.words = canon
            m.extended = extra


_COORDINATION = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?$")
_LISTABLE = frozenset({PERSON, ORGANIZATION, NEWSPAPER, COUNTRY, CITY, STATE})


def type_by_coordination(mentions: list[Mention], text: str) -> bool:
    """Names listed together share a type: "Justin Timberlake, Jay-Z, Nelly and Robbie
    Williams" makes Jay-Z and Nelly people. Only untyped names without digits change."""
    changed = False
    groups: list[list[Mention]] = []
    for m in mentions:
        prev = groups[-1][-1] if groups else None
        if (
            prev is not None
            and prev.sentence == m.sentence
            and prev.end <= m.start
            and _COORDINATION.match(text[prev.end : m.start])
        ):
            groups[-1].append(m)
        else:
            groups.append([m])
    for group in groups:
        types = {m.type for m in group if m.type != OTHER}
        if len(group) < 3 or len(types) != 1 or not types <= _LISTABLE:
            continue
        (etype,) = types
        for m in group:
            if m.type == OTHER and not any(c.isdigit() for c in m.name):
                m.type = etype
                changed = True
    return changed


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _SKIP_INITIALS and w[:1].isupper())


def link_names(mentions: list[Mention]) -> None:
    """Give every mention its canonical name and settle types across mentions (in place)."""
    for m in mentions:
        m.canonical = m.surface or m.name
    people = _PeopleIndex([m for m in mentions if m.type == PERSON and len(m.words) >= 2])
    orgs = _OrgIndex([m for m in mentions if m.type in _ORGLIKE and len(m.words) >= 2])
    for m in mentions:
        if m.type == PERSON and len(m.words) >= 2:
            continue
        full = people.find(m)
        retypable = m.type in _WEAK or m.type in (ORGANIZATION, PERSON)
        if full is not None and retypable and m.name not in gz.ORGANIZATIONS:
            m.type = PERSON
            m.canonical = full.canonical
            m.title = m.title or full.title
            continue
        longer, acronym = orgs.find(m)
        if m.name in gz.ORGANIZATIONS and not acronym:
            continue  # "MTV" stays itself inside "MTV Europe Music Awards"
        if longer is not None and (
            acronym or m.type in _WEAK or (len(m.words) >= 2 and m.type != COUNTRY)
        ):
            m.type = longer.type
            m.canonical = longer.canonical
    _unify_repeats(mentions)
    _set_genders(mentions)


class _PeopleIndex:
    """Full person names by their last words ("Trump", "Pena Nieto") and first name."""

    def __init__(self, people: list[Mention]) -> None:
        self.by_tail: dict[tuple[str, ...], list[Mention]] = {}
        self.by_first: dict[str, list[Mention]] = {}
        for p in people:
            for k in range(1, len(p.words)):
                self.by_tail.setdefault(tuple(p.words[-k:]), []).append(p)
            self.by_first.setdefault(p.words[0], []).append(p)

    def find(self, m: Mention) -> Mention | None:
        """The full name ending with ``m``'s words, the nearest one before it first."""
        matches = self.by_tail.get(tuple(m.words), [])
        if not matches and len(m.words) == 1 and m.words[0] in resources.first_names():
            matches = self.by_first.get(m.words[0], [])  # "Ken" after "Ken Bates"
        if not matches:
            return None
        i = bisect_left([p.start for p in matches], m.start)
        return matches[i - 1] if i > 0 else matches[0]


class _OrgIndex:
    """Longer organisation names by initials and by every run of their words."""

    def __init__(self, orgs: list[Mention]) -> None:
        self.by_initials: dict[str, Mention] = {}
        self.by_part: dict[tuple[str, ...], Mention] = {}
        for o in orgs:
            ini = _initials(o.words)
            self.by_initials.setdefault(ini, o)
            self.by_initials.setdefault(ini[1:], o)  # "US Securities Exchange Commission": SEC
            n = len(o.words)
            for k in range(1, min(n, 5)):
                for s in range(n - k + 1):
                    self.by_part.setdefault(tuple(o.words[s : s + k]), o)

    def find(self, m: Mention) -> tuple[Mention | None, bool]:
        """The longer name ``m`` abbreviates, and whether it does so by initials."""
        words = m.words
        if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
            o = self.by_initials.get(words[0])
            if o is not None and len(o.words) > 1:
                return o, True
        if len(words) == 1 and (words[0] in gz.countries() or words[0] in gz.ORG_HEADS):
            return None, False
        o = self.by_part.get(tuple(words))
        if o is not None and len(o.words) > len(words):
            return o, False
        return None, False


def _unify_repeats(mentions: list[Mention]) -> None:
    """The same name typed differently in different sentences is one thing: the type most of
    its mentions got wins ("TimeWarner said" looked like a person once, a company elsewhere)."""
    by_name: dict[str, Counter[str]] = {}
    for m in mentions:
        by_name.setdefault(m.name, Counter())[m.type] += 1
    for m in mentions:
        types = by_name[m.name]
        typed = [(t, n) for t, n in types.most_common() if t != OTHER]
        if not typed:
            continue
        best, count = typed[0]
        outvoted = m.type != best and count * 2 > sum(n for _, n in typed)
        if (m.type == OTHER or outvoted) and not (m.title and m.type == PERSON):
            m.type = best


def _set_genders(mentions: list[Mention]) -> None:
    """An honorific anywhere ("Mr Sands") beats the names corpus ("Philippe" is listed as both)."""
    by_title: dict[str, str] = {}
    for m in mentions:
        if m.type == PERSON and m.title:
            g = gender_of("", m.title)
            if g:
                by_title.setdefault(m.canonical, g)
    for m in mentions:
        if m.type == PERSON:
            m.gender = by_title.get(m.canonical) or gender_of(m.canonical.split()[0], None)
        else:
            m.gender = None


def infer_genders(mentions: list[Mention], words: list[list[str]]) -> None:
    """Gender for names the corpus and titles leave open, from the pronouns that follow them
    before any other person is named ("Claxton ... she crossed the line"); unanimous only."""
    votes: dict[str, set[str]] = {}
    people = [m for m in mentions if m.type == PERSON]
    for i, m in enumerate(people):
        if m.gender is not None:
            continue
        nxt = people[i + 1] if i + 1 < len(people) else None
        sentence = words[m.sentence]
        stop = nxt.first if nxt is not None and nxt.sentence == m.sentence else len(sentence)
        after = sentence[m.last + 1 : stop]
        if '"' in after:
            after = after[: after.index('"')]  # a pronoun in a quote is the speaker's business
            stop = -1
        found = [pronoun_kind(w) for w in after]
        following = m.sentence + 1
        free = nxt is None or nxt.sentence != following or nxt.first > 1
        if stop == len(sentence) and following < len(words) and free:
            found += [pronoun_kind(w) for w in words[following][:2] if w != '"']
        for kind in found:
            if kind in ("male", "female"):
                votes.setdefault(m.canonical, set()).add(kind)
                break
    for m in people:
        if m.gender is None and len(votes.get(m.canonical, ())) == 1:
            (m.gender,) = votes[m.canonical]


def pronoun_kind(word: str) -> str | None:
    w = word.lower()
    if w in MALE_PRONOUNS:
        return "male"
    if w in FEMALE_PRONOUNS:
        return "female"
    if w in THING_PRONOUNS:
        return "thing"
    if w in GROUP_PRONOUNS:
        return "group"
    return None


def resolve_pronoun(doc: Document, sentence_index: int, token_index: int) -> Entity | None:
    """The entity a pronoun at (sentence, token) most likely stands for, or None.

    he/she: the most recent PERSON of compatible gender within a few sentences, preferring in
    earlier sentences a subject (a name opening the sentence or followed by a verb) and names
    outside quotes; it/they: the most recent organisation or country in this or the previous
    sentence (a common noun is just as likely, so farther back is not trusted).
    """
    sentence = doc.sentences[sentence_index]
    if not 0 <= token_index < len(sentence.tokens):
        return None
    kind = pronoun_kind(sentence.tokens[token_index].text)
    if kind is None:
        return None
    person = kind in ("male", "female")
    reach = _LOOKBACK_SENTENCES if person else 1
    for si in range(sentence_index, max(-1, sentence_index - reach - 1), -1):
        here = doc.sentences[si]
        ents = here.entities
        if si == sentence_index:
            ents = [e for e in ents if e.last_token < token_index]
        if person:
            fits = [e for e in ents if e.type == PERSON and e.gender in (None, kind)]
            fits = [e for e in fits if e.gender == kind] or fits
        else:
            # only a subject: in "1450km from US territory, so its arrival", "its" is not the US
            fits = [
                e
                for e in ents
                if e.type in (ORGANIZATION, NEWSPAPER, COUNTRY) and _subject_like(here, e)
            ]
        pronoun_quoted = si == sentence_index and _quoted_at(
            doc, si, here.tokens[token_index].start
        )
        if not pronoun_quoted:
            fits = [e for e in fits if not _quoted_at(doc, si, e.start)]
        subjects = [e for e in fits if _subject_like(here, e)]
        if si == sentence_index:
            if subjects:
                return subjects[-1]
            # "He has been called the Ed Sullivan of podcasting which, he says, ...": the
            # sentence's own subject pronoun decides
            for k in range(min(2, token_index)):
                if pronoun_kind(here.tokens[k].text) == kind:
                    return resolve_pronoun(doc, si, k)
            if fits:
                return fits[-1]
            continue
        if fits:
            return (subjects or fits)[-1]
    return None


def _quoted_at(doc: Document, si: int, offset: int) -> bool:
    """Inside a quote, which may have opened a few sentences earlier."""
    for s in doc.sentences[max(0, si - 3) : si + 1]:
        if any(q.start <= offset < q.end for q in s.quotes):
            return True
    return False


def _subject_like(sentence: Sentence, e: Entity) -> bool:
    """A name opening its sentence or followed by a verb ("Mattis said", "Bates added"), and
    not a modifier of a noun ("US territory", "Pentagon officials")."""
    tokens = sentence.tokens
    nxt = e.last_token + 1
    if nxt < len(tokens) and tokens[nxt].pos.startswith(("NN", "JJ", "CD")):
        return False
    if e.first_token <= 1:
        return True
    return nxt < len(tokens) and tokens[nxt].pos.startswith(("VB", "MD"))
