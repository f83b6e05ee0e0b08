"""Article metadata: headline, source, publication date, byline, attribution.

- ``extract_title``: the headline, from an aggregator's ``NextImg:`` line, the page ``<title>``
  line (with its `` | Site`` suffix split off into ``source``) and the on-page repeat of it.
- ``extract_published``: the date line nearest the headline, and the source name printed just
  above it (with its short alias) in an aggregator's header.
- ``extract_byline``: ``By Name`` lines (and their forms in other languages) near the top.
- ``extract_attribution``: closing wire credits (``With Post wires``, ``Reporting by ...``).
- ``drop_date_lines``: other lines that are only a date or time (``Updated 12:42pm``).

>>> from newsclean._readers import read_text
>>> doc = extract_title(read_text("Storm hits coast - Daily Planet\\n\\nStorm hits coast\\n\\nText."))
>>> doc.field("title"), doc.field("source"), [b.text for b in doc.blocks]
('Storm hits coast', 'Daily Planet', ['Text.'])
"""

from __future__ import annotations

import re
from itertools import islice

import regex

from .._dates import find_date, is_date_line, is_dated_source_line
from .._document import Block, Document
from .._rules import CODE_RULES, CompiledRule, RuleSet, function_words, load
from .._typing import RegexMatch
from ._shape import (
    HAN_KANA,
    HAN_KANA_RUNS,
    HANGUL,
    body_start,
    ends_sentence,
    is_byline_line,
    is_sentence,
    size,
    size_capped,
    words,
)

# spaced separators, and the unspaced "_" and full-width bar of Chinese page titles
# ("标题_频道_网站")
_SEPARATORS = regex.compile(
    r"\s+(?:[|:·•»«/]|::|//|--|[-–—])\s+|\s*[_｜]\s*"
    # between Han characters a hyphen needs no spaces ("中国经济稳中向好-新华网")
    r"|(?<=\p{Han})[-－](?=\p{Han})")
#: the same word pattern as _shape.words (stdlib re: the regex module reads \w otherwise)
_WORD_RE = re.compile(r"\w+")
#: a short bracketed segment closing a page title: the story's provider ("（共同通信）", "(AP)")
_BRACKETED_TAIL = regex.compile(r"\s*[(（][^()（）]{1,20}[)）]\s*$")
_SITE_PREFIX = regex.compile(r"^((?:\p{Lu}[\p{L}.&\x27-]*\s){1,3}\p{Lu}[\p{L}.&\x27-]*):\s+(?=\p{Lu})")
_NAME = regex.compile(r"^[\p{Lu}\p{N}][\p{L}\p{N}.&\x27\u2019 -]{1,60}$")
_FULL_STOP = regex.compile(r"[^.]\.[\"”’»)]*$|[。]$")
#: how far (in blocks) below the top the headline's repeat, the byline and the date may be
_TOP_WINDOW = 80
#: how far the headline's repeat is looked for when the top window has none: a 2008 portal
#: prints 100 lines of menus and links between its page title and its story
_REPEAT_WINDOW = 160
#: lines looked at over the first paragraph for its headline
_OVER_BODY_LOOKBACK = 20


def _with_repeats(doc: Document, block: Block) -> list[Block]:
    """A metadata line and its word-for-word repeats elsewhere on the page: a field's line
    printed twice is one field, and leaving the copy in the body would make it a paragraph."""
    return [b for b in doc.blocks if b.text == block.text]


#: a numeric date closing a page title's site segment
_TRAILING_DATE = regex.compile(r"[,\s]+\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """Split ``Headline - Section | Site`` (or ``Site | Headline``) into headline and site.

    A segment before the first separator that ends in a domain ("Welcome to www.site.com - ...")
    is the site's, whatever follows. Site-like segments (at most six words, not starting with a
    lower-case letter) are peeled off the end while at least three words of headline remain;
    then one off the front. The outermost segment peeled is the site. A short
    ``Site: Headline`` prefix (two to four capitalised words before a colon) counts too.

    >>> split_site_suffix("Search for coach expands - Los Angeles Times")
    ('Search for coach expands', 'Los Angeles Times')
    >>> split_site_suffix("Laursen close to new deal - Football News | SPORTBOX.tv")
    ('Laursen close to new deal', 'SPORTBOX.tv')
    >>> split_site_suffix("BBC News - Floods hit the north of England")
    ('Floods hit the north of England', 'BBC News')
    >>> split_site_suffix("The Associated Press: Rice Lauds Iraqi Reconciliation Efforts")
    ('Rice Lauds Iraqi Reconciliation Efforts', 'The Associated Press')
    >>> split_site_suffix("wjz.com - Selig, Fehr Head To Congress")
    ('Selig, Fehr Head To Congress', 'wjz.com')
    >>> split_site_suffix("Правительство утвердило бюджет - РИА Новости, 14.03.2024")
    ('Правительство утвердило бюджет', 'РИА Новости')
    >>> split_site_suffix("中国经济稳中向好-新华网")
    ('中国经济稳中向好', '新华网')
    >>> split_site_suffix("Welcome to www.dailyrecord.com - Giants - Eli Manning continues to thrive")
    ('Giants - Eli Manning continues to thrive', 'Welcome to www.dailyrecord.com')
    >>> split_site_suffix("In defence of cheap chicken | spiked")
    ('In defence of cheap chicken', 'spiked')
    >>> split_site_suffix("Obama wins Iowa - and what it means for Clinton")
    ('Obama wins Iowa - and what it means for Clinton', None)
    """
    headline, site = title.strip().rstrip(":：").rstrip(), None  # "Headline - Site:"
    first = _SEPARATORS.search(headline)
    if first is not None:
        # a domain before the first separator names the site, whatever the other side's
        # segments look like ("Welcome to www.dailyrecord.com - Giants - Eli Manning ...")
        head, rest = headline[: first.start()].strip(), headline[first.end():].strip()
        if _DOMAIN.match(head.rsplit(" ", 1)[-1].lower()) and size(rest) >= 3:
            headline, site = rest, head
    while True:
        seps = list(_SEPARATORS.finditer(headline))
        if not seps:
            break
        tail, rest = headline[seps[-1].end():].strip(), headline[: seps[-1].start()].strip()
        # a date after the site's name is not counted as words of it ("РИА Новости, 14.03.2024")
        dated = _TRAILING_DATE.search(tail)
        name = tail[:dated.start()] if dated is not None else tail
        # after a bar, a site may write its name in lower case ("... | spiked"): a bar
        # does not join the parts of a headline as a dash or a colon may
        barred = seps[-1].group().strip() in ("|", "｜") and 0 < size(name) <= 2
        if not (name and (_site_like(name) or barred) and size(rest) > size(name)
                and size(rest) >= 3):
            break
        site = site or name
        headline = rest
    if site is None:
        seps = list(_SEPARATORS.finditer(headline))
        prefix = _SITE_PREFIX.match(headline)
        if seps:
            head, rest = headline[: seps[0].start()].strip(), headline[seps[0].end():].strip()
            if (_site_like(head) and size(rest) > size(head) and size(rest) >= 3
                    and not rest[:1].islower()):
                return rest, head.rstrip(":：").rstrip()  # "Star-Telegram.com: | ..."
        if prefix is not None and size(headline[prefix.end():]) >= 3:
            return headline[prefix.end():].strip(), prefix.group(1)
    return headline, site


_DOMAIN = regex.compile(r"^(?:www\.)?[\p{Ll}\p{N}-]{1,40}(?:\.[\p{Ll}\p{N}-]{1,40}){0,3}\.\p{Ll}{2,6}$")


def _site_like(segment: str) -> bool:
    """A site's name (``Los Angeles Times``, ``SPORTBOX.tv``) or its domain (``wjz.com``)."""
    if _DOMAIN.match(segment):
        return True
    n = size(segment)
    if n <= 10 and " " in segment and _DOMAIN.match(segment.rsplit(" ", 1)[1]):
        return not segment[:1].islower()  # "Technology News at silicon.com"
    return 0 < n <= 6 and not segment[:1].islower()


def _key(text: str) -> str:
    return " ".join(words(text.casefold()))


#: the first paragraph under a headline has this many words or more; in the alphabets of
#: languages with long inflected words and no articles (Russian, Korean: a lead of 12 to 19
#: words), fewer
_FIRST_PARAGRAPH_WORDS = 20
_FIRST_PARAGRAPH_WORDS_COMPACT = 12
_COMPACT_SCRIPT = regex.compile(r"[\p{Cyrillic}\p{Hangul}\p{Greek}\p{Arabic}\p{Hebrew}]")


def _paragraph_long(text: str) -> bool:
    n = size(text)
    if n >= _FIRST_PARAGRAPH_WORDS:
        return True
    return n >= _FIRST_PARAGRAPH_WORDS_COMPACT and _COMPACT_SCRIPT.search(text) is not None


#: the end of a tag or an attribute left in the page title line: the text of a broken
#: <meta> element, not a headline ('to keep Berbatov at White Hart Lane." />')
_MARKUP = regex.compile(r"/>|\"\s*>|</?[a-z]+[\s>]|\w=\"")

#: a first line this short, with no " | Site" suffix, is a site's name, not a headline
_SITE_NAME_WORDS = 2


def extract_title(doc: Document) -> Document:
    """Move the headline into ``title``, and a ``<title>`` site suffix into ``source``.

    In order: an aggregator's ``NextImg:`` line; for HTML, the page's ``og:title``/``<title>``
    and the block that repeats it; for text, the first line when it is headline-shaped, plus
    the line further down that repeats it. A first line that reads like a sentence (ends with
    a full stop) or is the only line is not taken.
    """
    rules = load("metadata")
    prefix = rules.get("title.image_prefix")
    for block in doc.blocks[:_TOP_WINDOW]:
        match = prefix.search(block.text)
        if match is not None:
            title = block.text[match.end() - 1:].strip()
            return doc.move(_with_repeats(doc, block), "title", title, rule=prefix.id,
                            reason=prefix.rule.reason)
    if doc.html:
        return _title_from_hints(doc)
    if not doc.blocks:
        return doc
    headings = [b for b in doc.blocks[:_REPEAT_WINDOW] if b.kind == "heading"]
    if headings:
        # Markdown with its top-level headings marked (html2text's "# Headline"): the page's
        # h1 that is about the story, as for HTML with no page title
        h = _story_heading(doc, headings)
        return doc.move([h], "title", h.text, rule="title.first_heading", reason="headline")
    first = doc.blocks[0]
    if size_capped(first.text, 30) > 30 or len(doc.blocks) < 2 or _FULL_STOP.search(first.text):
        return doc  # a sentence, not a headline: headlines do not end with a full stop
    if not any(c.isalpha() for c in first.text):
        # no letter at all ("0", "| |"): a counter or a separator, not a headline
        return _headline_without_page_title(doc)
    headline, site = split_site_suffix(first.text)
    if is_known_boilerplate(headline) or _menu_words(headline) or _MARKUP.search(first.text):
        # "Advertisement" or "Home | News | Sports" on top is chrome, not a headline; asked of
        # the headline without its site segments, as "Headline | Section | Site" has the
        # pipes of a menu
        return _headline_without_page_title(doc)
    # a first line of a word or two with no suffix is the site's name ("РИА Новости"),
    # whatever words the story shares with it (its dateline may name the agency); a single
    # word is, even when the page prints it again (a logo's text: "g1"), while a two-word
    # line printed again is a short headline ("Fun returns")
    named = not site and size(headline) <= _SITE_NAME_WORDS
    headline, site, repeat = _headline_printed(
        doc.blocks[1:_TOP_WINDOW], doc.blocks[_TOP_WINDOW:_REPEAT_WINDOW], headline, site)
    if repeat is not None and named and size(headline) == 1:
        repeat = None
    top = doc.blocks[1:_TOP_WINDOW]
    found = _topic(top)
    if repeat is not None and named and found[0] >= 0 and repeat.line > top[found[0]].line:
        # a short first line printed again under the story ("Fox News" among the footer's
        # links) is the site's name, not a headline printed again over its story
        repeat = None
    if repeat is None:
        # the page title is not repeated above the story and shares no word with its first
        # paragraph: it is the site's name or a slogan ("The Hindu News Update Service"), and
        # the headline is the line over the first paragraph that does share words with it
        run = _over_body(top, found)
        over = _headline_over_body(run, "" if named else headline)
        if over is not None:
            doc = _take_headline_over_body(doc, over)
            if named:  # the site's name printed as the page's first line is the source
                return doc.move([first], "source", headline, rule="source.first_line",
                                reason=CODE_RULES["source.first_line"])
            return doc.set_field("source", site, rule="source.title_suffix") if site else doc
        repeat = _printed_headline(run, headline)
        if repeat is None and (named or (not _content_words(headline) & found[1]
                                         if found[0] >= 0 else len(doc.blocks) > _TOP_WINDOW)):
            # printed nowhere else, and a word or two (a site's name: "CNET" over a browser's
            # text with no page title) or sharing no word with the story's first paragraphs
            # (or with no story in the top lines of a longer page: a menu's or a banner's
            # line, or a page title the story does not echo): which it is is asked once the
            # article is known (extract_title_over_article)
            return doc
    moved = [first] + ([repeat] if repeat is not None else [])
    # a headline printed with a colon over its subtitle ("Nintendo Switch review:") ends there
    title = repeat.text.rstrip(":：").rstrip() if repeat is not None else headline
    doc = doc.move(moved, "title", title, rule="title.first_line",
                   reason="headline (the page title line and its repeat)")
    if site:
        doc = doc.set_field("source", site, rule="source.title_suffix")
    return doc


def _menu_words(text: str) -> bool:
    """A menu printed as one line of words with no separator ("HOME RSS FEEDS SEARCH
    CONTACT"): three words or more, three in five of them a known menu or button word."""
    words = text.split()
    if len(words) < 3 or len(words) > 12:
        return False
    return 5 * sum(1 for w in words if is_known_boilerplate(w)) >= 3 * len(words)


_BOILERPLATE_TABLES = ("ads", "chrome", "credits", "widgets", "related", "prompts", "footer",
                       "sponsors", "code", "late")


def is_known_boilerplate(text: str) -> bool:
    """Does a boilerplate family's rule match this line?"""
    return any(load(family).first(text) is not None for family in _BOILERPLATE_TABLES)


#: the story's first paragraphs' content words, and the lines over the first paragraph that
#: read like its headline (see _over_body)
_Run = tuple[set[str], list[Block]]


#: a line over the first paragraph is the headline in place of a page title that shares words
#: with the story too when it shares this many more ("Please support local business!" over a
#: story on roadblocks that a local business supports)
_CLEARER_BY = 3


def _headline_over_body(run: _Run, page_title: str) -> Block | None:
    """The headline over the first paragraph, when the page title is not about the story.

    The first paragraph is the first sentence of twenty words or more; over it stand the
    headline, perhaps a standfirst, byline and date (an unbroken run of up to six short
    lines). Only when ``page_title`` shares no content word with the first three such
    sentences, or the line shares ``_CLEARER_BY`` more with them than it does, is the topmost
    line of the run that reads like a headline taken: three to twenty-five words, no full
    stop or closing colon, not a byline, date or known boilerplate, and sharing two content
    words with those sentences.
    """
    topic, candidates = run
    # a domain in the page title is the site's ("Africa - Reuters.com"), whose name the
    # story's dateline may print ("PARIS, Jan 8 (Reuters) -")
    about = " ".join(w for w in page_title.split() if not _DOMAIN.match(w.lower()))
    if not candidates:
        return None
    shared = len(_content_words(about) & topic)
    if shared and len(_content_words(candidates[0].text) & topic) < shared + _CLEARER_BY:
        return None
    return candidates[0]


#: a video's running time closing its title in a list ("Cyclone Debbie crosses the coast 1:54")
_DURATION = regex.compile(r"\s\d{1,2}:\d{2}$")


def _printed_headline(run: _Run, page_title: str) -> Block | None:
    """The headline printed over the first paragraph in other words than the page title's
    (a search-engine title over the printed one: "Teslas with AI know where to drive" over
    "Elon Musk suggests Teslas will use AI to know where you want to go"): the first line
    that reads like a headline over the paragraph (see :func:`_headline_over_body`), has four
    words or more, is not a video's title (a running time at its end), and shares two
    content words with the page title; none when the page title is that line continued."""
    words_of_title = _content_words(page_title)
    if len(words_of_title) < 2:
        return None
    whole = _key(page_title)
    for block in run[1]:
        text = block.text
        if size(text) < 4 or _DURATION.search(text):
            continue
        if whole.startswith(_key(text)):
            # the page title starts with the line: after a separator, the rest is the site's
            # ("... by end of 2017 | Latest news"); else the line is the title cut short
            # ("8 Image Award Bids For 'Great Debaters'" under "..., 'The Great Debaters' ...")
            rest = page_title[len(text):] if page_title.startswith(text) else ""
            return block if _SEPARATORS.match(rest) else None
        if len(_content_words(text) & words_of_title) >= 2:
            return block
    return None


def _over_body(blocks: tuple[Block, ...], found: tuple[int, set[str]] | None = None) -> _Run:
    """The story's first paragraphs' content words, and the lines over the first paragraph
    that read like its headline, top first. ``found`` is ``_topic(blocks)`` when the caller
    has it already."""
    k, topic = found if found is not None else _topic(blocks)
    if k < 0:
        return topic, []
    # the unbroken run of short lines over the paragraph, up to six of them; a byline, a
    # date or a known boilerplate line (share buttons, reading time) does not count
    above: list[Block] = []
    # the nearest line over the paragraph that is no sentence (a standfirst may stand
    # between) needs fewer words in common with it: one, or none when a byline or date stands
    # between them (headline, standfirst, byline, date, first paragraph)
    nearest: Block | None = None
    looking = True
    shared_nearest = 1
    for j in range(k - 1, max(-1, k - 1 - _OVER_BODY_LOOKBACK), -1):
        text = blocks[j].text
        if size(text) >= 30:
            break
        if is_date_line(text) or load("metadata").first(text) is not None:
            if looking:
                shared_nearest = 0
            continue
        if is_known_boilerplate(text):
            continue
        if looking and not _FULL_STOP.search(text):
            looking = False
            if not _repeats_a_word(text):  # a menu's line names its site twice
                nearest = blocks[j]
        above.insert(0, blocks[j])
        if len(above) == 6:
            break
    return topic, [block for block in above if _headline_shaped(
        block.text, topic, shared_nearest if block is nearest else 2)]


def _repeats_a_word(text: str) -> bool:
    """Is a word of four letters or more printed twice in the line?"""
    seen = [w.casefold() for w in words(text) if len(w) >= 4]
    return len(set(seen)) < len(seen)


def _headline_shaped(text: str, topic: set[str], shared: int = 2) -> bool:
    """Three to twenty-five words, no full stop or closing colon, opening like a headline, and
    ``shared`` content words in common with the story's first paragraphs (``topic``)."""
    return (3 <= size(text) <= 25 and not _FULL_STOP.search(text)
            and _starts_like_a_headline(text) and not text.endswith((":", "："))
            and len(_content_words(text) & topic) >= shared)


def _repeated_headline(blocks: tuple[Block, ...], found: tuple[int, set[str]]) -> list[Block]:
    """The headline printed twice over the first paragraph, further up than the lines right
    over it (an audio player's title under the headline, then the player's buttons and a
    photo's caption): both copies, or none. Asked only when the page title and the lines
    right over the paragraph gave no headline; ``found`` is ``_topic(blocks)``."""
    k, topic = found
    seen: dict[str, Block] = {}
    for block in blocks[max(0, k - _OVER_BODY_LOOKBACK):max(0, k)]:
        first = seen.setdefault(block.text, block)
        if first is not block and _headline_shaped(block.text, topic):
            return [first, block]
    return []


def _topic(blocks: tuple[Block, ...]) -> tuple[int, set[str]]:
    """The index of the first paragraph (the first sentence of twenty words or more; -1 if
    none) and the content words of the first three such sentences."""
    long = list(islice((i for i, b in enumerate(blocks)
                        if _paragraph_long(b.text) and is_sentence(b.text)), 3))
    if not long:
        return -1, set()
    return long[0], set().union(*(_content_words(blocks[i].text) for i in long))


def _headline_without_page_title(doc: Document) -> Document:
    """The page starts with chrome, not its title (a menu, a script's text): the headline is
    the line over the first paragraph, if one reads like it (see :func:`_headline_over_body`)."""
    top = doc.blocks[:_TOP_WINDOW]
    found = _topic(top)
    over = _headline_over_body(_over_body(top, found), "")
    if over is not None:
        return _take_headline_over_body(doc, over)
    twice = _repeated_headline(top, found)
    if twice:
        return doc.move(twice, "title", twice[0].text, rule="title.repeated",
                        reason=CODE_RULES["title.repeated"])
    return doc


def _take_headline_over_body(doc: Document, block: Block) -> Document:
    """Move the headline found over the first paragraph into ``title``, with its word-for-word
    copies above it (an audio player's title, the page's own line on top): one headline
    printed twice over the story is one field."""
    copies = [b for b in doc.blocks[:_TOP_WINDOW] if b.line <= block.line and b.text == block.text]
    return doc.move(copies, "title", block.text, rule="title.over_body",
                    reason=CODE_RULES["title.over_body"])


#: how far above the article's first paragraph its headline is looked for when the page had
#: no title line, in input lines (a headline, standfirst, byline, date and photo over the story)
_ABOVE_ARTICLE_LINES = 24
#: how many headline-shaped removed lines over the article are asked before giving up
_ABOVE_ARTICLE_CANDIDATES = 6


def extract_title_over_article(doc: Document) -> Document:
    """The headline of a page whose first line extract_title did not take, found once the
    article is known.

    Text a headless browser gives (``document.body.innerText``) starts with the site's menus,
    not the page title, and the headline may stand a hundred lines down. extract_title leaves
    a first line that the story does not echo, or a word or two printed nowhere else (a site's
    name), for this step, which runs after the content decision. The first line (the first
    that is not blank) is the title when the body kept it, or when it shares a word with the
    article's first paragraphs: two when it reads as a name ("Contra Costa Times") or was
    removed with the lines under it, and never for a site's name alone. Else the headline is
    looked for over the article's first paragraph:
    the article's first block itself when it reads like a headline over the paragraphs after
    it, or the nearest removed line above it (within ``_ABOVE_ARTICLE_LINES``, past bylines,
    dates and known boilerplate) that does: three to twenty-five words, no full stop, two
    content words shared with the first paragraphs, or one when a byline or date moved out
    stands between them; a site's name on the first line is then the source. When none does,
    the first line is the title after all.
    """
    if doc.html or doc.field("title") is not None or not (doc.blocks or doc.records):
        return doc
    head = doc.blocks[0] if doc.blocks else None
    # the page's first line that is not blank (blank lines may open a text: get_text())
    first = min((r.lines[0] for r in doc.records), default=head.line if head else 0)
    if head is not None:
        first = min(first, head.line)
    if head is not None and head.line == first and _may_be_page_title(head.text):
        # the page's first line, left for this step and kept as the body's first line
        headline, site = split_site_suffix(head.text)
        doc = doc.move([head], "title", headline, rule="title.first_line",
                       reason=CODE_RULES["title.first_line"])
        return doc.set_field("source", site, rule="source.title_suffix") if site else doc
    # the page's first line, when extract_title left it and the content decision took it out
    removed = next((r for r in doc.records if r.lines[0] == first and r.target == "drop"
                    and r.rule.startswith("content.")), None)
    # the piece that starts the removed run: the first line, or the first block of wrapped
    # lines joined back
    first_piece: tuple[tuple[int, int], str] | None = None
    if removed is not None and "\n" not in removed.text:
        first_piece = (removed.lines, removed.text)  # a line, or a block of wrapped lines
    elif removed is not None and removed.text.count("\n") == removed.lines[1] - removed.lines[0]:
        first_piece = next(iter(doc.dropped_lines(first, first)), None)
    page_span = (first_piece[0] if first_piece is not None and first_piece[0][0] == first
                 else None)
    page_title = (first_piece[1] if page_span is not None and first_piece is not None
                  and _may_be_page_title(first_piece[1]) else None)
    # the first paragraphs' first thousand characters: enough for their words, and a line of
    # 10 MB costs what they do
    sentences = [t for b in doc.blocks[:8] if is_sentence(t := b.text[:1000])][:3]
    topic = set().union(*(_content_words(t) for t in sentences)) if sentences else set()
    if topic and head is not None:
        # a site's name stands alone: a first line the decision took out with the lines
        # under it is a menu's first item ("Home" over "News")
        named = (page_title is not None and _site_name_alone(page_title)
                 and removed is not None and removed.lines == page_span)
        # a first line removed with the lines under it (a run: a menu's first item, or a
        # page title over text with no blank lines) must echo the article more to be taken
        # before a headline over the article
        alone = removed is not None and removed.lines == page_span
        if (page_title is not None and page_span is not None and not named
                and len(_content_words(split_site_suffix(page_title)[0]) & topic)
                >= (1 if alone and not _reads_as_a_name(page_title) else 2)):
            return _title_from_first_line(doc, page_title, page_span)
        found = _headline_over_article(doc, topic)
        if found is not None:
            if named and page_title is not None and page_span is not None:
                found = found.reclaim(page_span, "source", page_title, rule="source.first_line",
                                      reason=CODE_RULES["source.first_line"])
            return found
    if page_title is not None and page_span is not None:
        return _title_from_first_line(doc, page_title, page_span)
    return doc


def _reads_as_a_name(line: str) -> bool:
    """A line of four words at most, each capitalised, none a function word but "The": a
    site's name ("Contra Costa Times", "The Star ePaper"), which may share a word with a
    local story, more than a headline ("Bitcoin Breaches $6,000 for the First Time")."""
    ws = line.split()
    stop = function_words()
    return (0 < len(ws) <= 4 and all(w[:1].isupper() for w in ws)
            and not any(w.casefold() in stop for w in ws[1:]))


def _site_name_alone(line: str) -> bool:
    """A first line of a word or two with no site suffix: a site's name when nothing else on
    the page repeats it (see extract_title)."""
    headline, site = split_site_suffix(line)
    return not site and size(headline) <= _SITE_NAME_WORDS


def _headline_over_article(doc: Document, topic: set[str]) -> Document | None:
    """The document with the headline over the article (see extract_title_over_article)
    moved into ``title``, or None when no line reads like it."""
    head = doc.blocks[0]
    if not is_sentence(head.text) and _headline_shaped(head.text, topic):
        return doc.move([head], "title", head.text, rule="title.over_article",
                        reason=CODE_RULES["title.over_article"])
    top = max(1, head.line - _ABOVE_ARTICLE_LINES)
    # the lowest byline or date moved into a field over the article
    meta = max((r.lines[0] for r in doc.records if r.target in ("byline", "published")
                and top <= r.lines[0] < head.line), default=0)
    asked = 0
    for span, text in _removed_over_article(doc):
        if size_capped(text, 30) >= 30:
            break
        if (is_date_line(text) or load("metadata").first(text) is not None
                or is_known_boilerplate(text)):
            continue
        shared = 1 if meta > span[1] else 2
        if _headline_shaped(text, topic, shared):
            return doc.reclaim(span, "title", text, rule="title.over_article",
                               reason=CODE_RULES["title.over_article"])
        asked += 1
        if asked == _ABOVE_ARTICLE_CANDIDATES:
            break
    return None


def _removed_over_article(doc: Document) -> list[tuple[tuple[int, int], str]]:
    """The removed lines over the article's first block, nearest first: within
    ``_ABOVE_ARTICLE_LINES`` of it and below its headline, when a headline was found."""
    head = doc.blocks[0]
    top = max(1, head.line - _ABOVE_ARTICLE_LINES)
    title = next((f.lines for f in doc.fields if f.name == "title" and f.lines), None)
    if title is not None and title[1] < head.line:
        top = max(top, title[1] + 1)
    return doc.dropped_lines(top, head.line - 1)[::-1]


def extract_published_over_article(doc: Document) -> Document:
    """The publication date of a page whose top the date step did not see the story in (a
    browser's body text under a hundred lines of menus): when no date was found, the date line
    nearest over the article the content decision kept, between its headline (when one was
    found) and its first paragraph, within ``_ABOVE_ARTICLE_LINES``."""
    if doc.html or doc.field("published") is not None or not doc.blocks:
        return doc
    for span, text in _removed_over_article(doc):
        if is_date_line(text) and (value := find_date(text)) is not None:
            return doc.reclaim(span, "published", value, rule="published.over_article",
                               reason=CODE_RULES["published.over_article"])
    return doc


def extract_byline_over_article(doc: Document) -> Document:
    """The byline of a page whose top the byline step did not see the story in: when no
    byline was found, the ``By Name`` line nearest over the article the content decision kept,
    within ``_ABOVE_ARTICLE_LINES`` and below its headline (as
    :func:`extract_published_over_article` for the date)."""
    if doc.html or doc.field("byline") is not None or not doc.blocks:
        return doc
    rules = load("metadata")
    for span, text in _removed_over_article(doc):
        rule = rules.first(text)
        if rule is not None and rule.id.startswith("byline."):
            doc = doc.reclaim(span, "byline", _clean_byline(text, doc.field("source")),
                              rule=rule.id, reason=rule.rule.reason)
            return _date_on_the_byline_line(doc, text)
    return doc


#: a sentence ended inside the line and another begins: "Welcome to AdelaideNow. Skip to:
#: Search Box" (a word of two small letters before the stop: "U.S. Edges" and "Mr. Smith"
#: have none)
_SENTENCE_THEN_MORE = regex.compile(r"\p{Ll}{2}[.!?]\s+\p{Lu}")


#: a line whose first words are a date ("Tuesday, October 24, 2017 Firstpost") is a header's
_DATE_FIRST_WORDS = 4


def _may_be_page_title(text: str) -> bool:
    """Does the page's first line pass extract_title's first gates (thirty words at most, no
    full stop, a letter, no known boilerplate, menu or mark-up), hold one sentence, and read
    as no date ("Tuesday, October 24, 2017 Firstpost")?"""
    if size_capped(text, 30) > 30:
        return False
    headline = split_site_suffix(text)[0]
    return (not _FULL_STOP.search(text)
            and not _SENTENCE_THEN_MORE.search(text)
            and not is_date_line(text) and not is_dated_source_line(text)
            and find_date(" ".join(text.split()[:_DATE_FIRST_WORDS])) is None
            and any(c.isalpha() for c in text) and not is_known_boilerplate(headline)
            and not _menu_words(headline) and not _MARKUP.search(text))


def _title_from_first_line(doc: Document, line: str, span: tuple[int, int]) -> Document:
    """The page's first line (its input lines ``span``), removed by the content decision, as
    the page title after all."""
    headline, site = split_site_suffix(line)
    doc = doc.reclaim(span, "title", headline, rule="title.first_line",
                      reason=CODE_RULES["title.first_line"])
    return doc.set_field("source", site, rule="source.title_suffix") if site else doc


#: a word's first letters stand for it, so that a headline's "defends" meets its story's
#: "defended" and "critics" its "criticism" (a stemmer for every language, crude but cheap)
_STEM = 5


def _content_words(text: str) -> set[str]:
    """Lower-cased words of four letters or more that are not function words, cut to their
    first five letters; for scripts written without spaces, the pairs of adjacent Han and
    kana characters (a Japanese or Chinese headline shares those with its first paragraph,
    not whole "words"); Hangul words of two syllables or more.

    >>> sorted(_content_words("東京で桜が開花"))
    ['が開', 'で桜', '京で', '東京', '桜が', '開花']
    """
    stop = function_words()
    out: set[str] = set()
    for w in words(text.lower()):
        if w.isascii():
            if len(w) >= 4 and w not in stop:
                out.add(w[:_STEM])
        elif HAN_KANA.search(w) is not None:
            for run in HAN_KANA_RUNS.findall(w):
                out.update(run[i:i + 2] for i in range(len(run) - 1))
        elif (len(w) >= 4 or (len(w) >= 2 and HANGUL.search(w) is not None)) and w not in stop:
            out.add(w[:_STEM])
    return out


#: what may stand before a headline's first letter: quotes, opening brackets
_HEADLINE_OPENERS = "\"'‘’“”«»„¿¡([ "


def _starts_like_a_headline(text: str) -> bool:
    """A capital, a digit ("11 Palestinians killed ..."), or a letter of a script without
    case (Han, kana, Hangul), after any opening quote ("'Shrek the Musical' sings ...")."""
    first = text.lstrip(_HEADLINE_OPENERS)[:1]
    return first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())


def _split_by_repeat(title: str, blocks: tuple[Block, ...]) -> tuple[str, str | None, Block] | None:
    """Split a page title at a separator where the page prints one side again by itself and
    that side is about the story (shares a word with its first paragraphs: not a breadcrumb
    "International / India & World" printed over the story): that side is the headline, the
    block its repeat, and the other side the site when it reads like a site's name (one
    segment, site-shaped), else None ("15 Jan 2008 - nzherald"). Failing that, the headline
    is the longest such line that the title starts or ends with, word for word, at a
    separator (no source then)."""
    seps = list(_SEPARATORS.finditer(title))
    keys: dict[str, Block] = {}
    limit = len(title)
    for block in blocks:
        if len(block.text) < limit:
            keys.setdefault(_key(block.text), block)
    topic: set[str] | None = None

    def about_the_story(text: str) -> bool:
        nonlocal topic
        if topic is None:
            topic = _topic(blocks)[1]
        return bool(_content_words(text) & topic)

    # of the sides printed again, one that is not itself segments (a breadcrumb
    # "International / India & World" is printed again too, and shares "India" with the
    # story), then the one with most words in common with the story
    found: tuple[tuple[bool, int], str, str | None, Block] | None = None
    for sep in seps:
        for part, other in ((title[:sep.start()], title[sep.end():]),
                            (title[sep.end():], title[:sep.start()])):
            part, other = part.strip(), other.strip()
            repeat = keys.get(_key(part))
            if repeat is not None and size(part) >= 3 and about_the_story(part):
                rank = (_SEPARATORS.search(part) is None,
                        len(_content_words(part) & (topic or set())))
                if found is None or rank > found[0]:
                    site = other if _site_like(other) and not _SEPARATORS.search(other) else None
                    found = (rank, part, site, repeat)
    if found is not None:
        return found[1:]
    # no separator the shape rules know ("Bulls, Jones pursue talks: Sport: Rugby: News24",
    # "Kat to go to London... with Sallu-India Buzz-Entertainment"): the line must meet the
    # rest of the title at a separator, so that a tag the title opens with ("Kong: Skull
    # Island" of "'Kong: Skull Island' Raises Its Weekend Box Office ...") is not taken
    whole = _key(title)
    best: tuple[str, str | None, Block] | None = None
    for key, block in keys.items():
        n = key.count(" ") + 1
        if ((whole.startswith(key + " ") and _junction(title, n, after=True))
                or (whole.endswith(" " + key) and _junction(title, n, after=False))) \
                and size(block.text) >= 3 and (best is None or len(block.text) > len(best[0])) \
                and about_the_story(block.text):
            best = (block.text, None, block)
    return best


#: what may join a headline to the rest of its page title without a space around it
_JUNCTION = frozenset(":|-–—>»«/()[]·•｜：（）【】")
_QUOTES_AND_SPACE = " \t'\"‘’“”"


def _junction(title: str, n: int, *, after: bool) -> bool:
    """Does a separator stand right after the title's first ``n`` words (``after``), or right
    before its last ``n``, quotes and spaces aside? Between Han or kana characters a space is
    one: Chinese and Japanese are written without spaces, and a page title's space (an
    ideographic one in the page) parts the headline from its subtitle ("政府、経済対策を発表
    物価高に対応")."""
    found = list(_WORD_RE.finditer(title))
    if not 0 < n <= len(found):  # the two word patterns disagree on some character: no split
        return False
    if after:
        end = found[n - 1].end()
        rest = title[end:].lstrip(_QUOTES_AND_SPACE)
        return rest[:1] in _JUNCTION or (title[end:end + 1].isspace()
                                         and _cjk_around(title[end - 1], rest[:1]))
    start = found[-n].start()
    head = title[:start].rstrip(_QUOTES_AND_SPACE)
    return head[-1:] in _JUNCTION or (title[start - 1:start].isspace()
                                      and _cjk_around(head[-1:], title[start]))


def _cjk_around(before: str, after: str) -> bool:
    """Are the characters on both sides of a space Han or kana?"""
    return (bool(before and after) and HAN_KANA.match(before) is not None
            and HAN_KANA.match(after) is not None)


def _headline_printed(near: tuple[Block, ...], far: tuple[Block, ...], headline: str,
                      site: str | None, *, near_searched: bool = False,
                      ) -> tuple[str, str | None, Block | None]:
    """Where the page prints the page title's headline again: the headline (perhaps cut
    shorter), the site and the block that repeats it (None when not printed). ``near`` are
    the lines under the page title, ``far`` those further down: a near repeat up top wins
    over an exact one far below (see ``_REPEAT_WINDOW``). ``near_searched``: the caller has
    looked for the whole headline in ``near`` already, and found none."""
    repeat = None if near_searched else _find_repeat(near, headline)
    repeat = repeat or _find_repeat(far, headline)
    if repeat is None and (bracketed := _BRACKETED_TAIL.search(headline)) is not None:
        # "首相、増税を否定 衆院予算委（共同通信）": the provider in brackets after the headline
        cut = headline[:bracketed.start()]
        repeat = _find_repeat(near, cut) or _find_repeat(far, cut)
        if repeat is not None:
            headline = cut
    if repeat is None and (split := _split_by_repeat(headline, near + far)) is not None:
        # "Local biotech researcher dies - Kansas City Business Journal": a suffix as long as
        # the headline is not peeled by its shape, but the page prints the headline again;
        # or segments are left after the site's ("CANOE -- JAM! Movies - Artists - Cohl,
        # Dusty: Remembering Dusty Cohl", "Xbox News: GoldenEye XBLA canned?"), or a subtitle
        # ("政府、経済対策を発表　物価高に対応 - 日本経済新聞")
        headline, other_site, repeat = split
        site = site or other_site
    return headline, site, repeat


_ELLIPSES = ("...", "…")
#: apostrophes, which a page title may have lost ("Pace Star Sajs ..." over "Saj's")
_APOSTROPHES = str.maketrans("", "", "'\u2019")


def _find_repeat(blocks: tuple[Block, ...], headline: str) -> Block | None:
    """The block that repeats the headline: the same words, or nearly (Jaccard >= 0.8); as
    written, or else with the apostrophes of both taken out. (Each block's words are worked
    out once: the title step asks this of up to 160 lines, several times a page.)"""
    key = _key(headline)
    if not key:
        return None
    limit = 2 * len(headline) + 20
    # a line cut short with an ellipsis is a teaser of the story in a list, not its headline
    cut = headline.endswith(_ELLIPSES)
    near = [b for b in blocks if len(b.text) <= limit and (cut or not b.text.endswith(_ELLIPSES))]
    found = [words(b.text.casefold()) for b in near]
    for block, w in zip(near, found):
        if " ".join(w) == key:
            return block
    # without apostrophes: only a line that has one can differ from itself as written, unless
    # the headline has one
    apostrophe = _has_apostrophe(headline)
    bare = words(headline.translate(_APOSTROPHES).casefold())
    bare_key = " ".join(bare)
    found_bare = [words(b.text.translate(_APOSTROPHES).casefold())
                  if apostrophe or _has_apostrophe(b.text) else w for b, w in zip(near, found)]
    for block, w in zip(near, found_bare):
        if " ".join(w) == bare_key:
            return block
    mine, mine_bare = set(key.split()), set(bare)
    for block, w, wb in zip(near, found, found_bare):
        if _near_words(w, mine) or _near_words(wb, mine_bare):
            return block
    return None


def _has_apostrophe(text: str) -> bool:
    return "'" in text or "\u2019" in text


def _near_words(found: list[str], mine: set[str]) -> bool:
    """Jaccard >= 0.8 between the set of the words ``found`` and the set ``mine``; a line with
    fewer words than 0.8 of the set's cannot reach it, and its set is not built."""
    if not found or not mine or len(found) < 0.8 * len(mine):
        return False
    theirs = set(found)
    return len(theirs & mine) / len(theirs | mine) >= 0.8


def _title_from_hints(doc: Document) -> Document:
    hint = doc.hint("meta_title") or doc.hint("html_title")
    headings = [b for b in doc.blocks[:_TOP_WINDOW] if b.kind == "heading"]
    headline, site = split_site_suffix(hint) if hint is not None else ("", None)
    if hint is not None and (is_known_boilerplate(headline) or _menu_words(headline)
                             or _MARKUP.search(hint)):
        # a section's name or a menu ("wjz.com - Local Sports Wire"), a broken element's
        # text: see extract_title
        hint = None
    if hint is None:
        if headings:
            h = _story_heading(doc, headings)
            doc = doc.move([h], "title", h.text, rule="title.first_heading", reason="headline")
            return doc.set_field("source", site, rule="source.meta") if site else doc
        return doc
    top = tuple(headings) + doc.blocks[:_TOP_WINDOW]
    far = doc.blocks[_TOP_WINDOW:_REPEAT_WINDOW]
    repeat = _find_repeat(top, headline)
    searched = headline  # looked for in the top window (the og:title's headline)
    html_title = doc.hint("html_title")
    found: tuple[int, set[str]] | None = None  # _topic of the top window, when first needed
    if repeat is None and html_title is not None and html_title != hint:
        # the og:title is a teaser the page does not print ("Self-driving cars are so
        # 2016"); the <title> may be the headline it does print
        other, other_site = split_site_suffix(html_title)
        found = _topic(doc.blocks[:_TOP_WINDOW])
        k = found[0]
        first_paragraph = doc.blocks[k].line if k >= 0 else 0
        # printed over the story, not as a teaser in a list under it
        if (printed := _find_repeat(top, other)) is not None and printed.line < first_paragraph:
            headline, site, repeat = other, site or other_site, printed
    if repeat is None:
        headline, site, repeat = _headline_printed(top, far, headline, site,
                                                   near_searched=headline == searched)
    over = None
    if repeat is None:
        run = _over_body(doc.blocks[:_TOP_WINDOW], found)
        over = _headline_over_body(run, headline)
        if over is None:
            repeat = _printed_headline(run, headline)
    if repeat is not None:
        doc = doc.move([repeat], "title", repeat.text, rule="title.page_heading",
                       reason="headline (matches the page title)")
    elif over is not None:  # the page title is the site's name: see extract_title
        doc = _take_headline_over_body(doc, over)
    else:
        doc = doc.set_field("title", headline, rule="title.meta")
    site_name = doc.hint("site_name") or site
    if site_name:
        doc = doc.set_field("source", site_name, rule="source.meta")
    return doc


def _story_heading(doc: Document, headings: list[Block]) -> Block:
    """With no page title to go by, the headline is the first heading that shares a content
    word with the story's first paragraphs and is not known boilerplate; the first heading
    when none does (a section's name heads many pages: "Latest News", "In The City")."""
    topic = _topic(doc.blocks[:_TOP_WINDOW])[1]
    for h in headings:
        if _content_words(h.text) & topic and not is_known_boilerplate(h.text):
            return h
    return headings[0]


def _is_alias(alias: str, name: str) -> bool:
    """``NY Post`` is a short form of ``New York Post``: shared words or matching initials."""
    a, n = words(alias.casefold()), words(name.casefold())
    if not a or not n or len(a) > len(n) + 1:
        return False
    if set(a) & set(n) and len(alias) < len(name):
        return True
    initials = "".join(w[0] for w in n)
    return "".join(a) == initials or "".join(a[:-1]) == initials[: len("".join(a[:-1]))]


def _name_like(block: Block) -> bool:
    return (
        _NAME.match(block.text) is not None
        and size(block.text) <= 6
        and not ends_sentence(block.text)
        and find_date(block.text) is None
    )


def extract_published(doc: Document) -> Document:
    """Move the date line nearest the headline into ``published``.

    Above the headline the nearest date line wins (an aggregator prints the crawl date higher
    up); below it, the first date line within the top of the page. In an aggregator header
    the name printed just above that date is the ``source``, and a short form of it above that
    (``NY Post`` above ``New York Post``) is recorded as moved into ``source`` too.
    """
    start = body_start(doc)
    blocks = doc.blocks
    header = [b for b in blocks if start is not None and b.line < start]
    date_block: Block | None = None
    for block in reversed(header):
        if is_date_line(block.text):
            date_block = block
            break
    from_header = date_block is not None
    if date_block is None:
        after = [b for b in blocks if start is None or b.line >= start][:_TOP_WINDOW // 2]
        for block in after:
            if is_date_line(block.text):
                date_block = block
                break
        else:
            # a portal's "date and source" line ("2024年03月12日 08:30 新京报") when there is
            # no date line of its own
            # ("Kompas.com - 14/03/2024"), not a byline with its date ("By Jane Doe • March
            # 3, 2024", which the byline step takes with its date)
            date_block = next((b for b in after if is_dated_source_line(b.text)
                               and not is_byline_line(b.text)), None)
    if date_block is None:
        hint = doc.hint("published")
        value = find_date(hint) if hint else None
        return doc.set_field("published", value, rule="published.meta") if value else doc
    value = find_date(date_block.text)
    if value is None:
        return doc
    doc = doc.move([date_block], "published", value, rule="published.date_line",
                   reason="publication date")
    if not from_header or doc.field("source") is not None:
        return doc
    above = [b for b in header if b.line < date_block.line]
    if above and above[-1].gap_before == 0 or (above and date_block.gap_before == 0):
        source = above[-1]
        # a section's name over the date ("Science") is the menu's, not the source's
        if _name_like(source) and not is_known_boilerplate(source.text):
            doc = doc.move([source], "source", source.text, rule="source.header_name",
                           reason="source name printed above the date")
            if len(above) > 1 and _name_like(above[-2]) and _is_alias(above[-2].text, source.text):
                doc = doc.move([above[-2]], "source", above[-2].text, rule="source.header_alias",
                               reason="source short name (alias of the source)")
    return doc


def extract_byline(doc: Document) -> Document:
    """Move a ``By Name`` line from the top of the article into ``byline``.

    Only the first match in the top of the page counts (with its word-for-word repeats); a
    ``By ...`` sentence further down is body text (the rule also needs capitalised names, so ``By Tuesday the talks ...`` stays).
    """
    rules = load("metadata")
    top = doc.blocks[:_TOP_WINDOW]
    for i, block in enumerate(top):
        if (_label_alone(block.text) and i + 1 < len(top)
                and top[i + 1].gap_before == 0 and _name_like(top[i + 1])
                and rules.first(top[i + 1].text) is None):
            # "By" / "Greg Allen": the label and the name in elements of their own
            return doc.move([block, top[i + 1]], "byline", top[i + 1].text.strip(),
                            rule="byline.label_line", reason=CODE_RULES["byline.label_line"])
        rule = rules.first(block.text)
        if rule is not None and rule.id.startswith("byline."):
            doc = doc.move(_with_repeats(doc, block), "byline",
                           _clean_byline(block.text, doc.field("source")),
                           rule=rule.id, reason=rule.rule.reason)
            return _date_on_the_byline_line(doc, block.text)
    hint = doc.hint("author")
    return doc.set_field("byline", hint, rule="byline.meta") if hint else doc


def _date_on_the_byline_line(doc: Document, line: str) -> Document:
    """"By Jane Doe • March 3, 2024": the date on the byline's line is the publication date,
    when the page printed no date line of its own."""
    tail = _BYLINE_TAIL.search(line)
    value = find_date(tail.group()) if tail is not None and tail.group() else None
    if value is not None and doc.field("published") is None:
        doc = doc.set_field("published", value, rule="published.byline_line")
    return doc


#: the labels of rules/metadata.toml's byline.by_name ("From" aside, which is not the
#: author's label); tests/test_metadata.py checks that every example of the rule loses its own
_BYLINE_LABEL = regex.compile(
    r"^(?i:laporan\s+(?:wartawan|reporter)(?:\s+[\p{L}\p{N}-]+\.(?:com|co\.id|id))?,"
    r"|by|written\s+by|story\s+by|words\s+by|posted\s+by|por|par|von|di|oleh|penulis|reporter|repórter|"
    r"reportagem(?:\s+de)?|texto\s+de|reportaje\s+de|door|av|af|autor|auteur|authors?(?=\s*:)|автор|текст|"
    r"作者|記者|记者|文)(?:\s*[:：／/・]\s*|\s+)")
#: what may follow the name on a byline line and is not the name: a date after a bullet; a
#: date, an address or nothing after a bar ("By Daniel Mano | dmano@... |"; an outlet after
#: one, "Jane Doe | Reuters", stays); an "Updated ..." or "Last Updated ..." stamp
_BYLINE_TAIL = regex.compile(r"\s*[•·]\s*.*$|\s*\|\s*(?:\S+@\S+|[^|]*\b\d{4}\b|$).*$"
                             r"|\s+(?i:(?:last\s+)?updated|published|posted)\b.*$"
                             r"|\s+(?i:at)\s+\d{1,2}[:.]\d{2}.*$|\s+(?i:on)\s+\p{Lu}.*$")


#: where the name ends and the author's place or outlet begins: a dash, or a comma before
#: "from <Place>" ("Maria Silva, de Brasília"); a list of names ("Smith, Jones and Lee")
#: has neither
_BYLINE_AFFILIATION = regex.compile(
    r"\s+[—–]\s+\S.*$"
    r"|,\s+(?:de|do|da|em|from|in|en|desde|di|dari|aus|von)\s+\p{Lu}.*$")


def _label_alone(text: str) -> bool:
    """Is the line a byline's label and nothing more ("By", "Por:"), the name on the next?"""
    return (0 < len(text.strip()) <= 20
            and not _BYLINE_LABEL.sub("", text.strip() + " ", count=1).strip())


def _clean_byline(text: str, source: str | None = None) -> str:
    """The author's name without its label, in any of the byline rule's languages
    ("By Jane Doe", "Por María López", "記者：王小明" -> the name), nor the place or the
    outlet printed after it ("Maria Silva, g1 — Rio de Janeiro", with the page's source
    "g1", -> "Maria Silva")."""
    cleaned: str = _BYLINE_TAIL.sub("", _BYLINE_LABEL.sub("", text)).strip()
    name = _BYLINE_AFFILIATION.sub("", cleaned).strip()
    if source and name.casefold().endswith(", " + source.casefold()):
        name = name[: -len(source) - 2].rstrip()
    return name or cleaned


def extract_attribution(doc: Document) -> Document:
    """Move a closing wire credit (``With Post wires``, ``Reporting by ...``) to ``attribution``.

    Only after the page's last body sentence, where such credits close wire copy; lines that
    are known chrome (menus, share bars, footers: judged by the family tables, whatever step
    removes them later) do not count, nor does a sentence with no sentence beside it (an
    author's bio or the site's "about" blurb among the footer's links). The decision does not depend on how much chrome
    surrounds the story, so cleaning the cleaned article again moves the same lines. Every
    such line is moved; the first one is the field's value.
    """
    rules = load("metadata")
    tail: list[Block] = []  # the lines after the last body sentence
    page = doc.blocks
    # whether the blocks after, at and before ``i`` read as sentences, each worked out once as
    # the scan goes up the page (a page-long table of them cost ten bytes a line)
    following, current = False, bool(page) and is_sentence(page[-1].text)
    for i in range(len(page) - 1, -1, -1):
        block = page[i]
        preceding = i > 0 and is_sentence(page[i - 1].text)
        sentence, after = current, following
        following, current = current, preceding
        if sentence:
            if is_known_boilerplate(block.text):  # a cookie notice is not the story's end
                continue
            rule = rules.first(block.text)
            # "AP writer X contributed from Y." reads as a sentence and is the credit
            if rule is None or not rule.id.startswith("attribution."):
                if not preceding and not after:
                    # a sentence alone among the page's links and menus (the site's "about
                    # us" blurb in its footer) is not where the story ends: the story's
                    # last paragraph follows another
                    continue
                break  # a credit closes the story: nothing before this counts
        tail.append(block)
    # the families' tables are asked only about the few lines that read as a wire credit
    # (asking them about every line of the tail made a page with no sentence cost eight
    # table lookups a line)
    # one move per rule (not per line: each move rebuilds the document), the first line's
    # value first
    found: dict[str, list[Block]] = {}
    for block in reversed(tail):
        rule = rules.first(block.text)
        if (rule is not None and rule.id.startswith("attribution.")
                and not is_known_boilerplate(block.text)):
            found.setdefault(rule.id, []).append(block)
    for rule_id, blocks in found.items():
        doc = doc.move(blocks, "attribution", blocks[0].text.strip("()（）*–—- "), rule=rule_id,
                       reason=rules.get(rule_id).rule.reason)
    return doc


def drop_date_lines(doc: Document) -> Document:
    """Drop lines that are only a date or time, or a date and its source's name ("Reuters -
    December 30, 2007", "2024年03月12日 08:30 新京报"): page furniture, not body text."""
    gone = [b for b in doc.blocks if is_date_line(b.text) or is_dated_source_line(b.text)]
    return doc.drop(gone, rule="date.line", reason="date or time line") if gone else doc


def _dateline_match(rules: RuleSet, text: str) -> tuple[CompiledRule | None, RegexMatch | None]:
    """The first of the table's ``dateline.*`` rules ("MOSCOW (AP) — ", "(서울=연합뉴스) 박지훈
    기자 = ") that matches the start of ``text``, and its match."""
    for rule in rules.rules:
        if rule.id.startswith("dateline.") and rule.applies(text):
            match = rule.search(text)
            if match is not None:
                return rule, match
    return None, None


def extract_dateline(doc: Document) -> Document:
    """Move a wire dateline (``MOSCOW (AP) — ``) from the start of the body into ``dateline``.

    Runs after the content decision, on the body's first paragraph only (the first of its
    first three blocks that has eight words or more): a dateline opens the story, and an
    all-caps word with a dash further down is the story's own text.
    """
    rules = load("metadata")
    for block in doc.blocks[:3]:
        if size_capped(block.text, 8) < 8:
            continue
        rule, match = _dateline_match(rules, block.text)
        if rule is None or match is None:
            return doc
        value = match.group("dateline").strip()
        doc = doc.strip(block, 0, match.end(), rule=rule.id, reason=rule.rule.reason,
                        target="dateline")
        return doc.set_field("dateline", value, rule=rule.id)
    return doc
