"""The read stage: bytes → text, the encoding used, and named errors for what cannot be read."""

from __future__ import annotations

import codecs
import gzip
import hashlib
from pathlib import Path

import pytest
from encodings_support import encodings_of
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdb.errors import (
    BinaryInput,
    EmptyInput,
    NewsdbError,
    OversizeInput,
    ReadError,
    UndecodableInput,
)
from newsdb.importer.read import decode_bytes, normalize_text, read_file

SEEDS = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.txt"))


EXPECTED_CODEC = {
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "utf-16-le+bom": "utf-16-le",
    "utf-16-be+bom": "utf-16-be",
    "cp1252": "cp1252",
    "cp1252-crlf": "cp1252",
    "utf-8-crlf": "utf-8",
    "utf-8-cr": "utf-8",
}


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
@pytest.mark.parametrize("form", sorted(EXPECTED_CODEC))
def test_encoding_matrix_gives_the_same_text(seed: Path, form: str) -> None:
    reference = decode_bytes(seed.read_bytes())
    data = encodings_of(seed.read_text(encoding="utf-8"))[form]
    decoded = decode_bytes(data)
    assert decoded.text == reference.text
    assert decoded.encoding == EXPECTED_CODEC[form]
    assert decoded.size == len(data)
    assert decoded.sha256 == hashlib.sha256(data).hexdigest()


def test_seed_text_is_normalised() -> None:
    text = decode_bytes(SEEDS[1].read_bytes()).text
    assert "\xa0" not in text and "\r" not in text
    assert "MOSKOW, KOMPAS.TV - Pemerintah" in text
    assert "“alat konfrontasi”" in text  # curly quotes kept


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc\n", "a\nb\nc\n"),
        ("a\xa0b\u2007c\u202fd", "a b c d"),
        ("a\x00b\x07c\x1bd", "abcd"),
        ("a\u200bb\ufeffc\u2060d", "abcd"),
        ("a\x85b\x9fc", "abc"),
        ("a\u2028b\u2029c\x0cd", "a\nb\nc\nd"),
        ("Cafe\u0301", "Caf\xe9"),
        ("tab\there", "tab\there"),
        ("plain ascii", "plain ascii"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b"   \r\n\t \n", EmptyInput),
        (b"\xef\xbb\xbf", EmptyInput),
        (b"\xef\xbb\xbf\xc2\xa0\n", EmptyInput),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput),
        (b"PK\x03\x04\x14\x00\x06\x00", BinaryInput),
        (gzip.compress(b"hello world", mtime=0), BinaryInput),  # fixed mtime: same id in every xdist worker
        (bytes(range(256)) * 4, BinaryInput),
        (b"text\x00with\x00\x01\x02\x03\x04nuls\x00\x00\x05\x06", BinaryInput),
        (b"\xef\xbb\xbfnot utf-8 \xff\xfe after a BOM", UndecodableInput),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", UndecodableInput),
    ],
)
def test_unreadable_input_raises_a_named_error(data: bytes, error: type[ReadError]) -> None:
    with pytest.raises(error):
        decode_bytes(data)


def test_utf8_with_a_broken_byte_stays_utf8() -> None:
    text = decode_bytes(SEEDS[1].read_bytes()).text
    data = text.encode("utf-8")
    cut = data.index("“".encode()) + 1  # break one curly quote in the middle
    damaged = data[:cut] + data[cut + 2 :]
    decoded = decode_bytes(damaged)
    assert decoded.encoding == "utf-8+replace"
    assert decoded.text.count("\ufffd") == 1 and "â€" not in decoded.text
    assert decoded.text.count("”") == text.count("”")


def test_mostly_broken_utf8_is_not_patched_up() -> None:
    data = "“kata”".encode() + b"\xff\xfe\xfd" * 10
    with pytest.raises(UndecodableInput):
        decode_bytes(data)


def test_size_limit() -> None:
    with pytest.raises(OversizeInput):
        decode_bytes(b"x" * 101, max_bytes=100)
    assert decode_bytes(b"x" * 100, max_bytes=100).text == "x" * 100


def test_a_few_stray_control_bytes_are_dropped_not_refused() -> None:
    text = "Berita biasa dengan satu karakter aneh.\x00\n" * 20
    decoded = decode_bytes(text.encode("utf-8"))
    assert "\x00" not in decoded.text and decoded.encoding == "utf-8"


def test_bomless_utf16_detected_by_nul_pattern() -> None:
    data = "Jakarta - berita “penting” hari ini.\n".encode("utf-16-le")
    assert decode_bytes(data).encoding == "utf-16-le"
    assert decode_bytes(data).text == "Jakarta - berita “penting” hari ini.\n"


def test_read_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Judul\r\nIsi “berita”.".encode("cp1252"))
    decoded = read_file(path)
    assert decoded.text == "Judul\nIsi “berita”." and decoded.encoding == "cp1252"
    with pytest.raises(OversizeInput):
        read_file(path, max_bytes=5)
    with pytest.raises(ReadError):
        read_file(tmp_path / "missing.txt")
    with pytest.raises(ReadError):
        read_file(tmp_path)  # a directory


WORDS = ["Jakarta", "kata", "Presiden", "yang", "dan", "di", "NATO", "12", "“", "”", "‘", "’", "–", "—", "…",
         "é", "ü", "°", "€", "\xa0", ",", ".", "\n"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=120).map(" ".join))
def test_cp1252_is_read_right_or_refused_never_misread(text: str) -> None:
    try:
        decoded = decode_bytes(text.encode("cp1252"))
    except (UndecodableInput, EmptyInput):
        return  # charset-normalizer found no clean reading: refused, not guessed
    assert decoded.text == normalize_text(text)
    assert decoded.encoding in ("utf-8", "cp1252", "cp1250")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_give_text_or_a_named_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except NewsdbError:
        return
    assert decoded.text.strip()
    assert "\r" not in decoded.text and "\x00" not in decoded.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_arbitrary_text_in_any_utf_survives(text: str) -> None:
    for data in (text.encode("utf-8"), codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass")):
        try:
            decoded = decode_bytes(data)
        except NewsdbError:
            continue
        assert decoded.text == normalize_text(decoded.text)
