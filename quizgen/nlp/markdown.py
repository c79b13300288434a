"""Read Markdown articles as the prose they render to, without losing a single offset.

Markup is replaced by spaces of the same length, so every offset in the plain text is
also an offset in the article: evidence stays a verbatim slice of the file the teacher
gave, while prompts never show ``**``, ``[link](url)`` or ``#``.
"""

from __future__ import annotations

import re

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^ {0,3}(```|~~~)[^\n]*\n.*?^ {0,3}\1[^\n]*$", re.DOTALL | re.MULTILINE)
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_SETEXT_HEADING = re.compile(r"^([^\n]+)\n {0,3}(=+|-+)[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_REFERENCE_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]+\S.*$", re.MULTILINE)
_BLOCKQUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+", re.MULTILINE)
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+", re.MULTILINE)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_INLINE_LINK = re.compile(r"(\[)[^\]\n]+(\]\([^)\n]*\))")
_REFERENCE_LINK = re.compile(r"(\[)[^\]\n]+(\]\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]+>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)[^\n]+?(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])(\*)(?=[^\s*])[^*\n]*?(?<=[^\s*])\*(?![\w*])")
_UNDERSCORE = re.compile(r"(?<![\w_])(_)(?=[^\s_])[^_\n]*?(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"(~~)(?=\S)[^\n]+?(?<=\S)~~")
_CODE = re.compile(r"(`+)([^`\n]+?)\1")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!>~|])")
_MARKDOWN_HINT = re.compile(
    r"^ {0,3}#{1,6}[ \t]+\S|\]\([^)\s]+\)|^\s*[-*+][ \t]+\S.*\n\s*[-*+][ \t]+\S|\*\*\S",
    re.MULTILINE,
)


def is_markdown(path: str | None, text: str) -> bool:
    """By the file's suffix; for standard input or other names, by unmistakable markup."""
    if path and path.lower().endswith(MARKDOWN_SUFFIXES):
        return True
    if path and path.lower().endswith(".txt"):
        return False
    return bool(_MARKDOWN_HINT.search(text))


def _blank(text: str) -> str:
    """Spaces for every character but line breaks, so lines and offsets stay where they are."""
    return re.sub(r"[^\n]", " ", text)


def title_of(text: str) -> str | None:
    """The first heading, the usual place of a Markdown article's headline."""
    atx = _ATX_HEADING.search(text)
    setext = _SETEXT_HEADING.search(text)
    found = [m for m in (atx, setext) if m is not None and m.group(2 if m is atx else 1).strip()]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    heading = first.group(2) if first is atx else first.group(1)
    return " ".join(plain_text(heading).split()) or None


def plain_text(text: str) -> str:
    """``text`` with Markdown markup replaced by spaces; the same length, line for line.

    Headings are blanked whole: they are titles, not facts, and without a full stop they
    would glue onto the sentence below them."""
    out = text
    whole: list[re.Pattern[str]] = [
        _FRONT_MATTER,
        _FENCE,
        _ATX_HEADING,
        _RULE,
        _REFERENCE_DEF,
        _IMAGE,
        _AUTOLINK,
        _HTML_TAG,
    ]
    for pattern in whole:
        out = pattern.sub(lambda m: _blank(m.group(0)), out)
    out = _SETEXT_HEADING.sub(lambda m: _blank(m.group(0)), out)
    for pattern in (_BLOCKQUOTE, _LIST_MARKER, _ESCAPE):
        out = pattern.sub(lambda m: _blank(m.group(0)), out)
    out = _sub_groups(_INLINE_LINK, out, (1, 2))
    out = _sub_groups(_REFERENCE_LINK, out, (1, 2))
    for pattern in (_STRONG, _STRIKE):
        out = _sub_markers(pattern, out)
    for pattern in (_EMPHASIS, _UNDERSCORE):
        out = _sub_markers(pattern, out)
    out = _sub_markers(_CODE, out)
    return out


def _sub_groups(pattern: re.Pattern[str], text: str, groups: tuple[int, ...]) -> str:
    def blank_groups(m: re.Match[str]) -> str:
        chars = list(m.group(0))
        for g in groups:
            a, b = m.span(g)
            for i in range(a - m.start(), b - m.start()):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)

    return pattern.sub(blank_groups, text)


def _sub_markers(pattern: re.Pattern[str], text: str) -> str:
    """Blank the opening run of group 1 and the same run at the end of the match."""

    def blank_ends(m: re.Match[str]) -> str:
        marker = len(m.group(1))
        body = m.group(0)
        return " " * marker + body[marker:-marker] + " " * marker

    return pattern.sub(blank_ends, text)


def widen_to_markup(original: str, plain: str, start: int, end: int) -> tuple[int, int]:
    """Grow a span over the markup glued to it (``**Trump** said`` -> from the first ``*``),
    so evidence quoted from the original never opens or closes mid-markup."""

    def blanked(i: int) -> bool:
        return plain[i] == " " and original[i] not in " \t\n"

    while start > 0 and blanked(start - 1):
        start -= 1
    while end < len(original) and blanked(end):
        end += 1
    return start, end
