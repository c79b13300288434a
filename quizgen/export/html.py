"""A printable, self-contained HTML5 page: questions, then an answer key that starts on a
new page when printed. No scripts, no external files: it opens the same offline."""

from __future__ import annotations

from html import escape

from quizgen.export.common import (
    ExportOptions,
    Item,
    Warnings,
    by_bank,
    letter,
    numeric_key_text,
)

CSS = """\
:root { color-scheme: light; }
body { font: 12pt/1.5 Georgia, "Times New Roman", serif; max-width: 46rem; margin: 2rem auto;
       padding: 0 1rem; color: #111; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #444; padding-bottom: .15rem; }
.fill { display: inline-block; min-width: 12rem; border-bottom: 1px solid #111; }
.student { margin: .5rem 0 1.5rem; }
ol.questions > li { margin-bottom: 1.1rem; break-inside: avoid; }
ol.choices { list-style: none; padding-left: 1rem; margin: .35rem 0; }
ol.choices li::before { content: none; }
.label { font-weight: bold; display: inline-block; min-width: 1.6rem; }
.numeric { margin: .35rem 0 0 1rem; }
.answer-key { break-before: page; page-break-before: always; }
.answer-key li { margin-bottom: .9rem; break-inside: avoid; }
blockquote { margin: .3rem 0 0 1rem; padding-left: .6rem; border-left: 3px solid #777;
             font-style: italic; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""


def _question(n: int, item: Item) -> str:
    q = item.question
    parts = [f'<li value="{n}" id="q{n}"><p>{escape(q.prompt)}</p>']
    if q.is_multiple_choice:
        parts.append('<ol class="choices">')
        for i, choice in enumerate(q.choices or []):
            parts.append(f'<li><span class="label">{letter(i)}.</span> {escape(choice)}</li>')
        parts.append("</ol>")
    else:
        unit = f" {escape(q.unit)}" if q.unit else ""
        parts.append(
            f'<p class="numeric">Answer: <span class="fill" role="presentation"></span>{unit}</p>'
        )
    parts.append("</li>")
    return "\n".join(parts)


def _key(n: int, item: Item) -> str:
    q = item.question
    if q.is_multiple_choice:
        index = (q.choices or []).index(q.answer)
        answer = f"{letter(index)}. {escape(q.answer)}"
    else:
        answer = escape(numeric_key_text(q))
    parts = [f'<li value="{n}"><p><strong>{answer}</strong></p>']
    if q.explanation:
        parts.append(f"<p>{escape(q.explanation)}</p>")
    if q.evidence is not None:
        parts.append(f"<blockquote><p>{escape(q.evidence.text)}</p></blockquote>")
    parts.append("</li>")
    return "\n".join(parts)


def render(
    items: list[Item], options: ExportOptions, warnings: Warnings, title: str
) -> tuple[bytes, int]:
    numbers = {item.uid: n for n, item in enumerate(items, start=1)}
    groups = by_bank(items)
    several = len(groups) > 1
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="quizgen">',
        f"<title>{escape(title)}</title>",
        f"<style>\n{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        '<section aria-labelledby="quiz-title">',
        f'<h1 id="quiz-title">{escape(title)}</h1>',
        '<p class="student">Name: <span class="fill"></span> Date: <span class="fill"></span></p>',
    ]
    for index, (bank, bank_items) in enumerate(groups):
        if several:
            out.append(f'<h2 id="part-{index + 1}">{escape(bank.title)}</h2>')
        out.append('<ol class="questions">')
        out += [_question(numbers[item.uid], item) for item in bank_items]
        out.append("</ol>")
    out += [
        "</section>",
        '<section class="answer-key" aria-labelledby="key-title">',
        '<h2 id="key-title">Answer key</h2>',
    ]
    for index, (bank, bank_items) in enumerate(groups):
        if several:
            out.append(f'<h3 id="key-part-{index + 1}">{escape(bank.title)}</h3>')
        out.append("<ol>")
        out += [_key(numbers[item.uid], item) for item in bank_items]
        out.append("</ol>")
    out += ["</section>", "</main>", "</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8"), len(items)
