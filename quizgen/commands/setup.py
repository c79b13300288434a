"""``quizgen setup``: install the NLTK data quizgen needs, online or from an offline copy."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from quizgen.errors import QuizgenError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "setup",
        help="install the NLTK data quizgen needs",
        description=(
            "Install the NLTK data quizgen needs (sentence splitter, tagger, NE chunker, word "
            "lists, names, gazetteers, WordNet). By default it downloads them with NLTK's "
            "downloader into NLTK's user data folder; --from copies them from a local mirror "
            "(for classrooms without internet); --check only reports what is present."
        ),
    )
    p.add_argument("--from", dest="source", metavar="DIR", help="copy from this nltk_data folder")
    p.add_argument(
        "--dir",
        metavar="DIR",
        help="install into DIR instead of NLTK's default folder (then set NLTK_DATA=DIR)",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="list present and missing data; exit 1 if any is missing",
    )
    p.set_defaults(func=run)


def default_target() -> Path:
    from nltk.downloader import Downloader

    return Path(Downloader().default_download_dir())


def item_path(probe: str) -> str:
    """The folder a resource occupies inside nltk_data, e.g. ``corpora/words``."""
    return "/".join(probe.strip("/").split("/")[:2])


def run(args: argparse.Namespace) -> int:
    from quizgen.nlp import resources

    if args.check:
        return check(resources)
    target = Path(args.dir) if args.dir else default_target()
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise QuizgenError(
            f"quizgen: cannot create {target}: {exc.strerror}", exit_code=2
        ) from None
    if args.source:
        copy_from(Path(args.source), target, resources.RESOURCES)
    else:
        download(target, resources.RESOURCES)
    if args.dir and str(target.resolve()) not in {
        os.path.realpath(p) for p in resources.search_path()
    }:
        print(f"note: set NLTK_DATA={target.resolve()} so quizgen finds this folder")
        return 0
    return check(resources)


def check(resources) -> int:
    missing = 0
    for resource in resources.RESOURCES:
        where = resources.locate(resource.package)
        mark = "ok     " if where else "MISSING"
        missing += where is None
        print(f"{mark} {resource.package:32} {resource.purpose:30} {where or ''}")
    if missing:
        print(f"{missing} missing: run `quizgen setup` (or `quizgen setup --from DIR`)")
        return 1
    print("all NLTK data present")
    return 0


def copy_from(source: Path, target: Path, wanted) -> None:
    if not source.is_dir():
        raise QuizgenError(f"quizgen: {source}: not a folder", exit_code=2)
    failed = []
    for index, resource in enumerate(wanted, 1):
        item = item_path(resource.probe)
        candidates = [source / item, source / f"{item}.zip"]
        present = [c for c in candidates if c.exists()]
        if not present:
            failed.append(resource.package)
            print(f"[{index}/{len(wanted)}] {resource.package}: not in {source}", file=sys.stderr)
            continue
        for src in present:
            dest = target / src.relative_to(source)
            if src.resolve() == dest.resolve():
                continue
            _replace(src, dest)
        print(f"[{index}/{len(wanted)}] {resource.package}: copied")
    if failed:
        raise QuizgenError(f"quizgen: {source} lacks: {', '.join(failed)}", exit_code=1)


def _replace(src: Path, dest: Path) -> None:
    """Copy beside the destination, then swap it in, so an interrupted copy leaves no half folder."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", dir=dest.parent))
    staged = tmp / dest.name
    try:
        if src.is_dir():
            shutil.copytree(src, staged)
        else:
            shutil.copy2(src, staged)
        if dest.is_dir():
            shutil.rmtree(dest)
        elif dest.exists():
            dest.unlink()
        os.replace(staged, dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def download(target: Path, wanted) -> None:
    import nltk

    failed = []
    for index, resource in enumerate(wanted, 1):
        print(f"[{index}/{len(wanted)}] {resource.package} ({resource.purpose})", flush=True)
        ok = nltk.download(
            resource.package, download_dir=str(target), quiet=False, raise_on_error=False
        )
        if not ok:
            failed.append(resource.package)
    if failed:
        raise QuizgenError(
            f"quizgen: could not download {', '.join(failed)}; check the internet connection, "
            "or copy an nltk_data folder with `quizgen setup --from DIR`",
            exit_code=1,
        )
