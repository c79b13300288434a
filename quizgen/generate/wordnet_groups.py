"""WordNet co-instances (Honduras -> Guatemala, El Salvador, ...) as a small shipped table.

Loading WordNet costs 2-3 s, more than the whole generation of an article, so the
groups we need for distractors are extracted once from WordNet into
``quizgen/data/wordnet_groups.json`` (regenerate with
``python -m quizgen.generate.wordnet_groups``) and read from there in milliseconds.
People are left out: WordNet's people are historical figures, poor distractors in news.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from quizgen.nlp.wordnet_types import TABLE, shipped_table


def _name(lemma_name: str) -> str:
    return lemma_name.replace("_", " ")


def build_table(wn: Any) -> dict[str, Any]:
    """Every non-person instance group of WordNet, plus country <-> nationality adjectives."""
    person = wn.synset("person.n.01")
    deity = wn.synset("spiritual_being.n.01")
    groups: dict[str, list[str]] = {}
    member_of: dict[str, set[str]] = {}
    adjective: dict[str, str] = {}
    for synset in wn.all_synsets("n"):
        for hyper in synset.instance_hypernyms():
            closure = set(hyper.closure(lambda s: s.hypernyms())) | {hyper}
            if person in closure or deity in closure:
                continue
            key = hyper.name().split(".")[0]
            name = _name(synset.lemmas()[0].name())
            groups.setdefault(key, [])
            if name not in groups[key]:
                groups[key].append(name)
            for lemma in synset.lemmas():
                member_of.setdefault(_name(lemma.name()).casefold(), set()).add(key)
            for lemma in synset.lemmas():
                for related in lemma.derivationally_related_forms():
                    if related.synset().pos() in "as" and related.name()[:1].isupper():
                        adjective.setdefault(name, _name(related.name()))
    for synset in wn.all_synsets("a"):
        for lemma in synset.lemmas():
            for noun in lemma.pertainyms():
                if lemma.name()[:1].isupper() and noun.name()[:1].isupper():
                    adjective.setdefault(
                        _name(noun.synset().lemmas()[0].name()), _name(lemma.name())
                    )
    return {
        "groups": {k: sorted(v) for k, v in sorted(groups.items()) if 2 <= len(v)},
        "member_of": {k: sorted(v) for k, v in sorted(member_of.items())},
        "adjective": dict(sorted(adjective.items())),
    }


@cache
def table() -> dict[str, Any]:
    data = shipped_table()
    nouns = {adj.casefold(): noun for noun, adj in data["adjective"].items()}
    return {**data, "noun_of_adjective": nouns}


def co_instances(name: str, group_words: tuple[str, ...] = ()) -> list[str]:
    """Other instances of the groups ``name`` belongs to, smallest (most similar) group first.

    ``group_words`` keeps only groups whose WordNet name contains one of them ("country"),
    so that Wales (a "principality") does not bring Monaco."""
    data = table()
    keys = data["member_of"].get(name.casefold(), [])
    if group_words:
        keys = [k for k in keys if any(w in k for w in group_words)]
    groups = sorted((data["groups"].get(k, []) for k in keys), key=len)
    out: list[str] = []
    for members in groups:
        for member in members:
            if member.casefold() != name.casefold() and member not in out:
                out.append(member)
    return out


def adjective_of(country: str) -> str | None:
    return table()["adjective"].get(country)


def country_of_adjective(adjective: str) -> str | None:
    return table()["noun_of_adjective"].get(adjective.casefold())


def main() -> None:
    from quizgen.nlp import resources as nlp_resources

    data = build_table(nlp_resources.wordnet())
    target = resources.files("quizgen.data").joinpath(TABLE)
    with open(str(target), "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        handle.write("\n")
    print(f"wrote {target}: {len(data['groups'])} groups, {len(data['member_of'])} names")


if __name__ == "__main__":
    main()
