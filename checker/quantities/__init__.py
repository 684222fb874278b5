"""The quantity layer: what a figure is, read once for every arithmetic kind.

Sits between the kinds and the extractors (``kinds → quantities → extract → model``). It
holds the readers whose words are data (``rules/lexicon/``): the Vietnamese number words
(:mod:`checker.quantities.words`), which let a kind compare an amount written out ("Bằng
chữ: …") with its figure, and what a figure measures (:mod:`checker.quantities.units`: money,
a physical dimension, a count of a noun, a percentage), so that no kind adds litres to pieces
or compares either with an amount in đồng; and role words (:mod:`checker.quantities.roles`:
labels that split one whole between them).
"""
from .roles import Roles, load_roles
from .units import UnitLexicon, UnitReading, compatible, load_units, reading, same_measure
from .words import LexiconError, NumberWords, load_number_words, split_words

__all__ = ["LexiconError", "NumberWords", "Roles", "load_roles", "UnitLexicon", "UnitReading", "compatible", "load_number_words",
           "load_units", "reading", "same_measure", "split_words"]
