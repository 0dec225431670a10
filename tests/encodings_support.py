"""The byte forms of one text that newsdb must read identically (shared by read and layout tests)."""

from __future__ import annotations

import codecs


def encodings_of(text: str) -> dict[str, bytes]:
    """The same text as the byte forms newsdb must read."""
    return {
        "utf-8": text.encode("utf-8"),
        "utf-8-sig": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf-16-le": text.encode("utf-16-le"),
        "utf-16-be": text.encode("utf-16-be"),
        "utf-16-le+bom": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf-16-be+bom": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "cp1252": text.encode("cp1252"),
        "cp1252-crlf": text.replace("\n", "\r\n").encode("cp1252"),
        "utf-8-crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "utf-8-cr": text.replace("\n", "\r").encode("utf-8"),
    }
