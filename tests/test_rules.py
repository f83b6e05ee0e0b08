"""Every rule table: schema, compiled patterns, examples, unique ids, linear time, no subsumption."""

from __future__ import annotations

import time

import pytest

from newsclean import _rules
from newsclean._rules import RuleError, load, parse_table

FAMILIES = _rules.families()
ALL_RULES = [(fam, rule) for fam in FAMILIES for rule in load(fam).rules]


def test_tables_found() -> None:
    assert {"ads", "credits", "chrome", "sponsors", "prompts", "footer"} <= set(FAMILIES)


def test_ids_unique_across_tables() -> None:
    ids = [rule.id for _, rule in ALL_RULES]
    assert len(ids) == len(set(ids))
    assert not set(ids) & set(_rules.CODE_RULES), "a table rule shadows a code rule id"


@pytest.mark.parametrize("family,rule", ALL_RULES, ids=[r.id for _, r in ALL_RULES])
def test_examples_and_counterexamples(family: str, rule: _rules.CompiledRule) -> None:
    for example in rule.rule.examples:
        assert rule.matches(example), example
    for counter in rule.rule.counterexamples:
        assert not rule.matches(counter), counter
    assert rule.rule.note, "every rule says why it exists"


@pytest.mark.parametrize("family,rule", ALL_RULES, ids=[r.id for _, r in ALL_RULES])
def test_table_lookup_finds_each_example(family: str, rule: _rules.CompiledRule) -> None:
    """The fast path (phrase index + pre-filter) agrees with the rule itself."""
    table = load(family)
    for example in rule.rule.examples:
        assert table.first(example) is not None, example


@pytest.mark.parametrize("family", FAMILIES)
def test_no_rule_subsumes_another(family: str) -> None:
    rules = load(family).rules
    for a in rules:
        for b in rules:
            if a is b:
                continue
            covered = all(b.matches(ex) for ex in a.rule.examples)
            assert not covered, f"{b.id} matches every example of {a.id}"


ADVERSARIAL = [
    " " * 5000, "a" * 5000, "A" * 5000, "a " * 2500, "A " * 2500, "|" * 5000, "| a " * 1250,
    "(" * 5000, "Photo: " * 700, "By " * 1600, "/" * 5000, "1" * 5000, "a/" * 2500,
    "Aa " * 1600 + "!", "© " * 2500, "cookie " * 700, ". " * 2500, "x" * 4999 + "\u00a0",
]


@pytest.mark.slow
@pytest.mark.parametrize("family,rule", ALL_RULES, ids=[r.id for _, r in ALL_RULES])
def test_linear_time_on_adversarial_input(family: str, rule: _rules.CompiledRule) -> None:
    """Long runs of the characters patterns repeat on: doubling the input about doubles time."""
    if rule.regex is None:
        return
    pattern = rule.regex
    for s in ADVERSARIAL:
        small, big = _timings(pattern, s)
        if big >= max(small, 5e-4) * 10:  # retry once: a busy machine makes noise
            small, big = _timings(pattern, s)
        # linear: 4x the input takes about 4x the time; quadratic would take 16x
        assert big < max(small, 5e-4) * 10, (rule.id, s[:10], small, big)


@pytest.mark.slow
def test_date_patterns_linear_on_adversarial_input() -> None:
    """The date patterns run without a timeout (a wall-clock limit made results depend on the
    machine's load): doubling the input must about double the time."""
    from newsclean._dates import _patterns

    dated = ["2024 " * 1000, "12 " * 1600, "March " * 800, "12.03." * 800, "2024-03-" * 600,
             "2024年3月" * 600, "Updated " * 600]
    for pattern in _patterns():
        for s in ADVERSARIAL + dated:
            small, big = _timings(pattern, s)
            if big >= max(small, 5e-4) * 10:  # retry once: a busy machine makes noise
                small, big = _timings(pattern, s)
            assert big < max(small, 5e-4) * 10, (pattern.pattern[:40], s[:10], small, big)


def _timings(pattern: object, s: str) -> tuple[float, float]:
    t0 = time.perf_counter()
    pattern.search(s)  # type: ignore[attr-defined]
    small = time.perf_counter() - t0
    t0 = time.perf_counter()
    pattern.search(s * 4)  # type: ignore[attr-defined]
    return small, time.perf_counter() - t0


@pytest.mark.parametrize(
    "data,message",
    [
        ({"rule": [{"id": "x.a", "reason": "r", "pattern": "a", "examples": ["a"], "colour": 1}]},
         "x.a"),
        ({"rule": [{"id": "x.a", "reason": "r", "pattern": "(", "examples": ["a"]}]},
         "bad pattern"),
        ({"rule": [{"id": "x.a", "reason": "r", "pattern": "b", "examples": ["a"]}]},
         "example does not match"),
        ({"rule": [{"id": "x.a", "reason": "r", "pattern": "a", "examples": ["a"],
                    "counterexamples": ["ab"]}]}, "counterexample matches"),
        ({"rule": [{"id": "x.a", "reason": "r", "examples": ["a"]}]}, "exactly one"),
        ({"rule": [{"id": "x.a", "reason": "r", "phrases": ["a"], "examples": ["a"]},
                   {"id": "x.a", "reason": "r", "phrases": ["b"], "examples": ["b"]}]},
         "used twice"),
        ({"rules": []}, "unknown top-level"),
    ],
)
def test_bad_tables_fail_with_the_rule_named(data: dict[str, object], message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_table("test.toml", data)


def test_phrase_key_cache_keeps_no_long_line() -> None:
    """The phrase-key cache is for short lines: a long input is never held alive by it."""
    from newsclean._rules import MEMO_CHARS, _short_phrase_key, phrase_key

    _short_phrase_key.cache_clear()  # a full cache evicts one entry for each new one
    before = _short_phrase_key.cache_info().currsize
    long_line = "x " * MEMO_CHARS + "tail-that-is-unique-to-this-test"
    assert phrase_key(long_line) == long_line.strip().casefold()
    assert _short_phrase_key.cache_info().currsize == before
    assert phrase_key("  Unique Short Line For The Cache Test: ") == "unique short line for the cache test"
    assert _short_phrase_key.cache_info().currsize == before + 1
