"""Answer choices: keys 1-4 or A-D, arrows and Enter, or a mouse click."""

from __future__ import annotations

from rich.markup import escape
from textual.widgets import OptionList
from textual.widgets.option_list import Option

LETTERS = "ABCDEFGHI"


def key_label(index: int) -> str:
    """`1 A` for the first nine choices; later ones are picked with the arrows or the mouse."""
    if index < len(LETTERS):
        return f"[b]{index + 1}[/b] [dim]{LETTERS[index]}[/dim]"
    return "   "


class ChoiceList(OptionList):
    """The choices of the current question, each labelled with its number and letter."""

    DEFAULT_CSS = """
    ChoiceList { height: auto; max-height: 12; border: none; padding: 0 1; }
    """

    def set_choices(self, choices: list[str]) -> None:
        """Swap the options in place (rebuilding the widget would cost a frame or two)."""
        self.clear_options()
        self.add_options(
            Option(f"{key_label(i)}  {escape(choice)}", id=f"choice-{i}")
            for i, choice in enumerate(choices)
        )
        self.highlighted = None  # Enter alone must not pick the first answer
