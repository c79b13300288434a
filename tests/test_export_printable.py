"""Printable Markdown and HTML: questions first, then the answer key with the evidence; HTML is
valid HTML5 (html5lib strict parsing), self-contained, and starts the key on a new page."""

from __future__ import annotations

import re
from itertools import pairwise

import html5lib
import pytest
from markdown_it import MarkdownIt

from quizgen.bank.io import load_bank
from quizgen.export import export

from .conftest import EXAMPLE_BANK
from .export_support import tricky_bank

XHTML = "{http://www.w3.org/1999/xhtml}"


def render_markdown(data: bytes) -> str:
    return MarkdownIt("commonmark").render(data.decode("utf-8"))


def parse_html(text: str):
    """html5lib raises ParseError on the first error when strict."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(text)


def texts(root, tag: str) -> list[str]:
    return ["".join(el.itertext()).strip() for el in root.iter(f"{XHTML}{tag}")]


def test_markdown_renders_every_text_intact_questions_before_key() -> None:
    bank = tricky_bank()
    html = render_markdown(export([bank], "markdown").data)
    root = parse_html(f"<!DOCTYPE html><html lang=en><title>t</title><body>{html}</body></html>")
    body = "".join(root.itertext())
    key_at = body.index("Answer key")
    for q in bank.questions:
        assert body.index(q.prompt) < key_at  # every prompt, unescaped, before the key
        assert body.index(q.evidence.text) > key_at
        for choice in q.choices or []:
            assert body.index(choice) < key_at
    items = texts(root, "li")
    assert any(t.startswith("A. Enrique Peña Nieto") for t in items)  # the key's letter
    assert any(t.startswith("12.5 km (accepted ±0.5)") for t in items)
    # Nothing turned into markup: no <b> element from the prompt's "<b>Co</b>".
    assert not list(root.iter(f"{XHTML}b"))


def test_markdown_numbering_survives_two_digit_items() -> None:
    banks = [load_bank(EXAMPLE_BANK), tricky_bank()]
    html = render_markdown(export(banks, "markdown").data)
    root = parse_html(f"<!DOCTYPE html><html lang=en><title>t</title><body>{html}</body></html>")
    # Question 10's choices stay inside item 10 (nested list), not a stray list after it.
    ol = [el for el in root.iter(f"{XHTML}ol")]
    assert any(el.get("start") == "9" for el in ol)
    nested = [li for li in root.iter(f"{XHTML}li") if li.find(f"{XHTML}ul") is not None]
    assert len(nested) == sum(q.kind == "multiple_choice" for b in banks for q in b.questions)


@pytest.mark.parametrize("banks", [[tricky_bank()], [load_bank(EXAMPLE_BANK), tricky_bank("Two")]])
def test_html_is_valid_self_contained_and_accessible(banks) -> None:
    text = export(banks, "html").data.decode("utf-8")
    assert text.startswith("<!DOCTYPE html>")
    root = parse_html(text)
    html = root
    assert html.get("lang") == "en"
    assert texts(root, "title") == [" + ".join(b.title for b in banks)]
    assert re.search(r'<meta charset="utf-8">', text)
    assert not list(root.iter(f"{XHTML}script")) and not list(root.iter(f"{XHTML}link"))
    assert not re.search(r"\b(src|href)=", text)
    assert len(list(root.iter(f"{XHTML}main"))) == 1
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    for el in root.iter():
        if el.get("aria-labelledby"):
            assert el.get("aria-labelledby") in ids
    levels = [
        int(el.tag[-1])
        for el in root.iter()
        if re.fullmatch(rf"{re.escape(XHTML)}h\d", str(el.tag))
    ]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in pairwise(levels))


def test_html_answer_key_on_a_new_page_with_all_text_intact() -> None:
    bank = tricky_bank()
    text = export([bank], "html").data.decode("utf-8")
    root = parse_html(text)
    style = "".join(texts(root, "style"))
    assert re.search(r"\.answer-key\s*\{[^}]*break-before:\s*page", style)
    sections = list(root.iter(f"{XHTML}section"))
    assert [s.get("class") for s in sections] == [None, "answer-key"]
    quiz, key = ("".join(s.itertext()) for s in sections)
    for q in bank.questions:
        assert q.prompt in quiz and q.evidence.text in key
        assert q.evidence.text not in quiz  # the evidence would give the answers away
        for choice in q.choices or []:
            assert choice in quiz
    assert "12.5 km (accepted ±0.5)" in key
    assert "B. Guatemala" in key


def test_html_strict_parser_does_reject_broken_markup() -> None:
    """The validity test can fail: a stray end tag is a parse error."""
    text = export([tricky_bank()], "html").data.decode("utf-8")
    with pytest.raises(html5lib.html5parser.ParseError):
        parse_html(text.replace("</main>", "</div></main>"))
