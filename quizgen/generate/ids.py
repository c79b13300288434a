"""Question ids that are readable, unique in a bank and stable across runs on the same input."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def slugify(text: str, max_length: int = 32) -> str:
    """ASCII, lower case, words joined by '-' ("Enrique Peña Nieto" -> "enrique-pena-nieto")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "x"


def question_id(kind: str, key: str, key_start: int) -> str:
    """``q-<slug of the key>-<hash>``: the hash of the key's offset separates equal keys."""
    digest = hashlib.sha1(f"{kind}:{key_start}:{key}".encode()).hexdigest()[:6]
    return f"q-{slugify(key)}-{digest}"


def unique_ids(ids: list[str]) -> list[str]:
    """Suffix repeats deterministically (they only happen for identical facts)."""
    seen: dict[str, int] = {}
    out = []
    for qid in ids:
        count = seen.get(qid, 0)
        seen[qid] = count + 1
        out.append(qid if count == 0 else f"{qid}-{count + 1}")
    return out
