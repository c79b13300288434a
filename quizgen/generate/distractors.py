"""Three wrong options of the key's type: the article's other entities first, then WordNet
co-instances, then built-in lists. Never a variant of the key, never another true answer."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from functools import cache

from quizgen.generate import type_lists, wordnet_groups
from quizgen.generate.text import contains_word
from quizgen.nlp import document as d
from quizgen.nlp.document import Document, Entity

SIGNIFICANT = 4
GENERIC = frozenset(
    [
        "government",
        "president",
        "minister",
        "department",
        "parliament",
        "court",
        "police",
        "army",
        "general",
        "street",
        "attorney",
        "secretary",
        "chancellor",
        "commons",
        "lords",
        "house",
        "please",
    ]
)  # words this long or longer shared with the key make a variant


@cache
def _significant_words(name: str) -> set[str]:
    return {
        w.casefold().strip(".'’") for w in name.replace("-", " ").split() if len(w) >= SIGNIFICANT
    }


ALIASES = (
    frozenset({"us", "usa", "united states", "united states of america", "america", "u.s."}),
    frozenset({"uk", "britain", "great britain", "united kingdom", "england"}),
    frozenset({"eu", "european union", "europe"}),
    frozenset({"un", "united nations"}),
    frozenset({"russia", "russian federation"}),
    frozenset({"number 10", "no 10", "downing street", "number ten"}),
    frozenset({"tories", "tory", "conservatives", "conservative party", "conservative"}),
    frozenset({"labour", "labour party"}),
    frozenset({"lib dems", "liberal democrats", "liberal democrat"}),
    frozenset({"holland", "netherlands"}),
)
MINOR_WORDS = frozenset({"of", "the", "and", "for", "&", "in", "on"})


@cache
def _squashed(name: str) -> str:
    return "".join(ch for ch in name if ch.isalnum())


@cache
def acronym(name: str) -> str:
    """ "Department of Homeland Security" -> "dhs"."""
    return "".join(
        w[0] for w in name.replace("-", " ").split() if w.lower() not in MINOR_WORDS
    ).casefold()


def spelling_variant(a: str, b: str) -> bool:
    """Two longer names one edit apart (two for long names) are one name spelt two ways
    ("Anastasia" ~ "Anastacia"), while "Austria" and "Australia" stay two places."""
    a, b = _squashed(a), _squashed(b)
    shorter = min(len(a), len(b))
    if shorter < 5:
        return False
    return edit_distance(a, b, limit=2) <= (1 if shorter < 10 else 2)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def is_variant(option: str, key_names: Iterable[str]) -> bool:
    """Same, contained, an acronym or alias of, or sharing a significant word with a key name
    ("Time Warner" ~ "Warner Bros", "DHS" ~ "Department of Homeland Security", "US" ~ "America")."""
    opt = option.casefold().strip().removeprefix("the ")
    opt_words = _significant_words(option)
    for key in key_names:
        k = key.casefold().strip().removeprefix("the ")
        if not k:
            continue
        if opt == k or opt in k or k in opt:
            return True
        if _squashed(opt) == _squashed(k):
            return True  # "TimeWarner" ~ "Time Warner", "E-Bay" ~ "eBay"
        if spelling_variant(opt, k):
            return True  # articles misspell names: "Anastasia" ~ "Anastacia"
        if opt_words & _significant_words(key):
            return True
        if (" " not in opt and len(opt) >= 2 and acronym(key) == opt) or (
            " " not in k and len(k) >= 2 and acronym(option) == k
        ):
            return True
        if any(opt in group and k in group for group in ALIASES):
            return True
    return False


def surname(name: str) -> str:
    """ "Donald Trump" -> "Trump", "Enrique Peña Nieto" -> "Peña Nieto" (drop known first names)."""
    from quizgen.nlp import resources

    parts = name.split()
    if len(parts) < 2:
        return name
    firsts = resources.first_names()
    i = 0
    while i < len(parts) - 1 and (parts[i] in firsts or len(parts[i].rstrip(".")) <= 1):
        i += 1
    if i == 0:
        i = len(parts) - 1
    return " ".join(parts[i:])


def article_pool(doc: Document, key_type: str, exclude: Sequence[Entity]) -> list[str]:
    """Canonical names of the article's entities of ``key_type``, most mentioned first."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    excluded = {e.canonical.casefold() for e in exclude}
    for ent in doc.entities:
        if ent.type != key_type:
            continue
        name = ent.canonical or ent.text
        if ent.title and name.startswith(ent.title + " "):
            name = name[len(ent.title) + 1 :]
        if name.casefold() in excluded or name.casefold() in GENERIC or len(name) < 2:
            continue
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, ent.start)
    return sorted(counts, key=lambda n: (-counts[n], first[n]))


# Which WordNet groups make fair distractors for each type (the rest are too loose: the
# 661 instances of "city", or "residence" for the White House).
WORDNET_GROUP_WORDS: dict[str, tuple[str, ...]] = {
    d.COUNTRY: ("country",),
    d.STATE: ("state", "province", "county"),
    d.CITY: ("capital",),
    d.PLACE: ("country", "capital", "state", "river", "mountain", "island", "sea", "ocean"),
    d.ORGANIZATION: (
        "company", "corporation", "agency", "party", "organization", "engine", "bank",
        "firm", "network", "union", "university", "league", "manufacturer", "airline",
    ),
    d.NEWSPAPER: ("newspaper", "agency", "network"),
}  # fmt: skip


# How many options the built-in list may supply: it is too generic for people and
# organisations ("Amnesty International" next to a band).
BUILTIN_MAX = {d.PERSON: 2, d.ORGANIZATION: 0}


def wordnet_pool(key: str, key_type: str) -> list[str]:
    if key_type == d.NATIONALITY:
        country = wordnet_groups.country_of_adjective(key)
        if country is None:
            return []
        out = []
        for other in wordnet_groups.co_instances(country):
            adjective = wordnet_groups.adjective_of(other)
            if adjective:
                out.append(adjective)
        return out
    words = WORDNET_GROUP_WORDS.get(key_type)
    if words is None:
        return []
    return wordnet_groups.co_instances(key, words)


def choose_distractors(
    doc: Document,
    key: str,
    key_entity: Entity | None,
    key_type: str,
    rng: random.Random,
    *,
    also_true: Sequence[Entity] = (),
    prompt: str = "",
    as_surnames: bool = False,
) -> tuple[list[str], int] | None:
    """Three distractors and the lowest tier used (0 article, 1 WordNet, 2 built-in), or None."""
    key_names = [key]
    if key_entity is not None:
        key_names += [key_entity.canonical, key_entity.text]
    exclude = [key_entity, *also_true] if key_entity is not None else list(also_true)
    builtin = list(type_lists.builtin(key_type, key))
    tiers = [article_pool(doc, key_type, exclude), wordnet_pool(key, key_type), builtin]
    if key_type == d.DATE:
        tiers[0] = [n for n in tiers[0] if n in builtin]  # months among months, not "last week"
    group = type_lists.group_of(key)
    if group:
        tiers.insert(1, list(group))  # England, Scotland, Wales, Northern Ireland
    if key_type == d.ORGANIZATION and type_lists.is_party(key):
        tiers[0] = [n for n in tiers[0] if type_lists.is_party(n)]  # parties among parties
    if key_type == d.CITY:
        tiers[1], tiers[-1] = tiers[-1], tiers[1]  # well-known cities before WordNet's
    chosen: list[str] = []
    spares: list[str] = []  # usable but not chosen, outside the built-in list
    worst = 0
    from_builtin = 0
    for tier_index, pool in enumerate(tiers):
        usable = []
        for name in pool:
            option = surname(name) if as_surnames else name
            if is_variant(option, key_names) or any(is_variant(option, [c]) for c in chosen):
                continue
            if any(is_variant(option, [e.canonical, e.text]) for e in also_true):
                continue
            if prompt and contains_word(prompt, option):
                continue  # an option printed in the stem is an obvious non-answer
            if option not in usable:
                usable.append(option)
        if tier_index == 0:
            # the article's most prominent names are the plausible ones; among them, prefer
            # lengths like the key's so that length does not point at the answer
            top = usable[:6]
            picks = sorted(top, key=lambda o: (_length_gap(o, key), top.index(o)))
        else:
            rng.shuffle(usable)
            picks = usable
        for option in picks:
            if len(chosen) == 3:
                break
            if all(not is_variant(option, [c]) for c in chosen):
                chosen.append(option)
                worst = tier_index
                from_builtin += tier_index == len(tiers) - 1
        if tier_index < len(tiers) - 1:
            spares += [o for o in picks if o not in chosen]
        if len(chosen) == 3:
            break
    if len(chosen) < 3:
        return None
    if from_builtin > BUILTIN_MAX.get(key_type, 3):
        return None  # a banker among Putin and Beckham, a band among Nato: the key stands out
    return _balance_length(chosen, spares, key, rng), worst


def _balance_length(
    chosen: list[str], spares: list[str], key: str, rng: random.Random
) -> list[str]:
    """Make the key the longest option about one time in four, as chance would: a key that is
    always (or never) the longest is a tell for a test-wise student."""
    want_longest = rng.random() < 0.25
    if all(len(key) > len(c) for c in chosen) == want_longest:
        return chosen
    out = list(chosen)
    usable = [s for s in spares if s not in out]
    if want_longest:
        for i, option in enumerate(out):
            if len(option) < len(key):
                continue
            shorter = [
                s for s in usable if len(s) < len(key) and not any(is_variant(s, [o]) for o in out)
            ]
            if not shorter:
                return chosen
            out[i] = shorter[0]
            usable.remove(shorter[0])
        return out
    longer = [
        s for s in usable if len(s) >= len(key) and not any(is_variant(s, [o]) for o in out[:2])
    ]
    if longer:
        out[2] = longer[0]  # the least prominent pick makes way
    return out


def _length_gap(option: str, key: str) -> float:
    import math

    return round(abs(math.log((len(option) + 3) / (len(key) + 3))), 1)


def shuffle_choices(key: str, distractors: list[str], seed: int, question_id: str) -> list[str]:
    """Seeded order so the key's position, like its length, tells nothing."""
    choices = [key, *distractors]
    random.Random(f"{seed}:{question_id}").shuffle(choices)
    return choices
