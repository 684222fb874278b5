"""The quantity layer: what a figure is, read once for every arithmetic kind.

Sits between the kinds and the extractors (``kinds → quantities → extract → model``). It
holds the readers whose words are data (``rules/lexicon/``): so far the Vietnamese number
words (:mod:`checker.quantities.words`), which let a kind compare an amount written out
("Bằng chữ: …") with its figure.
"""
from .words import LexiconError, NumberWords, load_number_words, split_words

__all__ = ["LexiconError", "NumberWords", "load_number_words", "split_words"]
