"""The web server behind ``quizgen serve``: textual-serve with a classroom's safety limits.

textual-serve starts a quiz process (about 40 MB) for every websocket. A prankster opening a
hundred tabs could exhaust the teacher's laptop in the middle of an exam, so the number of
quiz processes running at once is capped; the browser past the cap gets a closed connection
and its student can retry once a seat is free.
"""

from __future__ import annotations

import logging

from aiohttp import web
from textual_serve.server import Server

log = logging.getLogger("quizgen.serve")

CLOSE_TRY_AGAIN_LATER = 1013
"""WebSocket close code for "the server is overloaded, try again later" (RFC 6455 registry)."""


class QuizServer(Server):
    """A textual-serve server that runs at most ``max_students`` quiz processes at once."""

    def __init__(self, command: str, *, max_students: int, **options) -> None:
        super().__init__(command, **options)
        self.max_students = max_students
        self.active = 0

    async def on_startup(self, app: web.Application) -> None:
        # Our own banner (printed by the command) instead of textual-serve's command line.
        self.console.print(f"Serving on {self.public_url}. Press Ctrl+C to stop.")

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if self.active >= self.max_students:
            log.warning("refused a browser: %d quizzes already running", self.active)
            websocket = web.WebSocketResponse()
            await websocket.prepare(request)
            await websocket.close(
                code=CLOSE_TRY_AGAIN_LATER, message=b"The class is full. Try again later."
            )
            return websocket
        self.active += 1
        try:
            return await super().handle_websocket(request)
        finally:
            self.active -= 1
