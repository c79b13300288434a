"""The library must stay usable without a terminal UI: quizgen never imports textual."""

from __future__ import annotations

import pkgutil

import quizgen

from .conftest import python_output


def test_library_modules_do_not_import_textual() -> None:
    modules = sorted(
        m.name
        for m in pkgutil.walk_packages(quizgen.__path__, prefix="quizgen.")
        if "__main__" not in m.name
    )
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.') or m == 'tui' or m.startswith('tui.'))\n"
        "print(','.join(bad))\n"
    )
    assert python_output(script) == ""
    assert len(modules) > 5


def test_cli_help_does_not_load_heavy_modules() -> None:
    script = (
        "import sys\n"
        "from quizgen import cli\n"
        "cli.build_parser()\n"
        "heavy = [m for m in ('nltk', 'textual', 'jsonschema', 'numpy') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    assert python_output(script) == ""
