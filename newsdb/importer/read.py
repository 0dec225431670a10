"""The ``read`` stage: bytes → text, and how the text was decoded.

Order of decisions (nothing is guessed silently; :attr:`DecodedText.encoding` names the codec used):

1. size limit (:class:`OversizeInput`), no bytes at all (:class:`EmptyInput`);
2. a byte-order mark decides UTF-8 / UTF-16 / UTF-32;
3. known binary signatures (PDF, ZIP, images, gzip, ...) are refused (:class:`BinaryInput`);
4. NUL bytes at every other position mean BOM-less UTF-16; other NUL or control bytes beyond a few
   strays mean binary;
5. strict UTF-8 (the fast path: almost every file); UTF-8 with a rare broken byte among many good
   multi-byte characters stays UTF-8, the broken bytes replaced by U+FFFD (``utf-8+replace``);
6. otherwise charset-normalizer, restricted to the Windows Latin code pages news text comes in (cp1252,
   cp1250; ISO 8859 would turn curly quotes into C1 controls, Mac Roman misreads short cp1252 text),
   preferring cp1252 among equally clean readings; nothing clean → :class:`UndecodableInput`.

The text is then normalised: CRLF/CR → LF, NUL and other control characters dropped, NBSP and other
fixed spaces → space, zero-width characters dropped, Unicode NFC. Text with nothing left is empty, and
so is text without a single word of two letters (``x``, ``---``, ``1 2 3``): no article text to store.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from pathlib import Path

import charset_normalizer

from newsdb.errors import BinaryInput, EmptyInput, OversizeInput, ReadError, UndecodableInput
from newsdb.records import DecodedText

__all__ = ["DEFAULT_MAX_BYTES", "decode_bytes", "read_file", "normalize_text"]

DEFAULT_MAX_BYTES = 8 * 1024 * 1024
#: The least an article's text holds: two letters in a row.
_WORD = re.compile(r"[^\W\d_]{2}")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SIGNATURES: tuple[bytes, ...] = (
    b"%PDF-",
    b"PK\x03\x04",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"\x1f\x8b",
    b"\x7fELF",
    b"MZ\x90\x00",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"SQLite format 3\x00",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"OggS",
    b"ID3",
    b"RIFF",
    b"wOFF",
)
#: C0 control bytes that never occur in text (TAB, LF, VT, FF, CR and ESC excluded).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1B), *range(0x1C, 0x20)])
_MAX_CONTROL_SHARE = 0.05  # binary files run 10-30 %; a text with stray NULs well under
_FALLBACK_CODECS = ("cp1252", "cp1250")  # Windows Latin: ISO 8859 would read 0x80-0x9F as controls
_MAX_CHAOS = 0.5  # charset-normalizer's default 0.2 refuses short, punctuation-heavy Latin text
_MAX_DAMAGE_RATIO = 500  # at most one broken byte in 500 ...
_MIN_GOOD_PER_BAD = 5  # ... and well-formed multi-byte characters around it
_PREFERENCE = {name: rank for rank, name in enumerate(_FALLBACK_CODECS)}

_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_BREAKS = re.compile("[\x0b\x0c\u2028\u2029]")
_DROPPED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2060\ufeff]+")


def normalize_text(text: str) -> str:
    """Newlines to LF, control and zero-width characters out, fixed spaces to space, Unicode NFC."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not all(map(str.isprintable, text.split("\n"))):
        text = _DROPPED.sub("", _LINE_BREAKS.sub("\n", _SPACES.sub(" ", text)))
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def _utf16_by_nuls(data: bytes) -> str | None:
    """BOM-less UTF-16: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.3 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UndecodableInput(f"not valid {codec}: {exc.reason} at byte {exc.start}") from exc


def _detect(data: bytes) -> tuple[str, str]:
    """charset-normalizer over the Latin code pages; cp1252 first among equally clean readings."""
    matches = charset_normalizer.from_bytes(data, cp_isolation=list(_FALLBACK_CODECS), threshold=_MAX_CHAOS)
    candidates: list[tuple[float, int, str]] = []
    for match in matches:
        for codec in {match.encoding, *match.could_be_from_charset}:
            if codec in _PREFERENCE:
                candidates.append((round(match.chaos, 2), _PREFERENCE[codec], codec))
    if not candidates:
        raise UndecodableInput("neither UTF-8 nor a Latin code page reads these bytes cleanly")
    _, _, codec = min(candidates)
    return _strict(data, codec), codec


def _decode(data: bytes) -> tuple[str, str]:
    bom = _bom(data)
    if bom is not None:
        codec, skip = bom
        return _strict(data[skip:], codec), codec + ("-sig" if codec == "utf-8" else "")
    if data.startswith(_SIGNATURES):
        raise BinaryInput("binary file (known file signature)")
    if b"\x00" in data:
        utf16 = _utf16_by_nuls(data)
        if utf16 is not None:
            return _strict(data, utf16), utf16
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > max(2, _MAX_CONTROL_SHARE * len(data)):
        raise BinaryInput(f"binary file ({controls} control bytes in {len(data)})")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _damaged_utf8(data) or _detect(data)


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few broken bytes (a truncated copy, one stray byte): keep it UTF-8, mark the damage.

    Reading it as cp1252 would turn every good character into mojibake (``â€œ``); instead the broken
    bytes become U+FFFD, visible in the text, and the codec is reported as ``utf-8+replace``.
    """
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    if bad > max(1, len(data) // _MAX_DAMAGE_RATIO):
        return None
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return (text, "utf-8+replace") if good >= _MIN_GOOD_PER_BAD * bad else None


def decode_bytes(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """Decode one file's bytes into normalised text; raises a :class:`ReadError` subclass if it cannot."""
    size = len(data)
    if size > max_bytes:
        raise OversizeInput(f"{size} bytes is over the limit of {max_bytes}")
    if size == 0:
        raise EmptyInput("no bytes")
    text, codec = _decode(data)
    text = normalize_text(text)
    if not text.strip():
        raise EmptyInput("no text (only whitespace or control characters)")
    if _WORD.search(text) is None:
        shown = " ".join(text.split())
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        raise EmptyInput(f"no article text: not one word in {shown!r}")
    return DecodedText(text=text, encoding=codec, sha256=hashlib.sha256(data).hexdigest(), size=size)


def read_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """Read and decode a file; the size limit is checked before the bytes are read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise OversizeInput(f"{size} bytes is over the limit of {max_bytes}")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return decode_bytes(data, max_bytes=max_bytes)
