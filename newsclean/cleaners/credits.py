"""Photo captions and their credits.

- ``extract_captions``: a credit line (``AP``, ``REUTERS/Name``, ``Photo: Name``, ...) and the
  caption line right above it become a :class:`~newsclean.Caption`; so does a line ending in
  a credit (``... (AP Photo/Evan Vucci)``). When the block above the caption reads as an image
  description (present-tense photo verbs, a dateline, no quotations), it becomes the
  caption's ``alt``. Wire captions are known by their own form too ("In this ... photo",
  "..., in Kabul, Dec. 6, 2015."). A photographer and organisation spelt out ("John
  Raoux/Associated Press") is a credit only with its caption printed under it. For HTML input, ``<figcaption>`` blocks are captions too.
- ``extract_gallery_captions``: a slideshow printed as text (the same control line by every
  slide, the slides ending with their credits) gives a caption per slide. The slides are
  marked by ``extract_captions`` and moved out after the content decision, which reads the
  page as it is printed.

>>> from newsclean._readers import read_text
>>> doc = extract_captions(read_text("Body text here.\\n\\nPutin meets Wang.\\nAP\\n\\nMore body."))
>>> [(c.text, c.credit) for c in doc.captions], [b.text for b in doc.blocks]
([('Putin meets Wang.', 'AP')], ['Body text here.', 'More body.'])
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import regex

from .._dates import find_date, is_date_line
from .._document import MARKABLE_KINDS, SLIDE_KINDS, Block, Document, Kind
from .._rules import CompiledRule, RuleSet, load, wordlist
from .._typing import RegexMatch
from ._shape import ends_sentence, is_byline_line, is_sentence, repeated_texts, size, words

#: a caption is a line or two, not a paragraph of body text
MAX_CAPTION_WORDS = 70
_QUOTES = regex.compile(r"[“”«»„\"]|(?:^|\s)[‘’](?=\w)")
_CUE_LABEL = regex.compile(
    r"^(?:(?i:caption|image caption|photo caption|media caption|video caption"
    r"|(?:hide|toggle|show)\s+caption)\s*[:：,]?\s*"
    r"|(?i:image|photo|picture|slide)\s+\d{1,3}\s+(?i:of)\s+\d{1,3}(?:\s+|$)"
    # a gallery's counter before the caption ("1 of 5 | Firefighters battle ...")
    r"|\d{1,3}\s*(?:(?i:of)|/)\s*\d{1,3}\s*[|:–—]\s*"
    # the bracketed photo label of Japanese, Chinese and Korean pages
    r"|(?:【写真】|〔写真〕|\[写真\]|【図】|【图】|【圖】|\[사진\]|【사진】|图为|圖為|图：|圖：)\s*)+")
_LABEL = regex.compile(
    r"^\(?(?i:photo|photos|photograph|photographer|picture|pic|image|credit|photo credit|"
    r"image credit|image source|source|foto|fotos|fotografia|fotógrafo|bild|crédit photo|"
    r"crédit|фото|图片|사진|写真)\s*[:：,]\s*|^(?:사진|사진제공|자료사진)\s*=\s*",
    0,
)


@functools.cache
def _photo_verbs() -> frozenset[str]:
    verbs: set[str] = set()
    for lang_words in wordlist("photo_verbs").values():
        verbs |= lang_words
    return frozenset(verbs)


def is_image_description(text: str, caption: str) -> bool:
    """Does ``text`` read as the description of the image above ``caption``?

    Image descriptions (alt text from the wire) describe the picture in the present tense
    ("X speaks with Y"), often end with a dateline, and do not quote anyone; a body paragraph
    reports speech in the past tense. Straight apostrophes next to a caption that uses curly
    ones are another sign: alt text comes from a different source. Two signs are needed.
    Only asked of the block above a caption that has its credit on a line of its own (the
    aggregator layout where the image description is printed above the caption).

    >>> is_image_description("President Joe Biden walks with Ukrainian President "
    ...     "Volodymyr Zelensky on a visit, Monday, Feb. 20, 2023, in Kyiv.", "Biden in Kyiv.")
    True
    >>> is_image_description("“We are ready,” Wang said through an interpreter.", "Wang.")
    False
    """
    if size(text) > MAX_CAPTION_WORDS or size(text) < 4:
        return False
    score = 0
    ws = words(text.casefold())
    if _photo_verbs() & set(ws):
        score += 2
    if find_date(text) is not None:
        score += 1
    if "'" in text and "’" not in text:
        score += 1
    if _QUOTES.search(text):
        score -= 3
    if {"said", "says", "told", "according"} & set(ws):
        score -= 2
    return score >= 3


#: a caption to add: (rule id, its blocks, text, credit, image description)
_Plan = tuple[str, list[Block], str, str | None, str | None]


def _unbracket(text: str) -> str:
    """The credit as printed, minus the brackets around it."""
    return text.strip().strip("()[]").strip()


def _caption_candidate(block: Block) -> bool:
    return 3 <= size(block.text) <= MAX_CAPTION_WORDS


def extract_captions(doc: Document) -> Document:
    """Move photo captions, with their credit and image description, out of the body.

    Deliberately does not fire on a body sentence that names an agency ("AP reported ..."):
    a credit must be a whole line, or a bracketed/labelled credit at the end of a short line.
    A lone credit line with no caption above it is dropped as a credit.
    """
    doc = mark_gallery(_markup_captions(doc))
    rules = load("credits")
    blocks = doc.blocks
    used: set[int] = set()
    plans: list[_Plan] = []
    orphans: list[Block] = []
    # credit lines first: a caption with its credit on the next line claims the image
    # description above it, which may itself read as a wire caption
    found = [(i, rule) for i, block in enumerate(blocks)
             if block.kind not in SLIDE_KINDS and (rule := rules.first(block.text)) is not None]
    # the captions the markup gave (HTML), for a credit line that prints one of theirs again
    taken = "\n".join(f"{c.text}\n{c.credit or ''}" for c in doc.captions)
    typical: list[float] = []

    def paragraph() -> float:  # the page's typical paragraph length, worked out when first asked
        if not typical:
            typical.append(_typical_paragraph(blocks))
        return typical[0]

    for credit_pass in (True, False):
        for i, rule in found:
            if (rule.rule.action in _CREDITS) == credit_pass and blocks[i].line not in used:
                _plan(rules, rule, blocks, i, used, plans, orphans, taken, paragraph)
    if orphans and plans:
        orphans = _second_prints(blocks, used, plans, orphans)
    plans.sort(key=lambda plan: min(b.line for b in plan[1]))  # page order, for repeats
    doc = _add_captions(doc, plans)
    if orphans:
        doc = doc.drop(orphans, rule="credits.orphan", reason="photo credit")
    return doc


#: a slideshow's slide is a long caption; the gallery shape (not its length) says so
MAX_SLIDE_WORDS = 200
#: the credit printed after a slide's last sentence: "... acted. HBO", "... Johnson, AP",
#: "... Batzdorff, NBC": up to eight capitalised words (and connectors), no end punctuation,
#: not the time zone after "p.m.". Searched in the slide's last _CREDIT_TAIL characters only.
_SLIDE_CREDIT = regex.compile(
    r"(?<=[.!?…][\"”’')\]]*)(?<![ap]\.m\.)\s+(?P<credit>\p{Lu}[\p{L}\p{M}.'’&-]*"
    r"(?:(?:,\s*|\s*/\s*|\s+)(?:\p{Lu}[\p{L}\p{M}.'’&-]*|via|for|the|and|of|de|van|von)){0,7})$")
_CREDIT_TAIL = 160
_BULLETS = frozenset("•·▪►▶-–—*◦")


def _slide_credit(text: str) -> regex.Match[str] | None:
    return _SLIDE_CREDIT.search(text[-_CREDIT_TAIL:])


def _gallery(blocks: tuple[Block, ...]) -> tuple[list[int], list[int]]:
    """A slideshow rendered as text: the indices of its slides and of its control lines.

    A slideshow prints the same short control line ("Fullscreen", "Expand", "Photo") next to
    every slide, and each slide is a caption that ends with its credit ("... a bright spot
    this fall. HBO"). A control line is a short line (three words at most, no sentence end)
    that the page repeats at least three times; its neighbours are the slides. A neighbour is
    taken as a slide when it sits between two of the control lines, or when it ends with a
    credit, and not when it is a bulleted line (a list of links). The gallery is believed only
    with three slides or more, at least half of them ending with a credit: a comment thread's
    repeated "Reply" does not make one, as comments do not end with a photographer's name.
    """
    short = bytearray(len(b.text) <= 40 and b.text.count(" ") <= 2 and not ends_sentence(b.text)
                      for b in blocks)
    # the repeated lines found first, positions listed for those only: a list per distinct
    # line (and then a counter of them) made a 200,000-line input's peak memory 14 (then 6)
    # times its size in this step alone
    seen = repeated_texts([b.text for b, s in zip(blocks, short) if s], 3)
    counts: dict[str, list[int]] = {}
    if seen:
        for i, (block, s) in enumerate(zip(blocks, short)):
            if s and block.text in seen:
                counts.setdefault(block.text, []).append(i)
    del seen
    slides: list[int] = []
    controls: list[int] = []
    for positions in counts.values():
        where = set(positions)
        found: list[int] = []
        credited = 0
        for i in sorted({j for p in positions for j in (p - 1, p + 1)} - where - set(slides)):
            if not 0 <= i < len(blocks):
                continue
            text = blocks[i].text
            n = size(text)
            if n < 6 or n > MAX_SLIDE_WORDS or text[0] in _BULLETS:
                continue
            if _slide_credit(text) is not None:
                credited += 1
                found.append(i)
            elif i - 1 in where and i + 1 in where:
                found.append(i)
        if len(found) < 3 or 2 * credited < len(found):
            continue
        slides.extend(found)
        near = {j for i in found for j in (i - 1, i + 1)}
        controls.extend(p for p in positions if p in near)
    return slides, controls


def mark_gallery(doc: Document) -> Document:
    """Mark a slideshow's slides and controls (block kinds ``slide`` and ``slide_control``).

    They stay in the body, and are moved out by :func:`extract_gallery_captions` after the
    content decision: the content model judges the page as it is printed, and a hundred
    slides taken away before it would change how it reads the article's last paragraphs.
    """
    slides, controls = _gallery(doc.blocks)
    if not slides:
        return doc
    kinds: dict[int, Kind] = {i: "slide" for i in slides}
    kinds.update((i, "slide_control") for i in controls)
    return doc.relabel(kinds)


def extract_gallery_captions(doc: Document) -> Document:
    """Move the slides :func:`mark_gallery` marked into captions (the credit that ends a slide
    is its credit) and drop the slideshow's control lines (``credits.gallery_control``)."""
    plans: list[_Plan] = []
    controls: list[Block] = []
    for block in doc.blocks:
        if block.kind == "slide_control":
            controls.append(block)
        elif block.kind == "slide":
            text = block.text
            credit = _slide_credit(text)
            if credit is None:
                plans.append(("credits.gallery_slide", [block], text, None, None))
            else:
                cut = max(0, len(text) - _CREDIT_TAIL) + credit.start()
                plans.append(("credits.gallery_slide", [block], text[:cut].strip(),
                              credit.group("credit"), None))
    if plans:
        doc = _add_captions(doc, plans)
    if controls:
        doc = doc.drop(controls, rule="credits.gallery_control", reason="slideshow control")
    return doc


_OPENERS = " \t([{<-–—|:/,;·•（【＝="


def _before_credit(text: str, match: RegexMatch) -> str:
    """The caption's text before the credit a strip rule found: up to where the credit
    starts, keeping the sentence's closing stop or quote ("... on Tuesday. AP" keeps its
    full stop) and leaving the brackets and separators that open the credit ("... (AP",
    "... - Reuters")."""
    return text[: match.start("credit")].rstrip(_OPENERS)


_WIDGET_WORDS = re.compile(r"(?:hide|toggle|show)\s+caption(?:\s+(?:hide|toggle|show)\s+caption)*",
                           re.I)


def _cue_below(rules: RuleSet, blocks: tuple[Block, ...], i: int,
               used: set[int]) -> Block | None:
    """The labelled caption line ("Image caption, ...") right under a credit line, if any."""
    if i + 1 >= len(blocks):
        return None
    below = blocks[i + 1]
    if below.line in used or below.gap_before > 0 or not _CUE_LABEL.match(below.text):
        return None
    rule = rules.first(below.text)
    return below if rule is not None and rule.rule.action == "caption" else None


def _credit_printed_below(blocks: tuple[Block, ...], i: int) -> bool:
    """Does the line right under ``blocks[i]``, a credit line, end with the same credit?"""
    if i + 1 >= len(blocks) or blocks[i + 1].gap_before > 0:
        return False
    credit = _unbracket(blocks[i].text)
    below = blocks[i + 1].text.rstrip(" )）]")
    return len(below) > len(credit) and below.endswith(credit)


def _repeats_credit(blocks: tuple[Block, ...], i: int, near: int = 3) -> bool:
    """Is ``blocks[i]``, a credit line, the credit of a caption just above it printed again
    (a caption widget's "... Andrew Harnik/AP hide caption", "toggle caption", "Andrew
    Harnik/AP")?"""
    credit = _unbracket(blocks[i].text)
    return any(credit in blocks[j].text for j in range(max(0, i - near), i))


def _plan(rules: RuleSet, rule: CompiledRule, blocks: tuple[Block, ...], i: int,
          used: set[int], plans: list[_Plan], orphans: list[Block],
          taken: str = "", paragraph: Callable[[], float] = lambda: 0.0) -> None:
    """Plan the caption (or orphan credit) that ``rule``, matching ``blocks[i]``, makes."""
    block = blocks[i]
    action = rule.rule.action
    if action == "credit":
        prev = blocks[i - 1] if i > 0 else None
        if _credit_printed_below(blocks, i):
            # "사진=연합뉴스" over "... 발언하고 있다. 사진=연합뉴스": the photo's credit, printed
            # again by the caption right under it, is no caption of the line above
            orphans.append(block)
            used.add(block.line)
        elif (prev is not None and prev.line not in used and block.gap_before == 0
                and prev.kind != "slide"
                and _caption_candidate(prev) and _plain_or_cue(rules.first(prev.text))
                and not is_byline_line(prev.text) and not is_date_line(prev.text)):
            _plan_caption_above(rule, blocks, i, used, plans, _CUE_LABEL.sub("", prev.text),
                                _unbracket(block.text))
        elif (_LABEL.match(block.text) and (cue := _cue_below(rules, blocks, i, used))
              is not None):
            # "Image source, Getty Images" over "Image caption, ...": the source line is the
            # credit of the caption under it (BBC)
            plans.append((rule.id, [block, cue], _CUE_LABEL.sub("", cue.text),
                          _unbracket(_LABEL.sub("", block.text)), None))
            used.update((block.line, cue.line))
        elif (above := _caption_over_photo_label(rules, blocks, i, used, paragraph)) is not None:
            # "Wreckage of a vehicle ... in Balochistan." / blank / "Photo: Name/Getty Images":
            # a short paragraph over a photo-labelled credit, a blank line between
            _plan_caption_above(rule, blocks, i, used, plans, above.text,
                                _unbracket(_LABEL.sub("", block.text)))
        elif (below := _caption_under_credit(rules, blocks, i, used)) is not None:
            # "Getty Images" / "The hall hosted dances during the war": a credit standing
            # apart from the text above, over a short line of its own (BBC)
            plans.append((rule.id, [block, below], below.text, _unbracket(block.text), None))
            used.update((block.line, below.line))
        elif ((_LABEL.match(block.text) or "/" in block.text) and size(block.text) >= 3
              and not _repeats_credit(blocks, i) and _unbracket(block.text) not in taken):
            # a labelled credit standing alone ("credit: Pavel Hajer / Shutterstock"), or a
            # photographer and agency ("Carlos Barria / Reuters"), is what the page shows in
            # the caption's place; not so the credit a caption widget prints again under its
            # "toggle caption" button
            plans.append((rule.id, [block], block.text, _unbracket(_LABEL.sub("", block.text)), None))
            used.add(block.line)
        else:  # a bare credit with no caption above it ("AP")
            orphans.append(block)
            used.add(block.line)
    elif action == "credit_over":
        if (not _section_path(block.text)
                and (below := _caption_a_line_under(rules, blocks, i, used, paragraph))
                is not None):
            # "John Raoux/Associated Press" / blank / "Eagles Coach ... hugging safety Jamie
            # Silva.": the photographer and organisation spelt out, over the caption
            plans.append((rule.id, [block, below], below.text, _unbracket(block.text), None))
            used.update((block.line, below.line))
    elif action == "caption":
        plans.append((rule.id, [block], _CUE_LABEL.sub("", block.text), None, None))
        used.add(block.line)
    elif action == "strip" and size(block.text) <= MAX_CAPTION_WORDS:
        match = rule.search(block.text)
        text = _before_credit(block.text, match) if match is not None else ""
        if match is None or size(text) < 2:
            return
        if is_byline_line(text):
            return  # "By Richard Lam (AP)": a byline with its agency, not a caption
        found_credit = _unbracket(match.group("credit"))
        credit: str | None = found_credit
        if _WIDGET_WORDS.fullmatch(found_credit):
            # "... Tuesday. Andrew Harnik/AP hide caption": the widget's words are not the
            # credit; the credit, if any, ends the text before them
            inner = rules.first(text)
            found = inner.search(text) if inner and inner.rule.action == "strip" else None
            if found is not None and size(_before_credit(text, found)) >= 2:
                text, credit = _before_credit(text, found), _unbracket(found.group("credit"))
            else:
                credit = None
        # a label or cue before the caption ("Foto: <caption> (credit)", "1 of 5 | ...") is
        # not its text
        plans.append((rule.id, [block], _CUE_LABEL.sub("", _LABEL.sub("", text)) or text,
                      credit, None))
        used.add(block.line)


#: a credit labelled as a photo's ("Photo:", "Image:"), not a source's or a bare "Credit:"
_PHOTO_LABEL = regex.compile(
    r"^\(?(?i:photo|photograph|photographer|picture|image|photo credit|image credit|foto|фото|"
    r"图片|사진|写真)"
    r"\s*[:：]\s*\S")
#: a sentence ends inside the text and another begins
_SECOND_SENTENCE = regex.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?\p{Lu}")
#: the longest paragraph taken as the caption over a photo-labelled credit, in words and
#: as a share of the page's typical paragraph
MAX_CAPTION_ABOVE_LABEL = 30
SHORTER_THAN_PARAGRAPHS = 0.8


def _typical_paragraph(blocks: tuple[Block, ...]) -> float:
    """The median length (words) of the page's prose paragraphs: sentences of ten words or
    more (0 when there are none)."""
    sizes = sorted(n for b in blocks if (n := size(b.text)) >= 10 and is_sentence(b.text))
    return float(sizes[len(sizes) // 2]) if sizes else 0.0


def _caption_over_photo_label(rules: RuleSet, blocks: tuple[Block, ...], i: int,
                              used: set[int],
                              paragraph: Callable[[], float]) -> Block | None:
    """The caption over a photo-labelled credit line standing alone: a short paragraph of its
    own (blank lines around it, one between it and the credit), one sentence, shorter than
    the page's paragraphs, that reads as no credit, byline or date. A longer one, or two
    sentences, is taken for the article's paragraph with the photo's credit printed after it
    (and its caption not printed); a line with no sentence end for a headline printed again
    over the photo (a lightbox). ``paragraph()`` is the page's typical paragraph length,
    worked out once, when first asked."""
    block = blocks[i]
    if i == 0 or block.gap_before != 1 or not _PHOTO_LABEL.match(block.text):
        return None
    prev = blocks[i - 1]
    if (prev.line in used or prev.kind in SLIDE_KINDS or (i > 1 and prev.gap_before == 0)
            or not 3 <= (n := size(prev.text)) <= MAX_CAPTION_ABOVE_LABEL
            or not ends_sentence(prev.text) or _SECOND_SENTENCE.search(prev.text)
            or not _plain_or_cue(rules.first(prev.text))
            or is_byline_line(prev.text) or is_date_line(prev.text)
            or n > SHORTER_THAN_PARAGRAPHS * paragraph()):
        return None
    return prev


#: the longest line taken as the caption printed under its credit
MAX_CAPTION_UNDER_CREDIT = 30
#: a word in lower case: a caption reads as prose, not as a slideshow counter ("Image 3 of
#: 15") or a date and a name
_LOWER_WORD = regex.compile(r"(?<!\w)\p{Ll}\p{L}+")


def _caption_under_credit(rules: RuleSet, blocks: tuple[Block, ...], i: int,
                          used: set[int]) -> Block | None:
    """The caption printed right under a credit line that stands apart from the text above
    it (a blank line between): a line of its own (a blank line or the page's end after it),
    one sentence at most, with words in lower case (prose, not a counter or a name), that
    reads as no credit, byline or date. The photo's credit is
    printed over it, on the picture ("Getty Images" / "The hall hosted dances in the war")."""
    block = blocks[i]
    if block.gap_before == 0 or i + 1 >= len(blocks):
        return None
    below = blocks[i + 1]
    if (below.gap_before > 0 or below.line in used or below.kind not in MARKABLE_KINDS
            or (i + 2 < len(blocks) and blocks[i + 2].gap_before == 0)
            or not 3 <= size(below.text) <= MAX_CAPTION_UNDER_CREDIT
            or _SECOND_SENTENCE.search(below.text) or len(_LOWER_WORD.findall(below.text)) < 2
            or not _plain_or_cue(rules.first(below.text))
            or is_byline_line(below.text) or is_date_line(below.text)):
        return None
    return below


#: the actions of a credit line, planned in the first pass: ``credit_over`` is a credit only
#: with its caption printed under it (see _caption_a_line_under)
_CREDITS = frozenset({"credit", "credit_over"})
#: the most sentences the caption under a spelt-out credit has ("Al Gore thanking the
#: audience Monday. His co-winner ... also spoke.")
MAX_CAPTION_SENTENCES = 2


@functools.cache
def _nav_words() -> frozenset[str]:
    """The one-word navigation phrases of the chrome table ("news", "local", "sport")."""
    return frozenset(phrase for rule in load("chrome").rules if rule.id == "chrome.nav_word"
                     for phrase in rule.phrases if " " not in phrase)


def _section_path(text: str) -> bool:
    """Is ``text``, of the photographer-and-organisation form, a site's section path ("Local
    News / Crime", "UK News/Politics"): a menu word where the photographer's name stands?"""
    menu = _nav_words()
    return any(word.casefold() in menu for word in _unbracket(text).split("/")[0].split())


def _caption_a_line_under(rules: RuleSet, blocks: tuple[Block, ...], i: int, used: set[int],
                          paragraph: Callable[[], float]) -> Block | None:
    """The caption under ``blocks[i]``, a photographer-and-organisation line of the form that
    is a credit only with its caption under it: a short paragraph of its own (at most a blank
    line above it, a blank line or the page's end after it), a sentence or two of prose that
    ends with a stop, shorter than the page's paragraphs, reading as no credit, byline or date.
    The credit line stands apart from the text above it (a blank line, or a button such as
    "Enlarge This Image" right over it): a credit right under a line of prose is that line's."""
    block = blocks[i]
    if i + 1 >= len(blocks):
        return None
    if i > 0 and block.gap_before == 0:
        prev = blocks[i - 1].text
        if size(prev) > 4 or ends_sentence(prev):
            return None
    below = blocks[i + 1]
    if (below.gap_before > 1 or below.line in used or below.kind not in MARKABLE_KINDS
            or (i + 2 < len(blocks) and blocks[i + 2].gap_before == 0)
            or not 3 <= (n := size(below.text)) <= MAX_CAPTION_UNDER_CREDIT
            or not ends_sentence(below.text)
            or len(_SECOND_SENTENCE.findall(below.text)) >= MAX_CAPTION_SENTENCES
            or len(_LOWER_WORD.findall(below.text)) < 2
            or not _plain_or_cue(rules.first(below.text))
            or is_byline_line(below.text) or is_date_line(below.text)
            or n > SHORTER_THAN_PARAGRAPHS * paragraph()):
        return None
    return below


def _plan_caption_above(rule: CompiledRule, blocks: tuple[Block, ...], i: int,
                        used: set[int], plans: list[_Plan], text: str,
                        credit: str) -> None:
    """Plan the caption ``blocks[i - 1]`` makes with its credit line ``blocks[i]``, and the
    image description above it, if any."""
    alt = _alt_for(blocks, i - 1, used, blocks[i - 1].text)
    parts = [blocks[i - 1], blocks[i]] + ([alt] if alt else [])
    plans.append((rule.id, parts, text, credit, alt.text if alt else None))
    used.update(b.line for b in parts)


def _plain_or_cue(rule: CompiledRule | None) -> bool:
    """A caption above a credit line matches no credits rule, or only a caption cue."""
    return rule is None or rule.rule.action == "caption"


#: a caption printed again without the credit its first print ends with ("... Cape
#: Canaveral, Fla. SpaceX" and then "... Cape Canaveral, Fla.") lacks at most this many words
_REPEAT_TAIL_WORDS = 4
#: captions this long or longer are compared by their first this many characters (the key of
#: the lookup of earlier prints)
_REPEAT_PREFIX = 60
_REPEAT_KEPT = 8


def _second_prints(blocks: tuple[Block, ...], used: set[int], plans: list[_Plan],
                   orphans: list[Block]) -> list[Block]:
    """Plan, as a caption (which ``_add_captions`` drops as a repeat of the first), a caption
    printed a second time as a paragraph of its own with its credit under it, a blank line
    between ("... in the East Room of the White House Tuesday." / "Andrew Harnik/AP"): a
    caption widget's plain print under its "hide caption" one. The paragraph must be, word
    for word, the text of a caption planned with that credit. Returns the orphans left."""
    captioned = {(text, credit): rule_id for rule_id, _, text, credit, _ in plans if credit}
    if not captioned:
        return orphans
    index = {b.line: i for i, b in enumerate(blocks)}
    left: list[Block] = []
    for block in orphans:
        i = index[block.line]
        prev = blocks[i - 1] if i > 0 else None
        credit = _unbracket(block.text)
        if (prev is not None and block.gap_before > 0 and prev.line not in used
                and prev.kind in MARKABLE_KINDS
                and (rule_id := captioned.get((prev.text, credit))) is not None):
            plans.append((rule_id, [prev, block], prev.text, credit, None))
            used.add(prev.line)
        else:
            left.append(block)
    return left


def _cut_repeat(text: str, by_prefix: dict[str, list[str]]) -> bool:
    """Is ``text`` an earlier caption (by its first characters: ``by_prefix``) cut short by
    up to ``_REPEAT_TAIL_WORDS`` words at a word boundary? Only the last ``_REPEAT_KEPT``
    captions of the same first characters are asked, so that a page of thousands of captions
    that all open alike stays linear."""
    if len(text) < _REPEAT_PREFIX:
        return False
    for other in by_prefix.get(text[:_REPEAT_PREFIX], ())[-_REPEAT_KEPT:]:
        tail = other[len(text):]
        if (other.startswith(text) and tail[:1].isspace()
                and len(tail.split()) <= _REPEAT_TAIL_WORDS):
            return True
    return False


def _add_captions(doc: Document, plans: list[_Plan]) -> Document:
    """Add the planned captions; one whose text is already a caption (a gallery strip
    repeating the lead photo, a credit printed under every slide), or is an earlier caption
    but for up to ``_REPEAT_TAIL_WORDS`` words at its end, is dropped as a repeat: it says
    nothing the earlier one does not. (A later print that adds words, perhaps a credit, is
    kept.)"""
    seen: set[str] = set()
    by_prefix: dict[str, list[str]] = {}

    def remember(text: str) -> None:
        seen.add(text)
        if len(text) >= _REPEAT_PREFIX:
            by_prefix.setdefault(text[:_REPEAT_PREFIX], []).append(text)

    for known in doc.captions:  # in page order, not a set's: the lookup asks the last few
        remember(known.text)
    repeats: list[Block] = []
    new: list[tuple[list[Block], str, str | None, str | None, str]] = []
    for rule_id, parts, text, credit, description in plans:
        if text in seen or _cut_repeat(text, by_prefix):
            repeats.extend(parts)
            continue
        remember(text)
        new.append((parts, text, credit, description, rule_id))
    doc = doc.add_captions(new)
    if repeats:
        doc = doc.drop(repeats, rule="credits.caption_repeat",
                       reason="repeat of a caption already taken")
    return doc


_SLASH_CREDIT = regex.compile(r"^\(?[^/]{2,50}\s?/\s?[^/]{2,50}\)?$")


def _is_credit_line(text: str) -> bool:
    """Inside a caption element: is this line the credit (``Name/Agency``, ``Photo: X``)?"""
    rule = load("credits").first(text)
    if rule is not None and rule.rule.action == "credit":
        return True
    return size(text) <= 8 and _SLASH_CREDIT.match(text) is not None


def _markup_captions(doc: Document) -> Document:
    """Captions the HTML reader found by markup (<figcaption>, class="caption").

    The blocks of one caption element are one caption: its text, and the credit line(s)
    among them (and a photographer-and-agency line printed right after the element, in one of
    its own); the alt text of the image before it is its description.
    A caption element with under three words of text (a "2", "Image 3 of 15", a lone
    toggle) is a caption widget's fragment, not a caption, and is dropped as such.
    """
    groups: list[list[Block]] = []
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.caption_id is None:  # not inside a caption element (any kind: a <p> may be)
            if (groups and i > 0 and blocks[i - 1] is groups[-1][-1] and block.gap_before <= 1
                    and block.kind in MARKABLE_KINDS and _is_credit_line(block.text)
                    and "/" in block.text):
                # the photographer and agency printed right after the caption element, in
                # an element of their own ("STR/AFP/Getty Images"): the caption's credit
                groups[-1].append(block)
            continue
        if groups and groups[-1][-1].caption_id == block.caption_id:
            groups[-1].append(block)
        else:
            groups.append([block])
    rules = load("credits")
    fragments: list[Block] = []
    plans: list[_Plan] = []
    for group in groups:
        texts = [b for b in group if not _is_credit_line(b.text)]
        credits = [_unbracket(b.text) for b in group if b not in texts]
        text = " ".join(b.text for b in texts)
        if texts:
            rule = rules.first(texts[-1].text)
            match = rule.search(text) if rule and rule.rule.action == "strip" else None
            if match is not None and size(_before_credit(text, match)) >= 2:
                credits.append(_unbracket(match.group("credit")))
                text = _before_credit(text, match)
        text = _CUE_LABEL.sub("", text)
        if not texts and credits:
            # a caption element that holds only the credit: the credit is what the page shows
            # under the photo, so it is the caption's text as well as its credit
            text = " ".join(b.text for b in group)
        if size(text) < 3:
            fragments.extend(group)
            continue
        alt = next((b.alt for b in group if b.alt), None)
        plans.append(("credits.figcaption", group, text, " ".join(credits) or None, alt))
    doc = _add_captions(doc, plans)
    if fragments:
        doc = doc.drop(fragments, rule="credits.caption_fragment",
                       reason="caption widget fragment")
    return doc


def _alt_for(blocks: tuple[Block, ...], i: int, used: set[int],
             caption: str) -> Block | None:
    """The block above ``blocks[i]`` when it is an image description set off by a blank line."""
    if i == 0 or blocks[i].gap_before == 0:
        return None
    prev = blocks[i - 1]
    if prev.line in used or not is_image_description(prev.text, caption):
        return None
    return prev
