"""Answer choices: keys 1-4 or A-D, arrows and Enter, or a mouse click."""

from __future__ import annotations

from textual.widgets import OptionList
from textual.widgets.option_list import Option

LETTERS = "ABCDEFGHIJ"


class ChoiceList(OptionList):
    """An OptionList whose options carry their key, so the screen can bind 1-4 and A-D."""

    DEFAULT_CSS = """
    ChoiceList { height: auto; max-height: 12; border: none; padding: 0 1; }
    """

    def __init__(self, choices: list[str], **kwargs) -> None:
        options = [
            Option(f"[b]{i + 1}[/b] [dim]{LETTERS[i]}[/dim]  {choice}", id=f"choice-{i}")
            for i, choice in enumerate(choices)
        ]
        super().__init__(*options, **kwargs)
        self.choices = choices
