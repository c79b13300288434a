"""Read user files with one clear error for every way they can be wrong."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import InputError

# A file this large is almost certainly not a single news article or bank; refuse it
# before spending memory on it.
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class TextFile:
    text: str
    encoding: str
    raw: bytes


def read_bytes(path: str | Path) -> bytes:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a directory, not a file", exit_code=2)
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: file is too large ({size} bytes)", exit_code=1)
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file", exit_code=2) from None
    except PermissionError:
        raise InputError(f"{p}: permission denied", exit_code=2) from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}", exit_code=2) from None


def looks_binary(raw: bytes) -> bool:
    """NUL bytes never occur in text we accept; they mark images, archives, executables."""
    return b"\x00" in raw[:8192]


def decode_text(raw: bytes, label: str, *, allow_cp1252: bool = False, warn=None) -> TextFile:
    """Decode UTF-8 (BOM tolerated); optionally fall back to cp1252 with a warning."""
    if looks_binary(raw):
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise InputError(f"{label}:{line}: binary file (NUL byte), not text")
    try:
        text = raw.decode("utf-8-sig")
        return TextFile(text=text, encoding="utf-8", raw=raw)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        if not allow_cp1252:
            raise InputError(
                f"{label}:{line}: not valid UTF-8 (byte 0x{raw[exc.start]:02x})"
            ) from None
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{label}:{line}: not valid UTF-8 or cp1252 text") from None
        (warn or _stderr_warning)(f"{label}:{line}: not valid UTF-8; read as cp1252")
        return TextFile(text=text, encoding="cp1252", raw=raw)


def read_text(path: str | Path, *, allow_cp1252: bool = False, warn=None) -> TextFile:
    raw = read_bytes(path)
    return decode_text(raw, str(path), allow_cp1252=allow_cp1252, warn=warn)


def _stderr_warning(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)
