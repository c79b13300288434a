"""Multiple-choice questions about the article's names: who said, who reported, which country.

Each maker returns a prompt only when the sentence's shape makes the rewrite safe
(a name right before its verb, "was reported by X", a quote with its speaker);
anything else becomes a fill-in-the-blank sentence.
"""

from __future__ import annotations

import re

from quizgen.generate import type_lists
from quizgen.generate.candidates import MULTIPLE_CHOICE, Candidate
from quizgen.generate.distractors import acronym
from quizgen.generate.text import (
    BLANK,
    VERB_TAGS,
    balanced_quotes,
    clause_for,
    contains_word,
    finish,
    inside_quote,
    resolve_leading_pronoun,
    split_attribution,
    starts_with_pronoun,
    tokens_between,
    word_count,
)
from quizgen.generate.type_lists import MONTHS
from quizgen.nlp import document as d
from quizgen.nlp.document import Document, Entity, Sentence

ASKABLE = frozenset(
    {d.PERSON, d.ORGANIZATION, d.NEWSPAPER, d.COUNTRY, d.NATIONALITY, d.STATE, d.CITY}
)
WH_BY_TYPE = {
    d.PERSON: "Who",
    d.NEWSPAPER: "Which news organisation",
    d.ORGANIZATION: "Which organisation",
    d.COUNTRY: "Which country",
    d.CITY: "Which city",
    d.STATE: "Which state",
}
IRREGULAR_PAST = {
    "written": "wrote", "taken": "took", "given": "gave", "made": "made", "won": "won",
    "bought": "bought", "led": "led", "beaten": "beat", "chosen": "chose", "sold": "sold",
    "held": "held", "seen": "saw", "known": "knew", "brought": "brought", "caught": "caught",
    "told": "told", "found": "found", "done": "did", "shown": "showed", "drawn": "drew",
    "driven": "drove", "broken": "broke", "spoken": "spoke", "struck": "struck", "hit": "hit",
    "run": "ran", "sent": "sent", "built": "built", "paid": "paid", "lost": "lost",
    "met": "met", "left": "left", "brought in": "brought in", "overtaken": "overtook",
    "eaten": "ate", "stolen": "stole", "begun": "began", "sung": "sang", "hurt": "hurt",
    "put": "put", "set": "set", "cut": "cut", "shot": "shot", "kept": "kept", "named": "named",
}  # fmt: skip
BE_PAST = frozenset({"was", "were", "been"})
# Capitalised common nouns that name no one in particular ("the Government of Mexico").
GENERIC_NAMES = frozenset(
    [
        "government",
        "president",
        "minister",
        "department",
        "parliament",
        "court",
        "police",
        "army",
        "navy",
        "council",
        "committee",
        "company",
        "group",
        "party",
        "ministry",
        "state",
        "city",
        "please",
        "administration",
        "team",
        "club",
        "board",
        "bank",
        "office",
        "republic",
        "federal",
        "national",
    ]
)
MAX_QUOTE_WORDS = 25
MIN_QUOTE_WORDS = 5


ROLE_WH = {
    "band": "Which band", "group": "Which group", "duo": "Which duo", "trio": "Which band",
    "bank": "Which bank", "company": "Which company", "firm": "Which company",
    "giant": "Which company", "maker": "Which company", "manufacturer": "Which company",
    "retailer": "Which company", "carrier": "Which company", "operator": "Which company",
    "airline": "Which airline", "party": "Which party", "club": "Which club",
    "team": "Which team", "side": "Which team", "newspaper": "Which newspaper",
    "paper": "Which newspaper", "university": "Which university", "charity": "Which charity",
    "broadcaster": "Which broadcaster", "channel": "Which channel", "studio": "Which studio",
    "agency": "Which agency", "regulator": "Which regulator", "watchdog": "Which watchdog",
}  # fmt: skip


def wh_word(doc: Document, entity: Entity) -> str | None:
    """ "Who" for people; for organisations the article's own word for them when it has one
    ("UK rock band Muse" -> "Which band", "bank Standard Chartered" -> "Which bank")."""
    if entity.type != d.ORGANIZATION:
        return WH_BY_TYPE.get(entity.type)

    votes = _role_votes(doc).get(_squashed_name(entity), {})
    if votes:
        return max(sorted(votes), key=lambda w: votes[w])
    name = (entity.canonical or entity.text).removesuffix("'s").removesuffix("'")
    if type_lists.is_party(name):
        return ROLE_WH["party"]
    head = name.split()[-1].casefold() if len(name.split()) > 1 else ""
    if head in ROLE_WH and head not in {"group", "side", "giant", "paper"}:
        return ROLE_WH[head]  # "Korea First Bank" -> "Which bank"
    return WH_BY_TYPE[d.ORGANIZATION]


def _squashed_name(e: Entity) -> str:
    return "".join(ch for ch in (e.canonical or e.text).casefold() if ch.isalnum())


_ROLE_CACHE: list = [None, {}]  # the last document seen and its role votes


def _role_votes(doc: Document) -> dict[str, dict[str, int]]:
    """For each organisation (by squashed name) the Wh-phrases its role nouns suggest."""
    if _ROLE_CACHE[0] is doc:
        return _ROLE_CACHE[1]
    votes: dict[str, dict[str, int]] = {}
    for sentence in doc.sentences:
        for other in sentence.entities:
            if other.first_token == 0:
                continue
            before = sentence.tokens[other.first_token - 1]
            word = before.text.lower()
            if before.pos in {"NN", "NNS", "JJ"} and word in ROLE_WH:
                mine = votes.setdefault(_squashed_name(other), {})
                mine[ROLE_WH[word]] = mine.get(ROLE_WH[word], 0) + 1
    _ROLE_CACHE[:] = [doc, votes]
    return votes


def key_name(entity: Entity, doc: Document) -> str:
    """The name as this mention writes it, without a title or a leading 'the'."""
    text = doc.text[entity.start : entity.end]
    if entity.title and text.startswith(entity.title + " "):
        text = text[len(entity.title) + 1 :]
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = re.sub(r"['’]s$", "", text)
    return text.strip()


def _key_span(entity: Entity, doc: Document) -> tuple[int, int]:
    name = key_name(entity, doc)
    text = doc.text[entity.start : entity.end]
    offset = text.find(name)
    start = entity.start + max(0, offset)
    return start, start + len(name)


def is_surname_mention(entity: Entity, name: str) -> bool:
    return (
        entity.type == d.PERSON
        and " " in (entity.canonical or "")
        and name != entity.canonical
        and entity.canonical.endswith(name)
    )


def coordinated(sentence: Sentence, entity: Entity) -> list[Entity]:
    """Entities joined to ``entity`` by 'and', 'or' or commas: also true of the same fact."""
    out = []
    tokens = sentence.tokens
    for other in sentence.entities:
        if other is entity or other.type != entity.type:
            continue
        a, b = (entity, other) if entity.last_token < other.first_token else (other, entity)
        between = [t.text.lower() for t in tokens[a.last_token + 1 : b.first_token]]
        if between and all(w in {"and", "or", ",", "&", "nor", "the"} for w in between):
            out.append(other)
    return out


def _base(entity: Entity, doc: Document, sentence: Sentence, form: str) -> dict:
    name = key_name(entity, doc)
    start, end = _key_span(entity, doc)
    forbidden = [name, entity.canonical or name]
    forbidden += [w for w in (entity.canonical or name).split() if len(w) >= 4 and w[:1].isupper()]
    return {
        "kind": MULTIPLE_CHOICE,
        "answer": name,
        "sentence": sentence.index,
        "key_start": start,
        "key_end": end,
        "form": form,
        "fact": f"m:{sentence.index}:{(entity.canonical or name).casefold()}",
        "key_type": entity.type,
        "forbidden": forbidden,
    }


def mc_candidates(doc: Document, sentence: Sentence) -> list[tuple[Candidate, Entity]]:
    out: list[tuple[Candidate, Entity]] = []
    for entity in sentence.entities:
        name = key_name(entity, doc)
        month = entity.type == d.DATE and name in MONTHS  # "begin in ____" (March)
        if (entity.type not in ASKABLE and not month) or not name:
            continue
        if name.casefold() in GENERIC_NAMES:
            continue
        if inside_quote(sentence, entity.start, entity.end):
            continue
        before = doc.text[entity.start - 1 : entity.start] if entity.start else ""
        after = doc.text[entity.end : entity.end + 1]
        if before.isalnum() or (after.isalnum() and after != "s"):
            continue  # a name inside a word ("3GSM")
        made = _subject_wh(doc, sentence, entity) or _passive_by(doc, sentence, entity)
        if made is not None:
            out.append((made, entity))
        cloze = _cloze(doc, sentence, entity)
        if cloze is not None:
            out.append((cloze, entity))
    for quote in sentence.quotes:
        made_quote = _quote(doc, sentence, quote)
        if made_quote is not None:
            out.append(made_quote)
    return out


def _subject_wh(doc: Document, sentence: Sentence, entity: Entity) -> Candidate | None:
    wh = wh_word(doc, entity)
    if wh is None:
        return None
    tokens = sentence.tokens
    lo, hi = clause_for(sentence, entity.start, entity.end)
    before = tokens[lo : entity.first_token]
    if len(before) > 4 or any(
        not (t.pos in {"NNP", "NNPS", "JJ", "NN"} or t.text in {"The", "the"}) for t in before
    ):
        return None  # only a title may precede the name ("Council leader"), not "If"
    verb = entity.last_token + 1
    while verb <= hi and tokens[verb].pos == "RB":
        verb += 1
    if verb > hi or tokens[verb].pos not in VERB_TAGS:
        return None
    if tokens[entity.last_token + 1].text in {"'s", "’s", "'"}:
        return None
    rest = doc.text[tokens[entity.last_token + 1].start : tokens[hi].end]
    if tokens[verb].pos == "VBP" or tokens[verb].text.lower() == "were":
        # "The Tories say ..." / "Muse were named ...": the Wh-word takes a singular verb
        v = tokens[verb]
        offset = v.start - tokens[entity.last_token + 1].start
        rest = rest[:offset] + singular(v.text) + rest[offset + len(v.text) :]
    rest, attribution = split_attribution(rest)
    if attribution and contains_word(attribution, key_name(entity, doc)):
        return None
    if not balanced_quotes(rest) or word_count(rest) < 3:
        return None
    prompt = f"{wh} {rest}" + (f", according to {attribution}" if attribution else "")
    return Candidate(prompt=finish(prompt, "?"), **_base(entity, doc, sentence, "wh"))


SINGULAR = {"are": "is", "were": "was", "have": "has", "do": "does", "go": "goes", "'re": "is"}


def singular(verb: str) -> str:
    """Third person singular of a plural present verb ("say" -> "says", "have" -> "has")."""
    low = verb.lower()
    if low in SINGULAR:
        return SINGULAR[low]
    if low.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _past(participle: str) -> str | None:
    word = participle.lower()
    if word in IRREGULAR_PAST:
        return IRREGULAR_PAST[word]
    if word.endswith("ed"):
        return word
    return None


def _passive_by(doc: Document, sentence: Sentence, entity: Entity) -> Candidate | None:
    """ "The larger deployment was first reported by the Wall Street Journal." ->
    "Which news organisation first reported the larger deployment?" """
    wh = wh_word(doc, entity)
    if wh is None:
        return None
    tokens = sentence.tokens
    j = entity.first_token - 1
    if j >= 0 and tokens[j].pos == "DT":
        j -= 1
    if j < 2 or tokens[j].text.lower() != "by":
        return None
    participle = j - 1
    if tokens[participle].pos != "VBN":
        return None
    past = _past(tokens[participle].text)
    if past is None:
        return None
    k = participle - 1
    adverbs = []
    while k >= 0 and tokens[k].pos == "RB":
        adverbs.insert(0, tokens[k].text)
        k -= 1
    if k < 1 or tokens[k].text.lower() not in BE_PAST:
        return None
    aux = k
    if tokens[aux].text.lower() == "been" and aux >= 1:
        aux -= 1  # has/had been
    lo, hi = clause_for(sentence, entity.start, entity.end)
    if aux <= lo:
        return None
    subject_tokens = tokens[lo:aux]
    if subject_tokens[0].pos in {"PRP", "IN"} or any(
        t.text in {",", "-", "–", "—"} or t.pos in {"WDT", "WP"} for t in subject_tokens
    ):
        return None  # "... album - which was won by Usher": no subject to ask about
    nxt = entity.last_token + 1
    name_end = doc.text[entity.end : entity.end + 2]
    possessive = doc.text[entity.start : entity.end].endswith(("'s", "’s")) or name_end in {
        "'s",
        "’s",
    }
    if possessive or (nxt < len(tokens) and tokens[nxt].pos in {"NN", "NNS", "POS"}):
        return None  # "by Greer's decision": the name is not the agent
    subject = doc.text[subject_tokens[0].start : subject_tokens[-1].end]
    if subject_tokens[0].pos not in {"NNP", "NNPS"}:
        subject = subject[0].lower() + subject[1:]
    tail = (
        doc.text[tokens[entity.last_token].end : tokens[hi].end] if entity.last_token < hi else ""
    )
    if not balanced_quotes(subject + tail):
        return None
    prompt = finish(" ".join([wh, *adverbs, past, subject]) + tail, "?")
    return Candidate(prompt=prompt, **_base(entity, doc, sentence, "passive"))


def _cloze(doc: Document, sentence: Sentence, entity: Entity) -> Candidate | None:
    tokens = sentence.tokens
    start, end = _key_span(entity, doc)
    lo, hi = clause_for(sentence, start, end)
    c_start, c_end = tokens[lo].start, tokens[hi].end
    if not (c_start <= start and end <= c_end):
        return None
    after = doc.text[end:c_end]
    m = re.match(r"\s*(?:\(([^()]{2,60})\)|[-–—]\s([^-–—]{2,60})\s[-–—])", after)
    if m:
        inner = (m.group(1) or m.group(2)).strip()
        key = key_name(entity, doc)
        short, long_ = inner.casefold(), acronym(key)
        if (len(short) >= 2 and long_.endswith(short)) or acronym(inner) == key.casefold():
            # "the ____ (SEC)", "____ - Really Simple Syndication - listeners"
            after = ("," if m.group(2) else "") + after[m.end() :]
    text = doc.text[c_start:start] + BLANK + after
    if tokens_between(sentence, c_start, start) == [] and start == c_start:
        pass  # the blank opens the sentence: fine ("____ said ...")
    else:
        resolved = resolve_leading_pronoun(doc, sentence, lo, text)
        if resolved is None:
            return None
        text, antecedent = resolved
        if antecedent is not None and antecedent.canonical == entity.canonical:
            return None
    if starts_with_pronoun(text) or not balanced_quotes(text):
        return None
    cand = Candidate(prompt=finish(text, "."), **_base(entity, doc, sentence, "cloze"))
    nxt = entity.last_token + 1
    if (
        entity.type != d.NATIONALITY
        and nxt < len(tokens)
        and tokens[nxt].pos in {"NN", "NNS"}
        and tokens[nxt].start == end + 1
    ):
        cand.tags.append("modifier")  # "____ officials": guessable, weaker
    return cand


def _quote(doc: Document, sentence: Sentence, quote) -> tuple[Candidate, Entity] | None:
    """'"On the border, we are preparing ...," Mattis said.' -> 'Who said: "On the border, ..."?'"""
    speaker = quote.speaker
    if speaker is None or speaker.type not in {d.PERSON, d.ORGANIZATION, d.NEWSPAPER}:
        return None
    if speaker.sentence != sentence.index:
        return None  # the name must be in the evidence sentence
    words = quote.text.split()
    text = quote.text.strip()
    if len(words) > MAX_QUOTE_WORDS:
        m = re.match(r"(.+?[.!?])\s", text)
        if not m or not (MIN_QUOTE_WORDS <= len(m.group(1).split()) <= MAX_QUOTE_WORDS):
            return None
        text = m.group(1)
    if len(text.split()) < MIN_QUOTE_WORDS:
        return None
    text = text.rstrip(" ,.")
    if not text[:1].isupper():
        return None  # a fragment ("political negotiation of this kind") reads badly alone
    name = key_name(speaker, doc)
    if any(
        w.casefold() in text.casefold()
        for w in [name, *(speaker.canonical or "").split()]
        if len(w) > 3
    ):
        return None
    wh = wh_word(doc, speaker) or "Who"
    verb = (quote.verb or "said").lower()
    if verb not in {"said", "told", "tweeted", "added", "wrote", "warned", "explained", "says"}:
        verb = "said"
    if verb == "says":
        verb = "said"
    prompt = f'{wh} {verb}: "{text}"?'
    base = _base(speaker, doc, sentence, "quote")
    return Candidate(prompt=prompt, **base), speaker


__all__ = ["coordinated", "is_surname_mention", "key_name", "mc_candidates", "starts_with_pronoun"]
