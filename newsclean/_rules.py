"""Load and validate the rule tables in ``newsclean/rules/``.

A table is a TOML file with ``[[rule]]`` entries. Each rule has a stable ``id``
(``family.snake_slug``), either a ``pattern`` (compiled with :mod:`regex`, searched, so anchor
it) or a list of ``phrases`` (the whole line, case-folded and with edge punctuation removed,
must equal one of them), the ``reason`` recorded with each removal, ``examples`` that must match
and ``counterexamples`` that must not. Tables are validated when first loaded: a bad pattern, an
unknown key or an example that does not behave fails at once with the rule's id in the message.

Code decides how a family applies its rules; the data decides what matches.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Literal, cast

import regex

from ._typing import RegexMatch, RegexPattern
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

#: per-call limit for a rule pattern on untrusted text; patterns are also written to run in
#: linear time, and tests/test_rules.py checks them on adversarial strings.
PATTERN_TIMEOUT = 0.25
#: lines remembered per rule table by RuleSet.first (then the memo starts afresh)
MEMO_SIZE = 20_000
MEMO_CHARS = 200
_MISSING: object = object()
#: lines longer than this (in characters) are searched with the timeout
LONG_LINE = 2000

# punctuation, symbols and spaces stripped from a line's edges before a phrase lookup
_EDGE_CHARS = (
    " \t\u00a0!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡§«»¶·¿‐‑‒–—―‘’‚“”„•…‹›※€£¥©®™°±×÷"
    "←↑→↓▶►▸▪■□●○◆◇★☆✓✔✕✖❯❮〈〉《》「」『』【】〔〕・、。，：；！？（）［］｛｝"
)


#: Rules applied by code rather than by a table pattern: id -> reason. Every removal's rule id
#: is either here or in a table (tests/test_properties.py checks it).
CODE_RULES: dict[str, str] = {
    "text.invisible": "only invisible or control characters",
    "text.markup": "mark-up only (a Markdown image, rule or icon, a text browser's link number)",
    "header.date": "site chrome (date above the headline)",
    "html.nav": "navigation",
    "html.header": "page header",
    "html.footer": "page footer",
    "html.aside": "sidebar",
    "html.form": "form",
    "title.first_line": "headline (the page title line and its repeat)",
    "title.first_heading": "headline",
    "title.page_heading": "headline (matches the page title)",
    "title.over_body": "headline (the line over the first paragraph)",
    "title.repeated": "headline (printed twice over the first paragraph)",
    "title.over_article": "headline (the line over the article, on a page with no title line)",
    "title.meta": "headline from the page metadata",
    "source.title_suffix": "site name from the title suffix",
    "source.meta": "site name from the page metadata",
    "source.header_name": "source name printed above the date",
    "source.header_alias": "source short name (alias of the source)",
    "source.first_line": "site name (the page's first line)",
    "published.date_line": "publication date",
    "published.meta": "publication date from the page metadata",
    "published.byline_line": "publication date printed on the byline's line",
    "published.over_article": "publication date (the date line over the article, below the top)",
    "byline.meta": "author from the page metadata",
    "byline.label_line": "byline (the label and the name on lines of their own)",
    "date.line": "date or time line",
    "credits.orphan": "photo credit",
    "credits.figcaption": "photo caption",
    "credits.caption_fragment": "caption widget fragment",
    "credits.caption_repeat": "repeat of a caption already taken",
    "credits.gallery_slide": "slideshow caption",
    "credits.gallery_control": "slideshow control",
    "comments.thread": "reader comment section",
    "related.list_item": "headline listed under a related-content header",
    "prompt.box_line": "line inside a reader-prompt box",
    "share.embed_text": "social media embed",
    "content.outside_main": "boilerplate outside the article's main text",
    "content.low_score": "boilerplate-shaped block inside the article",
    "content.repeated": "the same text printed three times or more on the page",
}


def known_rule_ids() -> frozenset[str]:
    """Every rule id a removal may name: the tables' and the code's."""
    ids = set(CODE_RULES)
    for family in families():
        ids.update(rule.id for rule in load(family).rules)
    return frozenset(ids)


class RuleError(ValueError):
    """A rule table is malformed; the message names the file and rule."""


class Rule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z]+\.[a-z0-9_]+$")
    reason: str
    scope: Literal["line", "block"] = "line"
    action: Literal["drop", "move", "strip", "credit", "credit_over", "caption"] = "drop"
    pattern: str | None = None
    phrases: list[str] | None = None
    case_sensitive: bool = False
    max_words: int | None = None
    contains: list[str] | None = None
    lang: str | None = None
    examples: list[str] = Field(min_length=1)
    counterexamples: list[str] = []
    note: str = ""

    @model_validator(mode="after")
    def _one_matcher(self) -> Rule:
        if (self.pattern is None) == (self.phrases is None):
            raise ValueError("give exactly one of 'pattern' and 'phrases'")
        return self


def phrase_key(text: str) -> str:
    """The form a line takes for phrase lookup: case-folded, edge punctuation and spaces gone.

    Cached for short lines (bounded, thread-safe): the phrase tables of several families ask
    for the key of the same line. A long line is not kept, so the cache never holds a large
    input alive.

    >>> phrase_key("  ADVERTISEMENT: ")
    'advertisement'
    """
    if len(text) > MEMO_CHARS:
        return _phrase_key(text)
    return _short_phrase_key(text)


def _phrase_key(text: str) -> str:
    return " ".join(text.strip(_EDGE_CHARS).split()).casefold()


_short_phrase_key = functools.lru_cache(maxsize=1 << 14)(_phrase_key)


def guarded_search(pattern: RegexPattern, text: str) -> RegexMatch | None:
    """``pattern.search(text)``, with the timeout only where it can matter.

    Rule patterns are written to run in linear time (tests/test_rules.py checks them on
    adversarial strings); the timeout is a second line of defence for long lines. It is not
    passed for short ones because it costs several times the match itself. A pattern that times
    out counts as no match: the text is kept.
    """
    try:
        if len(text) > LONG_LINE:
            return pattern.search(text, timeout=PATTERN_TIMEOUT)
        return pattern.search(text)
    except TimeoutError:  # pragma: no cover - patterns are linear
        return None


def _word_count(text: str) -> int:
    return text.count(" ") + 1


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: Rule
    regex: RegexPattern | None
    phrases: frozenset[str]
    contains: tuple[str, ...] = ()
    order: int = 0
    max_words: int = 10**9

    @property
    def id(self) -> str:
        return self.rule.id

    def applies(self, text: str, count: int | None = None, folded: str | None = None) -> bool:
        """The cheap gates: the line is short enough and holds one of the required strings.

        ``count`` (words) and ``folded`` (the case-folded line) may be passed in when the
        caller has them already.
        """
        if (_word_count(text) if count is None else count) > self.max_words:
            return False
        if not self.contains:
            return True
        if folded is None:
            folded = text.casefold()
        for needle in self.contains:
            if needle in folded:
                return True
        return False

    def matches(self, text: str) -> bool:
        if not self.applies(text):
            return False
        if self.regex is None:
            return phrase_key(text) in self.phrases
        return self.search(text) is not None

    def search(self, text: str) -> RegexMatch | None:
        if self.regex is None:
            return None
        return guarded_search(self.regex, text)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """A family's compiled rules, in table order.

    For speed, whole-line phrases are looked up in one dict, and the patterns of rules without
    a ``contains`` gate are joined into one pre-filter alternation: only a line that passes it
    is tried rule by rule, to learn which rule matched. The ``contains`` strings of all gated
    rules are one literal alternation (``needles``), searched once in the case-folded line
    before any gated rule is asked.
    """

    name: str
    rules: tuple[CompiledRule, ...]
    phrase_index: dict[str, CompiledRule]
    max_phrase_words: int
    prefilter: RegexPattern | None
    prefilter_max_words: int
    gated: tuple[CompiledRule, ...]
    plain: tuple[CompiledRule, ...]
    #: no rule of the table matches a line of more words than this
    limit: int
    #: any gated rule's ``contains`` string (stdlib ``re``: a literal alternation)
    needles: re.Pattern[str] | None = None
    #: the longest line (in words) a gated rule takes
    gated_max_words: int = 0
    #: line text -> first matching rule (see first())
    memo: dict[str, CompiledRule | None] = field(default_factory=dict, compare=False, repr=False)

    def first(self, text: str) -> CompiledRule | None:
        """The first rule (in table order) that matches ``text``, or None.

        Results are memoised per table (bounded): cleaners ask about the same line more than
        once, and the boilerplate lines of one site repeat across its pages.
        """
        # one get(), not "in" then [], so that another thread clearing the memo in between
        # cannot raise KeyError here
        memo = self.memo
        hit = memo.get(text, _MISSING)
        if hit is not _MISSING:
            return cast("CompiledRule | None", hit)
        best = self._first(text)
        if len(text) > MEMO_CHARS:  # long lines are prose, not repeated chrome: not kept
            return best
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        memo[text] = best
        return best

    def _first(self, text: str) -> CompiledRule | None:
        best: CompiledRule | None = None
        count = text.count(" ") + 1
        if count > self.limit:
            return None
        if self.phrase_index and count <= self.max_phrase_words + 2:
            hit = self.phrase_index.get(phrase_key(text))
            if hit is not None and hit.applies(text, count):
                best = hit
        if (self.prefilter is not None and count <= self.prefilter_max_words
                and guarded_search(self.prefilter, text) is not None):
            for rule in self.plain:
                if best is not None and rule.order > best.order:
                    break
                if count <= rule.max_words and guarded_search(rule.regex, text) is not None:
                    best = rule
                    break
        if not self.gated or count > self.gated_max_words:
            return best
        folded = text.casefold()
        if self.needles is not None and self.needles.search(folded) is None:
            return best
        for rule in self.gated:
            if (best is not None and rule.order > best.order) or count > rule.max_words:
                continue
            if rule.applies(text, count, folded) and guarded_search(rule.regex, text) is not None:
                best = rule
        return best

    def get(self, rule_id: str) -> CompiledRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def _compile(rule: Rule, where: str) -> CompiledRule:
    compiled = None
    if rule.pattern is not None:
        flags = (0 if rule.case_sensitive else regex.IGNORECASE)
        try:
            compiled = regex.compile(rule.pattern, flags)
        except regex.error as exc:
            raise RuleError(f"{where}: rule {rule.id!r}: bad pattern: {exc}") from exc
    phrases = frozenset(phrase_key(p) for p in rule.phrases or ())
    contains = tuple(c.casefold() for c in rule.contains or ())
    c = CompiledRule(rule, compiled, phrases, contains,
                     max_words=rule.max_words if rule.max_words is not None else 10**9)
    for ex in rule.examples:
        if not c.matches(ex):
            raise RuleError(f"{where}: rule {rule.id!r}: example does not match: {ex!r}")
    for ex in rule.counterexamples:
        if c.matches(ex):
            raise RuleError(f"{where}: rule {rule.id!r}: counterexample matches: {ex!r}")
    return c


def parse_table(name: str, data: dict[str, object]) -> RuleSet:
    """Validate and compile one table's parsed TOML (``{"rule": [...]}``)."""
    unknown = set(data) - {"rule"}
    if unknown:
        raise RuleError(f"{name}: unknown top-level keys {sorted(unknown)}")
    raw = data.get("rule", [])
    if not isinstance(raw, list):
        raise RuleError(f"{name}: 'rule' must be an array of tables")
    compiled: list[CompiledRule] = []
    seen: set[str] = set()
    for i, entry in enumerate(raw):
        label = entry.get("id", f"#{i}") if isinstance(entry, dict) else f"#{i}"
        try:
            rule = Rule.model_validate(entry)
        except ValidationError as exc:
            raise RuleError(f"{name}: rule {label!r}: {exc}") from exc
        if rule.id in seen:
            raise RuleError(f"{name}: rule id {rule.id!r} is used twice")
        seen.add(rule.id)
        compiled.append(replace(_compile(rule, name), order=i))
    index: dict[str, CompiledRule] = {}
    for c in compiled:
        for p in c.phrases:
            index.setdefault(p, c)
    longest = max((len(p.split()) for p in index), default=0)
    plain = [c for c in compiled if c.regex is not None and not c.contains]
    prefilter = None
    if plain:
        # case-insensitive rules keep their flag inside a scoped group
        parts = [f"(?:{c.rule.pattern})" if c.rule.case_sensitive else f"(?i:{c.rule.pattern})"
                 for c in plain]
        prefilter = regex.compile("|".join(parts))
    limit = max((c.rule.max_words or 10**9 for c in plain), default=0)
    gated = tuple(c for c in compiled if c.regex is not None and c.contains)
    table_limit = max([longest + 2 if index else 0]
                      + [c.max_words for c in compiled if c.regex is not None])
    strings = sorted({n for c in gated for n in c.contains})
    needles = re.compile(literal_alternation(strings)) if strings else None
    return RuleSet(name, tuple(compiled), index, longest, prefilter, limit, gated, tuple(plain),
                   table_limit, needles=needles,
                   gated_max_words=max((c.max_words for c in gated), default=0))


_Trie = dict[str, "_Trie"]


def literal_alternation(strings: list[str]) -> str:
    """A pattern that finds any of ``strings``, written as a trie ("photo(?:grapher)?|pic..."):
    at each position the engine tries one branch per first character rather than every string
    (the credits table's 88 strings: 7 -> 4 µs a line).

    >>> literal_alternation(["photo", "photographer", "pic", "via"])
    '(?:p(?:hoto(?:grapher)?|ic)|via)'
    """
    trie: _Trie = {}
    for word in strings:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        end = "" in node
        if len(branches) == 1 and not end:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if end else "")

    return build(trie)


@functools.cache
def load(family: str) -> RuleSet:
    """Load ``newsclean/rules/<family>.toml`` (cached; tables are immutable)."""
    path = resources.files("newsclean") / "rules" / f"{family}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{family}.toml: {exc}") from exc
    return parse_table(f"{family}.toml", data)


def families() -> list[str]:
    """The names of all rule tables shipped with the package."""
    folder = resources.files("newsclean") / "rules"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


@functools.cache
def wordlist(name: str) -> dict[str, frozenset[str]]:
    """A per-language word list ``newsclean/rules/<name>.toml`` (``lang = [words]``)."""
    path = resources.files("newsclean") / "rules" / "words" / f"{name}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {lang: frozenset(w.casefold() for w in words) for lang, words in data.items()}


@functools.cache
def function_words() -> frozenset[str]:
    """Every language's function words (``rules/words/stopwords.toml``), in one set: the
    lists of words, not the ``*_chars`` lists of scripts written without spaces."""
    lists = wordlist("stopwords")
    return frozenset().union(*(v for k, v in lists.items() if not k.endswith("_chars")))
