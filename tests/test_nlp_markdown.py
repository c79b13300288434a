"""Markdown articles: markup never reaches a prompt, evidence stays verbatim."""

from __future__ import annotations

import pytest

from quizgen.generate import generate_bank
from quizgen.nlp.markdown import is_markdown, plain_text, title_of, widen_to_markup

from .conftest import SEED


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("President **Donald Trump** said", "President   Donald Trump   said"),
        ("the *caravan* moved", "the  caravan  moved"),
        ("one [DHS official](https://www.dhs.gov) said", "one  DHS official" + " " * 23 + "said"),
        ("- 5000 soldiers\n- 2000 troops", "  5000 soldiers\n  2000 troops"),
        ("> Quoted line", "  Quoted line"),
        ("## The caravan\nText.", "              \nText."),
        ("an `inline` word", "an  inline  word"),
        ("a ![photo](a.jpg) here", "a                 here"),
        ("snake_case_name and 5 * 3", "snake_case_name and 5 * 3"),
        ("---\ntitle: x\n---\nBody.", "   \n        \n   \nBody."),
    ],
)
def test_markup_becomes_spaces_of_the_same_length(markdown: str, plain: str) -> None:
    out = plain_text(markdown)
    assert out == plain
    assert len(out) == len(markdown)


def test_title_is_the_first_heading() -> None:
    assert title_of("Intro line\n\n# US to send *troops* to Mexico border\n\n## Later\n") == (
        "US to send troops to Mexico border"
    )
    assert title_of("Setext title\n============\n\nBody.") == "Setext title"
    assert title_of("No heading here.") is None


def test_detection_by_suffix_then_by_content() -> None:
    assert is_markdown("article.md", "plain words")
    assert not is_markdown("article.txt", "# looks like a heading")
    assert is_markdown(None, "# Heading\n\nBody text.")
    assert is_markdown("-", "See [the report](https://example.org) today.")
    assert not is_markdown(None, "Trump said 5 * 3 is not a caravan.")


def test_evidence_span_grows_over_glued_markup() -> None:
    original = "- **Trump** said so.\n"
    plain = plain_text(original)
    start = plain.index("Trump")
    end = plain.index(".") + 1
    assert widen_to_markup(original, plain, start, end) == (2, len("- **Trump** said so."))


def test_markdown_article_gives_clean_prompts_and_verbatim_evidence() -> None:
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    article = "# US to send troops to Mexico border\n\n*By a staff reporter*\n\n"
    article += paragraphs[0].replace("President Donald Trump", "President **Donald Trump**")
    article += "\n\n" + paragraphs[1].replace(
        "Department of Homeland Security", "[Department of Homeland Security](https://www.dhs.gov)"
    )
    article += "\n\n## The caravan\n" + "\n\n".join(paragraphs[2:])
    bank = generate_bank(article, source_path="article.md")
    assert bank.title == "US to send troops to Mexico border"
    assert len(bank.questions) >= 15
    for q in bank.questions:
        assert not any(mark in q.prompt for mark in ("**", "](", "#", "[")), q.prompt
        assert q.evidence is not None
        assert article[q.evidence.start : q.evidence.end] == q.evidence.text
    linked = [q for q in bank.questions if "dhs.gov" in q.evidence.text]
    assert linked, "the sentence with the link should still give a question"
    assert linked[0].evidence.text.startswith("One [Department of Homeland Security](")
