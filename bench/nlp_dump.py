"""Print what analyse() finds per article, for checking by eye: entities with type, title,
canonical name and gender; quantities with value, kind, unit, hedge, range and counted noun;
quotes with speaker.

Usage: python bench/nlp_dump.py [FILES...]   (default: the seed and ../shared/corpus/dev/*.txt)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("NLTK_DATA", str(REPO.parent / "shared" / "nltk_data"))


def main(argv: list[str]) -> int:
    from quizgen.nlp.pipeline import analyse

    paths = [Path(p) for p in argv] or [
        REPO / "seeds" / "000_14a0cfa724519c44.txt",
        *sorted((REPO.parent / "shared" / "corpus" / "dev").glob("*.txt")),
    ]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        t = time.perf_counter()
        doc = analyse(text)
        ms = (time.perf_counter() - t) * 1000
        print(
            f"===== {path.name}: title={doc.title!r}, {len(doc.sentences)} sentences, {ms:.0f} ms"
        )
        for e in doc.entities:
            extra = f" [{e.title}]" if e.title else ""
            extra += f" -> {e.canonical}" if e.canonical != e.text else ""
            extra += f" ({e.gender})" if e.gender else ""
            print(f"  ENT {e.text} / {e.type}{extra}")
        for q in doc.quantities:
            rng = f" [{q.low:g}-{q.high:g}]" if q.low is not None and q.high is not None else ""
            print(
                f"  QTY {q.text!r} = {q.value:g}{rng} {q.kind} unit={q.unit} "
                f"modifier={q.modifier} noun_phrase={q.noun_phrase}"
            )
        for q in doc.quotes:
            who = q.speaker.canonical if q.speaker else None
            print(f"  QUOTE {q.text[:60]!r} <- {q.speaker_text!r} {q.verb} = {who}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
