"""The terminal report: gradebook and item analysis as plain-text tables."""

from __future__ import annotations

import statistics
from collections.abc import Collection, Sequence

from quizgen.report.gradebook import GradeRow
from quizgen.report.items import FLAG_HELP, ItemStats, mean, options_cell


def format_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], right: Collection[int] = ()
) -> str:
    """A plain-text table (no colour, no box characters) that pastes anywhere; the columns
    numbered in ``right`` are right-aligned. ``quizgen history`` prints its table with it too."""
    widths = [len(h) for h in header]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    return "\n".join(out)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _fmt(value: float | None, spec: str = ".2f") -> str:
    return "" if value is None else format(value, spec)


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def render_text(rows: Sequence[GradeRow], items: Sequence[ItemStats]) -> str:
    """The terminal report: gradebook, item analysis, then what the flags mean."""
    out = [f"Gradebook ({len(rows)} attempt{'s' if len(rows) != 1 else ''})", ""]
    if rows:
        out.append(
            format_table(
                ("student", "score", "max", "%", "time", "answered", "unanswered", "status"),
                [
                    (
                        _clip(g.student, 30),
                        f"{g.score:g}",
                        f"{g.max_score:g}",
                        f"{g.percent:.0f}",
                        _duration(g.seconds),
                        str(g.answered),
                        str(g.unanswered),
                        g.status,
                    )
                    for g in rows
                ],
                right={1, 2, 3, 4, 5, 6},
            )
        )
        done = [g.percent for g in rows if g.finished]
        if done:
            out += [
                "",
                (
                    f"finished {len(done)}/{len(rows)}   mean {mean(done):.0f}%   "
                    f"median {statistics.median(done):.0f}%"
                ),
            ]
    else:
        out.append("(no attempts yet)")
    out += ["", f"Item analysis ({len(items)} question{'s' if len(items) != 1 else ''})", ""]
    several_banks = len({i.bank_sha256 for i in items}) > 1
    if items:
        out.append(
            format_table(
                ("question", "n", "facility", "discrim", "median s", "flags", "answers (* key)"),
                [
                    (
                        _clip(f"{i.bank_title[:12]}/" * several_banks + i.question_id, 28),
                        str(i.attempts),
                        _fmt(i.facility),
                        _fmt(i.discrimination, "+.2f"),
                        _fmt(i.median_ms / 1000 if i.median_ms is not None else None, ".1f"),
                        " ".join(i.flags),
                        _clip(options_cell(i), 60),
                    )
                    for i in items
                ],
                right={1, 2, 3, 4},
            )
        )
        used = sorted({f for i in items for f in i.flags})
        if used:
            out += ["", "flags:"] + [f"  {f}: {FLAG_HELP[f]}" for f in used]
    else:
        out.append("(no finished attempts yet)")
    return "\n".join(out) + "\n"
