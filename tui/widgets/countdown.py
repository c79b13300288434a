"""A countdown bar with the seconds written next to it (the number matters, not the colour)."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class Countdown(Widget):
    """Time left on a question; untimed questions show the time spent instead."""

    DEFAULT_CSS = """
    Countdown { height: 1; width: 1fr; }
    """

    left: reactive[float | None] = reactive(None)
    """Seconds left, or None when the question has no limit."""
    limit: reactive[float | None] = reactive(None)
    elapsed: reactive[float] = reactive(0.0)
    running: reactive[bool] = reactive(True)
    """False between questions (feedback): nothing is being timed, so nothing is shown."""

    def update_time(
        self, *, left: float | None, limit: float | None, elapsed: float, running: bool = True
    ) -> None:
        self.left, self.limit, self.elapsed, self.running = left, limit, elapsed, running

    def render(self) -> Text:
        if not self.running:
            return Text("")
        width = max(10, self.size.width - 8)
        if self.left is None or not self.limit:
            label = f"{int(self.elapsed)} s"
            return Text.assemble(("untimed ", "dim"), (label, "bold"))
        left = max(0.0, self.left)
        ratio = max(0.0, min(1.0, left / self.limit))
        full = round(ratio * width)
        style = "bold red" if left <= 5 else ("yellow" if ratio < 0.5 else "green")
        seconds = f"{int(left + 0.999):>3} s"
        return Text.assemble(("█" * full, style), ("░" * (width - full), "dim"), (seconds, "bold"))
