"""Article metadata the text itself gives: title, author, outlet, publication date.

Pages often carry these in their markup (see html.py); plain text carries them in the
boilerplate we skip anyway: the headline, a byline, "Follow NAME on Twitter", an author's
e-mail address, a date line. The outlet comes, first found first, from the page title pasted
above the headline ("Headline | Outlet"), a byline ("By NAME, Outlet", "By the Outlet
staff"), the masthead above the headline or between it and the byline ("Southport Bulletin",
"Radio Highveld Talk | The Midday Exchange"), a copyright line ("(c) 2026 Outlet Ltd"), a
"Published in Outlet" note or another footer naming it ("This report by Outlet was first
published ...", "... do not necessarily reflect those of Outlet"), a press release's "About
Company" section, an e-mail domain, else an "as previously reported by X" phrase (an outlet
citing its own earlier reporting) or a photo credited to it ("Credit: Outlet"). A byline's
place or the reporter's beat ("By NAME, Abuja", "By NAME, Health Correspondent") is not an
outlet. The date comes from a byline or date line, else from a wire dateline opening the
story ("NEW DELHI, Nov 14, 2026 (GPS) - ...").
"""

import datetime as dt
from dataclasses import dataclass

import regex

from claims.extraction import boilerplate as bp
from claims.extraction.lexicon import ORG_WORDS, PLACE_WORDS, STOPWORDS, TITLE_WORDS

# As boilerplate._EMAIL: it starts only where a run of address characters starts (else
# quadratic), and the domain is labels joined by dots, the last one checked by outlet_from_email.
_EMAIL_DOMAIN = regex.compile(r"(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_FREE_MAIL = frozenset(
    "gmail googlemail yahoo hotmail outlook live icloud me aol proton protonmail gmx mail".split()
)
_SECOND_LEVEL = frozenset("co com org net ac gov".split())  # bbc.co.uk -> bbc
_NAME = r"(\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:de|van|von|al|bin|da|di|le|la)\s+)?\p{Lu}[\p{L}.’'-]*){1,3})"
_FOLLOW = regex.compile(rf"^(?i:follow)\s+{_NAME}\s+(?i:on)\b", regex.V1)
_ROLE = (
    r"(?i:reporter|correspondent|editor|writer|columnist|contributor|journalist|staff|desk|team|bureau"
    r"|producer|analyst|photographer|updated|published)"
)
_BYLINE = regex.compile(
    r"^(?i:by|written\s+by|words\s+by|reporting\s+by|report\s+by|interview\s+by|posted\s+by|story\s+by"
    r"|article\s+by|text\s+by|author:|reporter:|reported\s+by)\s+"
    rf"(?:(?:\p{{L}}+\s+){{0,2}}{_ROLE}\s+)?"  # "By Political reporter Sam Whitcombe"
    rf"{_NAME}(?:\s+and\s+{_NAME})?\s*(?:[,|;]\s*|\s+[-–—]\s+)?(.*)$",
    regex.V1,
)
_NAME_BAR_OUTLET = regex.compile(rf"^{_NAME}\s*[|,]\s*(.+)$")
_OUTLET_RUN = r"(\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*){0,5}?)"  # capitalised words, fewest first
# "By the Tidewater Courant staff", "By Harbour Times reporters": the outlet wrote it
_STAFF = regex.compile(
    rf"^(?i:by\s+(?:the\s+)?){_OUTLET_RUN}\s+(?i:staff|reporters|newsroom|news\s+desk|team)\b", regex.V1
)
_REPORTED_BY = regex.compile(
    r"\bas\s+(?:previously|earlier|first)\s+reported\s+(?:here\s+)?by\s+"
    r"(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}?)(?:[’']s\b|[,.;]|\s+\p{Ll}|$)"
)
_COPYRIGHT = regex.compile(
    r"^(?i:copyright\s*)?(?:©|\((?i:c)\)|(?i:copyright))\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?"
    rf"{_OUTLET_RUN}(?:\s+(?:Media\s+)?(?:Ltd|Limited|Pty|Pvt|Pte|Inc|LLC|Plc|PLC|Co)\b\.?)*(?:\s+\d{{4}})?\s*(?:[.,|;]|$)",
    regex.V1,
)
_PUBLISHED_IN = regex.compile(
    rf"^(?i:(?:first\s+)?published\s+in\s+(?:the\s+print\s+edition\s+of\s+)?){_OUTLET_RUN},", regex.V1
)
# "Headline | The Harbour Herald": a page title pasted as the first line
_TITLE_SUFFIX = regex.compile(r"^([^|]+?)\s+\|\s+([^|]+)$")
_SEPARATED_SUFFIX = regex.compile(r"^\s+[|–—-]\s+(.+?)(?:\s+\([^)]*\))?\s*$")
# Words that name a news outlet ("The Harbour Herald", "Great Lakes Wire"): what tells a
# masthead or a byline's outlet from a reporter's place ("By NAME, Abuja").
OUTLET_WORDS = frozenset(
    """
    herald times courier courant post gazette tribune journal chronicle observer guardian telegraph
    express mail mirror star sun standard independent examiner mercury echo argus ledger sentinel
    record review bulletin daily weekly news press wire radio tv television today monitor nation
    advertiser despatch dispatch inquirer enquirer register globe statesman insider leader voice
    """.split()
)
AGENCIES = frozenset("reuters ap afp bloomberg xinhua tass dpa ani pti ians upi efe ansa kyodo".split())
_PHOTO_AGENCIES = frozenset("getty images shutterstock alamy epa istock".split())
MIN_REPEATED_HEADLINE_WORDS = 3  # a shorter line below a page title is not its headline
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ],
        start=1,
    )
    for m in names.split()
} | {welsh: i for i, welsh in enumerate(bp.WELSH_MONTHS, start=1)}  # "2009 Awst 26"
_MONTH = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = [
    (regex.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)"), ("y", "m", "d")),
    (regex.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", regex.I), ("M", "d", "y")),
    (regex.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})\b", regex.I), ("d", "M", "y")),
    (regex.compile(rf"\b(\d{{4}})\s+{_MONTH}\s+(\d{{1,2}})\b", regex.I), ("y", "M", "d")),
]


# "News provided by NewsWire", "Distributed by Coastal PR Wire": a wire carrying a release.
_PROVIDED_BY = regex.compile(
    r"(?:news|content|release|press release|story)\s+(?:provided|distributed|supplied)\s+by\s+"
    r"(\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,4})\.?",
    regex.I,
)


def issuing_body(body: str, outlet: str | None) -> tuple[str, bool] | None:
    """(the body that issued the page, whether the whole page is in its voice): a release's
    company, defined in its first paragraph ("Roe Mills Ltd. ("Roe" or "the Company")"),
    signed off ("SOURCE Roe Mills Ltd.") or, in a release, heading its "About" section, speaks
    its sentences about itself; an official notice ("Advisory No. 12", "Issued: 3 May 2026")
    published by a body whose own name the text uses speaks every sentence no one else is
    named for. None when neither shows."""
    defined = _DEFINED_COMPANY.search(body) or _SOURCE_LINE.search(body)
    if defined:
        return defined.group("name").strip(), False
    if _RELEASE_MARKER.search(body) and (about := _ABOUT_HEADING.search(body)):
        return about.group(1).strip(), False  # "FOR IMMEDIATE RELEASE" ... "About Roe Mills Ltd"
    if outlet and _NOTICE_MARKER.search(body) and regex.search(rf"\b{regex.escape(outlet)}\b", body):
        return outlet, True
    return None


def is_opinion_page(body: str) -> bool:
    """A signed column: its section label alone on a line ("OPINION", "Comment", "Op-Ed") or
    the note that closes it ("Views are personal.", "The writer is a former banker ...")."""
    return bool(_OPINION_LABEL.search(body) or _WRITERS_NOTE.search(body))


_OPINION_LABEL = regex.compile(
    r"^(?i:opinion|comment|commentary|op-ed|oped|column|guest\s+column)\s*$", regex.M
)
_WRITERS_NOTE = regex.compile(
    r"^(?:(?:the\s+)?views\s+(?:expressed\s+)?(?:here\s+)?are\s+(?:personal|(?:the\s+)?(?:writer|author)[’']s\s+own)"
    r"|the\s+(?:writer|author|columnist)\s+is\s+(?:a|an|the)\b)",
    regex.I | regex.M,
)


_COMPANY = r"(?P<name>\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.’'-]*|&|of|and)){0,5})"
# "Roe Mills Ltd. (TSX: RML) ("Roe" or "the Company")", "Roe Mills plc (the "Company")"
_DEFINED_COMPANY = regex.compile(
    rf"{_COMPANY}\s*(?:\([^()\n]{{1,30}}\)\s*)?\((?:[“\"][^”\"]{{1,30}}[”\"]\s+or\s+)?(?:[“\"]the\s+Company[”\"]"
    r"|the\s+[“\"]Company[”\"])\)"
)
_RELEASE_MARKER = regex.compile(
    r"^(?:for\s+immediate\s+release|press\s+release|media\s+release)\b", regex.I | regex.M
)
_SOURCE_LINE = regex.compile(rf"^SOURCE:?\s+{_COMPANY}\s*$", regex.M)
# An official notice's own furniture: its number, its issue date, "Media release", "Public notice".
_NOTICE_MARKER = regex.compile(
    r"^(?:(?:health\s+|public\s+|travel\s+|safety\s+)?(?:advisory|notice|bulletin|circular)\s+No\.?\s*\S+"
    r"|issued\s*:\s*\d|(?:media|press)\s+release\b|official\s+statement\b)",
    regex.I | regex.M,
)


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: dt.date | None = None


def find_metadata(paragraphs: list[str], reasons: dict[int, str], body: str = "") -> Metadata:
    """Metadata from the paragraphs and their boilerplate reasons; `body` is searched for outlet phrases."""
    title_at = next((i for i in sorted(reasons) if reasons[i] == bp.TITLE), None)
    title, outlet = (None, None) if title_at is None else _split_page_title(paragraphs, title_at)
    title = title and _TRAILING_ASIDE.sub("", title)  # "X: We won't fall. (Minister, on ... 19.10.2015)"
    title = title and _SECTION_PREFIX.sub(
        "", title
    )  # "Opinion | Numbers don't bend": the section is no title
    stamp = bp.leading_date_stamp(title) if title else 0
    stamped_title = parse_date(title[:stamp]) if stamp else None
    title = title[stamp:].strip() if stamped_title else title  # " date 2026-03-14 Rates to rise"
    author = _name_line_below(paragraphs, reasons, title_at)
    glued = _GLUED_BYLINE.search(title) if title else None
    if glued:  # "Rain cripples the city's trains By JANE ROE and TOM LEE, Associated Press Writers"
        title = title[: glued.start()].rstrip()
        author = author or read_byline(glued.group().strip())[0]
    published = stamped = None
    outlets: list[str | None] = [outlet]  # in order of trust; the first found wins
    emails: list[str | None] = []
    credits: list[str | None] = []  # the last resort: a photo credited to an outlet
    for index in sorted(reasons):
        text, reason = paragraphs[index].strip(), reasons[index]
        if reason == bp.SOCIAL_FOLLOW and author is None and (match := _FOLLOW.match(text)):
            author = match.group(1)
        elif reason == bp.BYLINE:
            byline_author, byline_outlet, byline_date = read_byline(text)
            if author is None or byline_author is None:  # "Tayside Courier, 3 May" under "By Jane Roe"
                author = author or byline_author
                outlets.insert(1, byline_outlet)
                published = published or byline_date
        elif reason == bp.HEADING and title_at is not None and index < title_at:
            outlets.append(_masthead(text))
            if reasons.get(index + 1) == bp.BREADCRUMB and bp.is_issuer_line(text):
                outlets.append(text)  # a body's own site: its name over the breadcrumb
        elif reason == bp.HEADING and reasons.get(index - 1) == bp.BYLINE:
            outlets.insert(1, _outlet_name(text))  # "By PAN PYLAS" over "Associated Press"
        elif reason == bp.COPYRIGHT:
            outlets.append(copyright_holder(text))
        elif reason == bp.SITE_NOTICE and (channel := bp.FEED_CHANNEL.match(text)):
            outlets.append(channel.group(1))  # "Channel: Windhoek Courier" atop a feed mirror
        if reason in (bp.BYLINE, bp.DATELINE) and (signed := _OUTLET_THEN_BYLINE.match(text)):
            author = (
                author or read_byline(signed.group("byline"))[0]
            )  # "CaribCheck | By Jane Roe | 1 May 2026"
            outlets.insert(1, signed.group("outlet"))
        if reason == bp.DATELINE and _PUBLISHED_STAMP.match(text):
            stamped = stamped or parse_date(text)  # "First Published: Nov 13 2013 | 2:58 PM IST"
        if reason in (bp.BYLINE, bp.DATELINE):
            outlets.append(match.group(1) if (match := _STAFF.match(text)) else None)
            first = _FIRST_PUBLISHED.search(text)  # "Updated 3 May 2026, first published 2 May 2026"
            published = published or parse_date(text[first.end() :] if first else text)
        if reason in (bp.SOCIAL_FOLLOW, bp.CONTACT, bp.BYLINE):
            emails.append(outlet_from_email(text, body))
        if reason == bp.ISSUER:
            outlets.insert(1, text)  # the release's sender on its own line under the markers
        if reason == bp.PRESS_RELEASE and (about := _ABOUT_ISSUER.fullmatch(text)):
            outlets.append(about.group(1))  # "About Roe Mills Limited": the release's issuer
        if reason == bp.PHOTO_CREDIT:
            credits.append(
                _credited_outlet(text)
            )  # "Credit: Cambrian Farming Weekly": the outlet's own photo
    if title_at is not None:
        masthead, correspondent, dated = _below_headline(paragraphs, reasons, title_at)
        outlets.append(masthead)
        author = author or correspondent
        published = published or dated
    for text in paragraphs[-MAX_FOOTER_PARAGRAPHS:]:
        outlets.append(_copyright_in(text))  # "Follow us for updates. Copyright 2026 The Courier."
        if match := _PUBLISHED_IN.match(text.strip()):
            outlets.append(match.group(1))
            published = published or parse_date(text)
        elif match := _FOOTER_OUTLET.search(text.strip()):  # "This report by X was first published ..."
            outlets.append(match.group("outlet"))
            published = published or parse_date(text)
        elif match := _SIGNED_OFF.fullmatch(text.strip()):  # "Words: Jane Roe" closing a feature
            author = author or match.group(1)
        elif (match := _BIO.match(text.strip())) and _EMAIL_DOMAIN.search(text):
            author = author or match.group(1)
            named = _FOR_OUTLET.search(text)  # "covers farming for the Central Valley Record"
            outlets.append(named and _outlet_name(named.group(1)))
            emails.append(outlet_from_email(text, body))
    # a page's "First Published" stamp wins over the day it was saved ("Tuesday, March 04, 2025 | 04:12 PM")
    published = stamped or published or stamped_title or _glued_stamp_date(paragraphs, reasons)
    for text in paragraphs[:MAX_STAMP_PARAGRAPH]:  # "Released 27 November 2026. Running time 31 minutes."
        if published is None and (stamp := _RELEASED.match(text.strip())):
            published = parse_date(stamp.group())
        if published is None and (framed := _FRAMED_SPEECH.match(text.strip())):
            published = parse_date(framed.group("when"))  # "Address by X to Y, Saskatoon, November 30, 2026."
        if match := _PROVIDED_BY.fullmatch(text.strip()):  # the wire that carried a company's release
            outlets.insert(1, match.group(1))
    if match := _REPORTED_BY.search(body):
        emails.append(match.group(1))
    if published is None:
        published = _dateline_date(paragraphs, reasons)
    outlet = next((o for o in [*outlets, *emails, *credits] if o), None)
    return Metadata(title, author, outlet, published)


# A page section's name before a bar: "Opinion | ", "Analysis | "; a colon may be the headline's own.
_SECTION_PREFIX = regex.compile(
    r"^(?:opinion|analysis|comment|commentary|editorial|letters?|perspective|column|explainer|review)\s+\|\s+(?=\S)",
    regex.I,
)
_TRAILING_ASIDE = regex.compile(r"(?<=[.!?])\s+\([^()\n]{5,200}\)\s*$")
# "About Roe Mills Limited": the heading of a press release's section on its issuer.
_ABOUT_ISSUER = regex.compile(
    r"About\s+(\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.’'-]*|&|of|and)){0,6})"
)
_ABOUT_HEADING = regex.compile(rf"^{_ABOUT_ISSUER.pattern}\s*$", regex.M)  # the same, as a line of the page
# A footer naming the outlet: "This report by The Canadian Northern Wire was first published
# Nov. 29, 2026.", "This story first appeared in The Harbour Herald.", "The views expressed are
# her own and do not necessarily reflect those of The Rift Review."
_FOOTER_OUTLET = regex.compile(
    rf"^(?i:this\s+(?:report|story|article)\s+(?:by\s+)?)(?P<outlet>{_OUTLET_RUN})"
    r"\s+(?i:was\s+(?:first\s+)?published)\b"
    rf"|^(?i:this\s+(?:report|story|article)\s+(?:first\s+)?(?:appeared|ran|was\s+(?:first\s+)?published)\s+in\s+)(?:the\s+)?"
    rf"(?P<outlet>{_OUTLET_RUN})(?:[.,;]|\s+on\b|$)"
    rf"|\b(?i:do\s+not|don[’']t)\s+(?i:necessarily\s+)?(?i:reflect|represent)\s+(?i:those|the\s+views?)\s+(?i:of)\s+"
    rf"(?:the\s+)?(?P<outlet>{_OUTLET_RUN})\.?$",
    regex.V1,
)
MAX_LINES_BELOW_HEADLINE = 5  # photo lines, masthead, section label, "From NAME, Place" before the story
# "From Zainab Abdulkareem-Bello, Kaduna": a correspondent's byline with the place filed from.
_FROM_CORRESPONDENT = regex.compile(rf"^(?i:from)\s+{_NAME},\s+\p{{Lu}}[\p{{L}}’' -]{{1,30}}$", regex.V1)
_NEWSROOM_WORDS = frozenset("desk newsroom bureau".split())  # "Mountain West Science Desk" names a newsroom


def _below_headline(
    paragraphs: list[str], reasons: dict[int, str], title_at: int
) -> tuple[str | None, str | None, dt.date | None]:
    """(outlet, author, date) from the short lines between the headline and the story: the
    masthead ("Southport Bulletin", "Aotearoa Morning Radio | Rural Hour", "The Lake Victoria
    Sentinel | Friday, November 28, 2026"), a correspondent's "From NAME, Place" and a wire's
    dateline under the byline ("SANTA FE, N.M. (SDW) - Dec. 3, 2026")."""
    outlet = author = published = None
    for index in range(title_at + 1, min(title_at + 1 + MAX_LINES_BELOW_HEADLINE, len(paragraphs))):
        if reasons.get(index) in (bp.PHOTO_CREDIT, bp.PHOTO_CAPTION, bp.BYLINE):
            continue  # a photo's caption and credit under the headline, the byline (read apart)
        if reasons.get(index) not in (bp.HEADING, bp.DATELINE):
            break
        text = paragraphs[index].strip()
        if author is None and (match := _FROM_CORRESPONDENT.match(text)):
            author = tidy_author(match.group(1))
        outlet = outlet or _masthead_line(text.split("|")[0].strip())
        published = published or parse_date(text)
    return outlet, author, published


def _masthead_line(text: str) -> str | None:
    """ "The Nore Valley Echo", "Eastern Cape Herald-Mercury", "Mountain West Science Desk":
    an outlet's name, not a section ("Health News", "Sport") or a place."""
    words = text.split()
    if (
        not words
        or len(words) > MAX_OUTLET_WORDS
        or not all(w[:1].isupper() or w in ("of", "and", "&") or _FREQUENCY.fullmatch(w) for w in words)
    ):
        return None
    folded = [part for w in words for part in w.casefold().split("-") if not _FREQUENCY.fullmatch(part)]
    own_name = [w for w in folded if w not in OUTLET_WORDS and w not in _BEATS and w != "the"]
    if not own_name:
        return None
    on_air = any(_FREQUENCY.fullmatch(w) for w in words)  # "Midland Wave 97FM": a station's frequency
    if on_air or folded[-1] in _NEWSROOM_WORDS | _MASTHEAD_ENDINGS or any(w in OUTLET_WORDS for w in folded):
        return text
    return None


# A masthead's last word under the headline ("Waikato Rural Report"); in a byline it is a section.
_MASTHEAD_ENDINGS = frozenset({"report"})
# A radio station's frequency in its name: "97FM", "93.1", "101.3 FM".
_FREQUENCY = regex.compile(r"\d{2,3}(?:\.\d)?(?i:fm|am)?|(?i:fm|am)")


def _credited_outlet(text: str) -> str | None:
    """ "Credit: Cambrian Farming Weekly", "Photo: Nore Valley Echo/Jane Roe": a photo credited
    to an outlet (not an agency), most likely the page's own."""
    match = regex.match(r"(?i:credit|photo|picture|image)s?\s*:\s*([^/|]+?)\s*(?:[/|].*)?$", text.strip())
    name = match and _outlet_name(match.group(1))
    folded = (name or "").casefold().split()
    if not name or any(w in AGENCIES or w in _PHOTO_AGENCIES for w in folded):
        return None
    return name


# A wire's dateline opening the story: "NEW DELHI, Nov 14, 2026 (GPS) - ", "Jodhpur, 1 December 2026 - ".
_LEAD_DATELINE = regex.compile(
    r"^\p{Lu}[\p{L}’'. ]{1,30}(?:,\s+\p{Lu}[\p{L}.]{1,12})?,\s+"
    rf"(?P<date>(?i:{_MONTH})\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?i:{_MONTH}),?\s+\d{{4}})"
    r"\s*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)?\s*[-–—:]\s",
    regex.V1,
)
MAX_DATELINE_PARAGRAPH = 4


def _dateline_date(paragraphs: list[str], reasons: dict[int, str]) -> dt.date | None:
    """The date of a wire dateline opening the story's first paragraph."""
    first = next((i for i in range(min(MAX_DATELINE_PARAGRAPH, len(paragraphs))) if i not in reasons), None)
    match = first is not None and _LEAD_DATELINE.match(paragraphs[first].strip())
    return parse_date(match.group("date")) if match else None


# An episode's or a post's stamp opening a paragraph: "Released 27 November 2026."
# "Released 27 November 2026.", "Broadcast Tuesday 1 December 2026, 08:40.": when a programme went out.
_RELEASED = regex.compile(
    r"(?i:released|published|posted|(?:first\s+)?broadcast|aired|recorded)(?:\s+on)?\s+[^.\n]{6,30}?\d{4}"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\."
)
MAX_STAMP_PARAGRAPH = 4
# A speech page's framing line, ending with where and when it was given.
_FRAMED_SPEECH = regex.compile(
    r"^(?i:address|remarks|speech|keynote|statement)\s+(?i:by|of)\s+[^\n]{10,300}?,\s+(?P<when>[^,\n]{3,20}(?:,\s+\d{4})?)\.?$"
)
_SIGNED_OFF = regex.compile(rf"(?i:words|text|story|reporting)\s*:\s*{_NAME}\.?", regex.V1)
_FIRST_PUBLISHED = regex.compile(r"\b(?:first\s+)?published\b", regex.I)
_PUBLISHED_STAMP = regex.compile(r"^\|?\s*(?:first\s+)?published\b", regex.I)


# "Phillip Coorey is the political editor based in Canberra. ... Email Phillip at ...": the
# reporter's note at the foot of the page, with an address at the outlet
_BIO = regex.compile(
    rf"^{_NAME}\s+(?:is\s+(?:a|an|the|our)\s+(?:[\p{{L}}-]+\s+){{0,3}}{_ROLE}|covers|writes\s+about|reports\s+on)\b",
    regex.V1,
)
_FOR_OUTLET = regex.compile(rf"\bfor\s+(?:the\s+)?{_OUTLET_RUN}(?=[.,;]|\s+\p{{Ll}})", regex.V1)
MAX_FOOTER_PARAGRAPHS = 3  # "Published in The Daily Lahore Mail, December 8th, 2026" closes a page


def read_byline(text: str) -> tuple[str | None, str | None, dt.date | None]:
    """(author, outlet, date) from a byline: "By Jane Roe and John Smith, Reuters", "By NAME |
    Nov. 16, 2026", "Amy Leiper, 23rd March 2022"; a place or a beat after the name is no outlet."""
    text = text.strip()
    match = _BYLINE.match(text) or _NAME_BAR_OUTLET.match(text)
    if not match:
        return None, None, None
    names = [n for n in match.groups()[:-1] if n and not _only_a_beat(n)]  # "By Court Reporter"
    rest = match.groups()[-1].strip()
    published = parse_date(rest)
    parts = [p.strip() for p in regex.split(r"\s*[|;]\s*|\s+[-–—]\s+", rest) if p.strip()]
    outlet = next((o for o in map(_outlet_name, parts) if o), None) if parts else None
    signed = next((p for p in parts if _SIGNED.match(p)), None) if match.re is _NAME_BAR_OUTLET else None
    if signed and (author := read_byline(signed)[0]):
        return author, outlet, published  # "Council Report | Posted ... | By Jane Roe": hers
    if names and any(
        part in OUTLET_WORDS for w in names[0].split() for part in w.strip(".,").casefold().split("-")
    ):
        # "By Leadership News": the outlet signs it
        return None, outlet or names[0].rstrip("."), published
    return " and ".join(tidy_author(n) for n in names) or None, outlet, published


def _only_a_beat(name: str) -> bool:
    """ "Court Reporter", "Our Special Correspondent": a beat or a role, no one's name."""
    return all(regex.fullmatch(_ROLE, w) or w.casefold() in _BEATS | _UNNAMED for w in name.split())


_UNNAMED = frozenset("our a an special own".split())


def tidy_author(name: str) -> str:
    """ "JOSEPH MWANGI" -> "Joseph Mwangi"; a beat or stamp after the name goes ("Becky Rowntree
    Health Reporter Updated" -> "Becky Rowntree"); a second part after ";", "·" or "|" (an e-mail, the outlet)
    too."""
    name = regex.split(r";|\s[·•|]\s", name)[0].strip().rstrip(".,")
    name = _SIGNED.sub("", name)  # "Story by Jane Roe"
    words = name.split()
    for i, word in enumerate(words[2:], start=2):
        if regex.fullmatch(_ROLE, word):
            kept = words[:i]
            while len(kept) > 2 and kept[-1][:1].isupper() and not _is_name_part(kept[-1]):
                kept.pop()  # "Health" in "Becky Rowntree Health Reporter"
            words = kept
            break
    name = _DATE_AFTER_NAME.sub("", " ".join(words))
    return name.title() if name.isupper() and len(name) > 3 else name


_SIGNED = regex.compile(r"^(?:(?:story|article|text|words|written|reporting)\s+)?by\s+(?=\p{Lu})", regex.I)
# "Callum Munro Monday December": the byline's date glued on after the name (two words at least).
_DATE_AFTER_NAME = regex.compile(
    rf"(?<=^\S+\s+\S+.*?)\s+(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b|{_MONTH}\s+\d|\d).*$", regex.I
)


def _is_name_part(word: str) -> bool:
    return "." in word or word.casefold() not in _BEATS


_BEATS = frozenset(
    """
    business health political politics education environment transport retail court courts crime
    sport sports science technology tech money consumer local senior chief deputy city foreign
    diplomatic economics economy rural arts culture investigations data digital legal
    """.split()
)


def _outlet_name(text: str) -> str | None:
    """A byline's part that names an outlet ("Reuters", "Gold Coast Courier Business Desk" ->
    "Gold Coast Courier"), not a place ("Abuja"), a beat ("Health Writer") or a date."""
    words = text.rstrip(".").split()
    while words and (regex.fullmatch(_ROLE, words[-1]) or words[-1].casefold() in _BEATS):
        words.pop()  # "Business Desk", "Transport Correspondent"
    if not words or not all(w[:1].isupper() or w.casefold() in ("of", "the", "and", "&") for w in words):
        return None
    folded = [w.casefold() for w in words]
    if folded == [w for w in folded if w in AGENCIES] or any(w in OUTLET_WORDS for w in folded):
        return " ".join(words)
    return None


def _split_page_title(paragraphs: list[str], title_at: int) -> tuple[str, str | None]:
    """The headline and the outlet from a title line that is the page's own title pasted above
    the headline: "Headline - ABC News (Australian ...)" over "Headline", "Home Publications
    Headline" over "Headline", or "Headline | The Harbour Herald"."""
    title = bp.headline_of(paragraphs[title_at])
    for line in paragraphs[title_at + 1 : title_at + 4]:
        line = line.strip()
        if line == title or len(line.split()) < MIN_REPEATED_HEADLINE_WORDS or line not in title:
            continue
        if title.startswith(line) and (suffix := _SEPARATED_SUFFIX.match(title[len(line) :])):
            return line, _outlet_title(suffix.group(1))
        if title.endswith(line) and _outlet_title(title[: -len(line)].rstrip(" |>»›:–—-")):
            return line, None  # the breadcrumb ("Home Publications") above the headline
    if (match := _TITLE_SUFFIX.match(title)) and (outlet := _outlet_title(match.group(2))):
        return match.group(1), outlet
    return title, None


MAX_OUTLET_WORDS = 5


def _outlet_title(text: str) -> str | None:
    words = text.split()
    capitalised = all(w[:1].isupper() or w.casefold() in ("of", "the", "and", "&") for w in words)
    return text.strip() if capitalised and 0 < len(words) <= MAX_OUTLET_WORDS else None


def _masthead(text: str) -> str | None:
    """ "The Harbourside Courier" among the menu lines above the headline."""
    text = text.strip()
    words = [w.casefold() for w in text.split()]
    own_name = [w for w in words if w not in OUTLET_WORDS and w != "the"]  # not "News" from the menu
    return text if own_name and len(words) <= MAX_OUTLET_WORDS and text == _outlet_name(text) else None


def copyright_holder(text: str) -> str | None:
    """ "(c) 2026 The Harbour Herald", "Copyright 2026 Hallam Evening Post. All rights reserved.",
    "© Northern Isles Press Ltd 2026." -> the holder, unless a photo agency."""
    match = _COPYRIGHT.match(text.strip())
    if not match:
        return None
    holder = match.group(1).rstrip(".")
    words = holder.casefold().split()
    if not words or words[0] in ("all", "rights") or any(w in _PHOTO_AGENCIES for w in words):
        return None
    return holder


def _copyright_in(text: str) -> str | None:
    """The copyright holder a footer line names after another sentence ("Follow us on X.
    Copyright 2026 The Courier.") or before the mark ("The Courier (c) 2026")."""
    for part in regex.split(r"(?<=[.!?])\s+", text.strip())[1:]:
        if holder := copyright_holder(part):
            return holder
    match = _HOLDER_FIRST.fullmatch(text.strip())
    return match.group(1) if match else None


_HOLDER_FIRST = regex.compile(rf"{_OUTLET_RUN}\s*(?:©|\((?i:c)\))\s*\d{{4}}\.?", regex.V1)
# "CaribCheck | By Jane Roe | 1 May 2026": the outlet, then the byline.
_OUTLET_THEN_BYLINE = regex.compile(
    r"^(?P<outlet>\p{Lu}[\p{L}&’'-]*(?:\s+\p{Lu}[\p{L}&’'-]*){0,4})\s*\|\s*(?P<byline>(?i:by)\s.+)$"
)
_NAME_WORD = r"\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?"
_PERSON_LINE = regex.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}")


def _name_line_below(paragraphs: list[str], reasons: dict[int, str], title_at: int | None) -> str | None:
    """ "Dave Alley" alone between the headline and the first paragraph: the reporter's name."""
    if title_at is None or reasons.get(title_at + 1) != bp.HEADING or title_at + 2 >= len(paragraphs):
        return None
    if reasons.get(title_at + 2) not in (None, bp.DATELINE):
        return None
    return persons_name(paragraphs[title_at + 1])


def persons_name(line: str) -> str | None:
    """ "Dave Alley", "Nurul Aisyah Kamarudin": a line that is only someone's name (two or three
    name words, none an outlet's, a place's, an organisation's, a title's or a beat's)."""
    line = line.strip()
    if not _PERSON_LINE.fullmatch(line):
        return None
    words = {w.casefold() for w in line.split()}
    if words & (OUTLET_WORDS | STOPWORDS | ORG_WORDS | PLACE_WORDS | TITLE_WORDS | _BEATS):
        return None
    return line


def outlet_from_email(text: str, body: str = "") -> str | None:
    """ "szeronian@breitbart.com" -> "Breitbart", spelled as the article spells it when it does."""
    match = _EMAIL_DOMAIN.search(text)
    if not match:
        return None
    labels = match.group(1).casefold().split(".")
    if len(labels[-1]) < 2 or not labels[-1].isalpha():  # not a top-level domain: "a@b.c", "a@host.123"
        return None
    labels.pop()
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    label = labels[-1] if labels else ""
    if not label or label in _FREE_MAIL:
        return None
    # "harbourtimes" is spelled "Harbour Times" in the text: the same letters, words apart
    letters = r"\s?".join(regex.escape(ch) for ch in label)
    for spelled in regex.finditer(rf"\b({letters})\b", body, regex.I):
        if all(word[0].isupper() for word in spelled.group(1).split()):
            return spelled.group(1)
    return label.upper() if len(label) <= 4 else label.capitalize()


def parse_date(text: str) -> dt.date | None:
    """The first date written as 2015-09-15, September 15, 2015 or 15 Sep 2015."""
    for pattern, order in _DATES:
        match = pattern.search(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = int(parts["m"]) if "m" in parts else _MONTHS[parts["M"].casefold()]
        try:
            return dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            continue
    return None


# A byline a blog glued to the headline's line: " By JANE ROE and TOM LEE, Associated Press Writers".
_GLUED_BYLINE = regex.compile(
    r"\s+By\s+\p{Lu}[\p{L}.’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.’'-]*){1,7},?(?:\s+[\p{L} ]{0,40})?$"
)


def _glued_stamp_date(paragraphs: list[str], reasons: dict[int, str]) -> dt.date | None:
    """The date of a stamp glued to the first paragraph kept (" date 2019-04-25 Minister X says ...")."""
    first = next((text for i, text in enumerate(paragraphs) if i not in reasons), "")
    stamp = bp.leading_date_stamp(first.strip())
    return parse_date(first.strip()[:stamp]) if stamp else None
