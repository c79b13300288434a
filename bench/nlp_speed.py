"""Time ``analyse()`` against the bare NLTK pass (split + tokenise + tag + NE chunk) per article.

Usage: python bench/nlp_speed.py [FILES...]   (default: the seed and ../shared/corpus/dev/*.txt)
Prints per-article milliseconds for both and their ratio (target: analyse <= 1.5x bare).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("NLTK_DATA", str(REPO.parent / "shared" / "nltk_data"))


def bare_pass(text: str) -> int:
    from nltk.tokenize import TreebankWordTokenizer

    from quizgen.nlp import resources

    splitter = resources.sentence_splitter()
    tokenizer = TreebankWordTokenizer()
    tagger = resources.pos_tagger()
    chunker = resources.ne_chunker()
    sents = [text[a:b] for a, b in splitter.span_tokenize(text)]
    toks = [[s[a:b] for a, b in tokenizer.span_tokenize(s)] for s in sents]
    tagged = tagger.tag_sents(toks)
    return sum(len(chunker.parse(t)) for t in tagged if t)


def models_only(text: str) -> int:
    """The pipeline's own split and tokens through the tagger and chunker, nothing else."""
    from quizgen.nlp import resources, segment
    from quizgen.nlp.entities import chunked_tokens
    from quizgen.nlp.normalize import normalize
    from quizgen.nlp.tokens import tokenize

    nt = normalize(text).text
    spans = segment.sentences(nt)
    toks = [[nt[a:b] for a, b in tokenize(nt, s.start, s.end)] for s in spans]
    tagged = resources.pos_tagger().tag_sents(toks)
    chunker = resources.ne_chunker()
    return sum(len(chunked_tokens(chunker, t)) for t in tagged if t)


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or [
        REPO / "seeds" / "000_14a0cfa724519c44.txt",
        *sorted((REPO.parent / "shared" / "corpus" / "dev").glob("*.txt")),
    ]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    t0 = time.perf_counter()
    from quizgen.nlp import resources
    from quizgen.nlp.pipeline import analyse

    resources.sentence_splitter(), resources.pos_tagger(), resources.ne_chunker()
    t1 = time.perf_counter()
    analyse(texts[0], wordnet=False)
    t2 = time.perf_counter()
    print(f"load models {t1 - t0:.2f} s; first analyse (lists, stopwords) {t2 - t1:.2f} s")
    rounds = 7
    bare = best_of(rounds, lambda: [bare_pass(t) for t in texts])
    ours = best_of(rounds, lambda: [analyse(t, wordnet=False) for t in texts])
    n = len(texts)
    print(f"articles {n}; best of {rounds} rounds")
    print(f"bare NLTK pass   {bare / n * 1000:7.1f} ms/article")
    print(f"analyse()        {ours / n * 1000:7.1f} ms/article   ratio {ours / bare:.2f}")
    models = best_of(rounds, lambda: [models_only(t) for t in texts])
    print(
        f"  of which models {models / n * 1000:7.1f} ms/article; the rules add "
        f"{(ours - models) / n * 1000:.1f} ms ({(ours - models) / bare:.0%} of the bare pass)"
    )
    t3 = time.perf_counter()
    analyse(texts[0], wordnet=True)
    t4 = time.perf_counter()
    withwn = best_of(rounds, lambda: [analyse(t, wordnet=True) for t in texts])
    print(
        f"analyse(wordnet) {withwn / n * 1000:7.1f} ms/article   ratio {withwn / bare:.2f}"
        f"   (first call incl. reading the WordNet table {t4 - t3:.2f} s)"
    )
    return 0


def best_of(rounds: int, fn) -> float:
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
