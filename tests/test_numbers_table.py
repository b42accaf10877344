"""Integrity of the numbers vocabulary table: the data the grammar is compiled from."""

from __future__ import annotations

from typing import get_args

from beritaparse.numbers import _table as table
from beritaparse.numbers._words import is_number_word


def test_qualifiers_map_to_the_literal_values():
    allowed = set(get_args(table.Qualifier))
    assert set(table.QUALIFIERS.values()) == allowed


def test_word_keys_are_lower_case():
    for mapping in (
        table.DIGIT_WORDS,
        table.SCALE_WORDS,
        table.SE_WORDS,
        table.FRACTION_DENOMINATORS,
        table.VAGUE_PLURALS,
        table.QUALIFIERS,
        table.CURRENCY_PREFIXES,
        table.CURRENCY_WORDS,
        table.UNIT_FORMS,
        table.MULTIWORD_NOUNS,
    ):
        for key in mapping:
            assert key == key.lower(), key


def test_scales_are_powers_of_a_thousand():
    for word, scale in table.SCALE_WORDS.items():
        assert scale in {10**3, 10**6, 10**9, 10**12, 10**15}, word


def test_vague_plurals_are_well_ordered():
    for word, (low, high) in table.VAGUE_PLURALS.items():
        assert low > 0, word
        assert high is None or high > low, word


def test_digit_words_are_zero_to_nine():
    assert sorted(table.DIGIT_WORDS.values()) == list(range(10))


def test_currency_codes_are_iso_like():
    for code in [*table.CURRENCY_PREFIXES.values(), *table.CURRENCY_WORDS.values()]:
        assert len(code) == 3, code
        assert code.isupper(), code


def test_not_nouns_hold_no_number_words_or_units():
    assert not {word for word in table.NOT_NOUNS if is_number_word(word)}
    assert not (table.NOT_NOUNS & set(table.UNIT_FORMS))
    assert not (table.NOT_NOUNS & table.NOUN_LIKE_VERB_PREFIXED)


def test_verb_prefix_exceptions_do_start_with_a_verb_prefix():
    for word in table.NOUN_LIKE_VERB_PREFIXED:
        assert word.startswith(table.VERB_PREFIXES), word


def test_classifiers_are_not_stop_words():
    assert not (table.CLASSIFIERS & table.NOT_NOUNS)


def test_word_sets_are_lower_case():
    for words in (table.PROPER_NOUNS, table.COMMON_COUNTED_NOUNS, table.MINUS_WORDS, table.NOT_NOUNS):
        for word in words:
            assert word == word.lower(), word


def test_common_counted_nouns_are_nouns():
    # A word in both lists would be counted in capitals but never in lower case.
    assert not (table.COMMON_COUNTED_NOUNS & table.NOT_NOUNS)
    assert not (table.COMMON_COUNTED_NOUNS & table.PROPER_NOUNS)


def test_proper_nouns_are_not_counted_nouns_or_units():
    assert not (table.PROPER_NOUNS & set(table.UNIT_FORMS))
    assert not (table.PROPER_NOUNS & table.CLASSIFIERS)
