"""Inputs built to trip backtracking regexes: long runs of one pattern."""

from __future__ import annotations

PATHOLOGICAL = {
    "commas": "Judul\n" + ", " * 50000 + "akhir.",
    "baca-juga": "Judul\n" + "Baca juga: " * 20000,
    "dashes": "Judul\n" + "A - " * 30000 + "x",
    "capitals": "Judul\n" + "JAKARTA " * 30000 + "- x",
    "parentheses": "Judul\nisi.\n" + "(" * 30000 + "x" + ")" * 30000,
    "long-title": "J" * 100000 + "\nisi",
    "dates": "Judul\n" + "12 Januari 2022, " * 20000,
    "loading": "Judul\nisi" + ",,," * 30000 + "loading...",
    "credits": "Judul\nisi " + "Sumber: a, " * 10000 + "Disadur dari x",
    "names": "Judul\nisi.\n" + "Aa Bb ,," * 10000,
}
