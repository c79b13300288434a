"""Speed of `quizgen generate`: prints the figures the README quotes.

  python bench/generate.py [--corpus ../shared/corpus/dev] [--batch 100] [--repeat 3]

1. per-article generation time over the corpus (one process, models loaded once), and its
   ratio to the bare NLTK pass over the same texts (sentence split + tokenise + POS tag +
   NE chunk, models loaded once). Target: ratio <= 1.5.
2. cold `quizgen generate seeds/000_14a0cfa724519c44.txt -o FILE` wall time. Target < 3 s.
3. `--jobs 2` vs `--jobs 1` articles/s on a batch built by cycling the corpus into a temp
   folder (never committed). Target >= 1.7x.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = REPO / "seeds" / "000_14a0cfa724519c44.txt"
if "NLTK_DATA" not in os.environ and (SHARED / "nltk_data").is_dir():
    os.environ["NLTK_DATA"] = str(SHARED / "nltk_data")


def bare_nltk(texts: list[str]) -> float:
    """Seconds for the plain NLTK pipeline over ``texts`` (models already loaded)."""
    from nltk.tokenize import TreebankWordTokenizer

    from quizgen.nlp import resources

    splitter = resources.sentence_splitter()
    tagger = resources.pos_tagger()
    chunker = resources.ne_chunker()
    tokenizer = TreebankWordTokenizer()
    start = time.perf_counter()
    for text in texts:
        for sentence in splitter.tokenize(text):
            tokens = tokenizer.tokenize(sentence)
            if tokens:
                chunker.parse(tagger.tag(tokens))
    return time.perf_counter() - start


def generation(texts: list[str]) -> float:
    from quizgen.generate import generate_bank

    start = time.perf_counter()
    for text in texts:
        generate_bank(text)
    return time.perf_counter() - start


def cold_seed() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "quizgen", "generate", str(SEED), "-o", f"{tmp}/b.yaml", "-q"],
            check=True,
        )
        return time.perf_counter() - start


def batch_rate(folder: Path, out: Path, jobs: int) -> float:
    files = sorted(str(p) for p in folder.glob("*.txt"))
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "quizgen", "generate", *files, "-o", f"{out}/", "-q",
         "--jobs", str(jobs)],
        check=True,
    )  # fmt: skip
    return len(files) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev")
    parser.add_argument("--batch", type=int, default=100, help="articles in the jobs batch")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best kept)")
    args = parser.parse_args()
    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        sys.exit(f"no articles in {args.corpus}")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)

    from quizgen.generate.batch import preload

    preload()
    generation(texts[:1])  # warm every lazy table once
    bare = min(bare_nltk(texts) for _ in range(args.repeat))
    gen = min(generation(texts) for _ in range(args.repeat))
    n = len(texts)
    print(f"corpus: {n} articles, {words} words ({args.corpus})")
    print(f"bare NLTK pass (split+tokenise+tag+NE chunk): {1000 * bare / n:.0f} ms/article")
    print(f"quizgen generate_bank:                         {1000 * gen / n:.0f} ms/article")
    print(f"ratio generate / bare NLTK: {gen / bare:.2f} (target <= 1.5)")

    colds = [cold_seed() for _ in range(args.repeat)]
    print(
        f"cold `quizgen generate {SEED.relative_to(REPO)} -o b.yaml`: "
        f"best {min(colds):.2f} s, median {statistics.median(colds):.2f} s (target < 3 s)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "batch"
        folder.mkdir()
        for i in range(args.batch):
            src = paths[i % n]
            shutil.copyfile(src, folder / f"{i:03d}_{src.name}")
        rate1 = max(batch_rate(folder, Path(tmp) / "out1", 1) for _ in range(args.repeat))
        rate2 = max(batch_rate(folder, Path(tmp) / "out2", 2) for _ in range(args.repeat))
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"batch of {args.batch} articles on {cpus} CPUs (whole command, startup included):")
    print(f"  --jobs 1: {rate1:.1f} articles/s")
    print(f"  --jobs 2: {rate2:.1f} articles/s")
    print(f"  speed-up: {rate2 / rate1:.2f}x (target >= 1.7x)")


if __name__ == "__main__":
    main()
