"""Boilerplate: text around an article that is not the article.

Each rule names its reason; reviewers see the reason next to the skipped text, so a
rule that misfires is visible rather than silent. Paragraph rules may use the layout
(first paragraph, neighbours); sentence rules only look at the sentence itself, because
scraped text often glues a "Read more" or a share bar onto a real paragraph.
"""

import regex

from claims.extraction.lexicon import BODY_NOUNS, ORG_WORDS, OUTLET_NAME_WORDS
from claims.extraction.paragraphs import is_unterminated_short_line

TITLE = "title"
PHOTO_CAPTION = "photo_caption"
PHOTO_CREDIT = "photo_credit"
HEADING = "heading"
BYLINE = "byline"
DATELINE = "dateline"
SOCIAL_FOLLOW = "social_follow"
CONTACT = "contact"
COMMENTS_HEADER = "comments_header"
COMMENT_NOTICE = "comment_notice"
READ_MORE = "read_more"
ADVERTISEMENT = "advertisement"
COOKIE_NOTICE = "cookie_notice"
SHARE_BAR = "share_bar"
NEWSLETTER = "newsletter"
COPYRIGHT = "copyright"
AGENCY_NOTE = "agency_note"  # "(This story has not been edited by our staff ...)"
# Sentence-level reasons set by the pipeline, listed here so all reasons live in one place.
ATTRIBUTION = "attribution"
FRAGMENT = "fragment"
FRAMING = "framing"  # "The following is the full text of the speech ..." (transcripts.py)
TURN_LABEL = "turn_label"  # "JANE ROE:" opening a transcript turn
ASKED = "asked"  # an interviewer's or reporter's turn: it puts a question (transcripts.asking_turns)
REPEATED_HEADLINE = "repeated_headline"  # the title again in the body or in a caption
PRESS_RELEASE = "press_release"  # "FOR IMMEDIATE RELEASE", "Issued by ...", an "About X" section
ISSUER = "issuer"  # a release's sender on its own line under "FOR IMMEDIATE RELEASE", above the headline
LIVE_SIGN_OFF = "live_sign_off"  # "Our live coverage has now ended."
BREADCRUMB = "breadcrumb"  # "Home > Newsroom > Speeches": where the page sits, never its title
SOURCE_LINE = "source_line"  # "Source: X, Situation Report No. 88" under a fact box or chart
CURRENCY_NOTE = "currency_note"  # a wire's "($1 = 129.40 Kenyan shillings)", "All figures in A$."
CORRECTION_NOTE = "correction_note"  # "This article was amended on ...", "Correction: An earlier version ..."
EDITORS_NOTE = "editors_note"  # "Fares: an adult fare is $3.15." among the notes at an article's foot
SITE_NOTICE = "site_notice"  # "Skip to main content", "Your web browser is no longer supported"

_I = regex.IGNORECASE | regex.VERSION1
_AGENCIES = (
    r"(?-i:AFP|AP|Reuters|Getty(?:\s+Images)?|EPA|Bloomberg|Shutterstock|Alamy|PA(?:\s+Wire)?"
    r"|Xinhua|TASS|ANP|dpa)"
)
# Starts only where a run of address characters starts: tried at every position of a long
# run, the pattern backtracked over the rest of the run each time (quadratic).
_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DATE_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_DATE_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_DATE_WORD},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})"
)
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?-i:[A-Z]{2,4}))?"  # "6.42am AEST", "3:15 p.m. ET"

# Rules that are safe on any sentence or paragraph: each matches what is boilerplate as a
# whole, anchored at both ends or by wording no article sentence uses.
# One side of a conversion: "Rs 1 crore", "N1,000", "US$0.63", "129.40 Kenyan shillings".
_AMOUNT = (
    r"(?:[\p{Lu}]{0,3}\.?\s?[$€£¥₹₦]|Rs\.?|[\p{Lu}]{1,3})?\s?\d[\d.,]*"
    r"(?:\s+(?:crore|lakh|million|billion|[\p{L}]+(?:\s+[\p{L}]+)?))?"
)
_CONVERSION = (
    rf"{_AMOUNT}\s*=\s*(?:about|approximately|approx\.|around|roughly|some)?\s*{_AMOUNT}"
    r"(?:\s+at\s+the\s+(?:official|market|current|parallel)\s+(?:exchange\s+)?rate)?"
)
_SENTENCE_RULES: list[tuple[str, regex.Pattern]] = [
    (
        CORRECTION_NOTE,
        regex.compile(
            r"^(?:corrections?|clarifications?|editor[’']s note)\s*:"
            r"|^this (?:article|story|piece) (?:was|has been) (?:amended|updated|corrected)\b"
            r"|^(?:an earlier|a previous) version of this (?:article|story|piece)\b",
            _I,
        ),
    ),
    (
        SITE_NOTICE,
        regex.compile(
            r"^skip\s+to\s+(?:main\s+)?(?:content|navigation|main)\b|\byour\s+(?:web\s+)?browser\s+is\s+(?:no\s+longer"
            r"\s+supported|not\s+supported|out\s+of\s+date)|\bthis\s+feature\s+is\s+currently\s+unavailable"
            r"|^this\s+(?:article|story)\s+is\s+more\s+than\s+\d+\s+(?:days?|months?|years?)\s+old\s*$"
            r"|^this\s+was\s+published\s+\d+\s+(?:days?|months?|years?)\s+ago\s*$",
            _I,
        ),
    ),
    # A release's legal notices: "This release contains forward-looking statements ...",
    # "Actual results may differ materially.", "... accepts responsibility for the adequacy of this release."
    (
        PRESS_RELEASE,
        regex.compile(
            r"\bforward[-\s]looking\s+(?:statements?|information)\b|^actual\s+results\s+(?:may|could|might)"
            r"\s+differ\s+materially\b|\baccepts?\s+(?:no\s+)?responsibility\s+for\s+the\s+adequacy\b",
            _I,
        ),
    ),
    # "Media enquiries: Press Office, 020 0000 0000", "For more information contact: ..."
    (
        CONTACT,
        regex.compile(
            r"^(?:(?:media|press|news\s+desk|general)\s+(?:enquiries|inquiries|contacts?|queries)"
            r"|for\s+(?:more|further)\s+information(?:,\s+|\s+)(?:contact|call|email)|contact\s+us)\s*:",
            _I,
        ),
    ),
    (
        SOCIAL_FOLLOW,
        regex.compile(
            r"^follow\s+(?:@?[\w.’'-]+\s+){0,4}@?[\w.’'-]+\s+on\s+(?:twitter|x|facebook|instagram|threads|bluesky"
            r"|linkedin|tiktok|mastodon)\b",
            _I,
        ),
    ),
    (
        COMMENTS_HEADER,
        regex.compile(
            r"^(?:\d+\s+)?(?:comments?|show comments|view comments|hide comments|leave a (?:comment|reply)"
            r"|join the (?:conversation|discussion)|add a comment|discussion)\s*[:.]?\s*$",
            _I,
        ),
    ),
    (
        COMMENT_NOTICE,
        regex.compile(
            r"(?:issues?|problems?|trouble)\s+with\s+comment(?:ing|s)\b|comment(?:ing|s)?\s+(?:policy|guidelines)"
            r"|comments\s+(?:are|have been)\s+(?:moderated|closed|disabled)|\bdisqus\b"
            r"|(?:log|sign)\s*in\s+to\s+(?:comment|reply|join the)|before\s+commenting",
            _I,
        ),
    ),
    (
        READ_MORE,
        regex.compile(
            r"^(?:read\s+(?:more|next|also|the\s+full)|click\s+here|also\s+read)\b"
            r"|^(?:related(?:\s+(?:articles?|stories|content|coverage))?|see\s+also|more\s+on\s+this(?:\s+story)?"
            r"|recommended(?:\s+for\s+you)?|watch|listen|most\s+read|trending(?:\s+now)?)\s*(?:[:>»|]|$)",
            _I,
        ),
    ),
    (
        ADVERTISEMENT,
        regex.compile(
            r"^(?:advertisement|advert|ad|ads|sponsored(?:\s+content)?|paid\s+content|promoted"
            r"|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?"
            r"|scroll\s+to\s+continue(?:\s+with\s+content)?)\s*[:.]?\s*$",
            _I,
        ),
    ),
    (
        COOKIE_NOTICE,
        regex.compile(
            r"(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies|accept\s+(?:all\s+)?cookies"
            r"|cookie\s+(?:policy|settings|preferences|consent)|by\s+continuing\s+to\s+(?:use|browse)\s+this",
            _I,
        ),
    ),
    (
        SHARE_BAR,
        regex.compile(
            # Atomic and possessive: backtracking into a long repeated group is quadratic in `regex`.
            r"^(?:(?>share\s+(?:this|on|via)(?:\s+\w+){0,2}|share|tweet|email|e-mail|print|facebook|twitter"
            r"|whatsapp|linkedin|pinterest|reddit|flipboard|copy\s+link|messenger|save|comment)[\s|·•/,:]*)++$",
            _I,
        ),
    ),
    (
        NEWSLETTER,
        regex.compile(
            r"sign\s+up\s+(?:for|to)\s+(?:our|the)\s+[\w\s]{0,30}newsletter|subscribe\s+to\s+(?:our|the)\s+"
            r"[\w\s]{0,30}(?:newsletter|channel|podcast)|get\s+(?:our|the)\s+[\w\s]{0,30}newsletter",
            _I,
        ),
    ),
    (
        COPYRIGHT,
        regex.compile(
            r"^(?:©|\(c\)|copyright\b)|all\s+rights\s+reserved|published\s+under\s+(?:the\s+|a\s+)?[\w\s.-]{0,40}licen[cs]e",
            _I,
        ),
    ),
    (
        AGENCY_NOTE,
        regex.compile(
            r"not\s+been\s+edited\s+by\s+[\w\s]{0,20}staff|published\s+from\s+a\s+syndicated\s+feed"
            r"|^\(?with\s+inputs\s+from\s+[\w\s,]{0,40}\)?\.?$",
            _I,
        ),
    ),
    (
        PHOTO_CREDIT,
        regex.compile(
            rf"^\(?(?:photo|image|picture|pictured|credit|photograph|video|illustration)s?\s*(?:by|:|credit)"
            rf"|/\s*{_AGENCIES}\b(?!/)|(?<!/)\b{_AGENCIES}\s*/|^\(?{_AGENCIES}(?:\s+photo)?\)?\s*$|getty\s+images\)?\s*$"
            # "(Jane Roe/The Valley Courier via AP)": a photographer and an outlet in brackets
            r"|^\((?-i:\p{Lu})[\p{L}.’' -]{1,40}/[^()\n/]{2,80}\)$",
            _I,
        ),
    ),
]

_MENU_ITEM = r"(?-i:\p{Lu})[\p{L}&’'-]*(?: [\p{L}&’'-]+)?"  # "Home", "Cost of living" is too long

# Rules that need a short stand-alone line; on a long paragraph they would misfire.
_LINE_RULES: list[tuple[str, regex.Pattern]] = [
    (
        BYLINE,
        regex.compile(
            r"^(?:by|written\s+by|words\s+by|reporting\s+by|report\s+by|interview\s+by|posted\s+by|story\s+by"
            r"|article\s+by|text\s+by|author:|reporter:|reported\s+by)\s+(?-i:\p{Lu})[\w.’'-]*"
            r"(?:\s+\S+){0,14}$"
            # "Amy Leiper, 23rd March 2022", "Nomvula Khumalo | 19 November 2026": a name and the date
            rf"|^(?-i:\p{{Lu}}[\w’'-]+(?:\s+\p{{Lu}}[\w’'-]+){{1,2}})\s*[|,]\s*(?:\w+,?\s+)?{_DATE}[\s\w:.,|+-]{{0,30}}$"
            # Words of the outlet separated by spaces: with `\s*` a capitalised run could be split
            # into up to four words in n^3 ways before the `$` failed.
            r"|^(?-i:\p{Lu}[\w’'-]+\s+\p{Lu}[\w’'-]+\s*[|,]\s*\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*){0,3}\s*)$",
            _I,
        ),
    ),
    (
        DATELINE,
        regex.compile(
            # "Pune | Updated: ...", "Health desk | 17 November 2026": a section or place before the stamp
            rf"^(?:[^|\n]{{0,40}}\|\s*){{0,3}}"
            rf"(?:(?:published|updated|posted|last\s+updated|first\s+published)\s*(?:on|at)?\s*:?\s*)?"
            rf"(?:{_CLOCK},?\s+)?(?:\w+\.?,?\s+)?{_DATE}"
            # "Updated 3 May 2026, first published 2 May 2026"
            rf"(?:,?\s+(?:first\s+)?published\s*(?:on)?\s*:?\s*{_DATE})?"
            rf"[\s\w:.,|+()-]{{0,30}}$",
            _I,
        ),
    ),
    (CONTACT, _EMAIL),
    (
        LIVE_SIGN_OFF,
        regex.compile(
            r"\b(?:our|this) live"
            r" (?:coverage|blog|updates?)\b.{0,20}?\b(?:ended|closed|over)\b",
            _I,
        ),
    ),
    (BREADCRUMB, regex.compile(r"^[^>›»\n]{1,30}(?:\s[>›»]\s[^>›»\n]{1,40}){1,5}$")),
    # "Home » Tag: Governor": normalising reads a detached "»" as a closing quote mark
    (
        BREADCRUMB,
        regex.compile(r"^(?:home|homepage)\s[”»>›]\s[^”»>›\n]{1,40}(?:\s[”»>›]\s[^”»>›\n]{1,40}){0,4}$", _I),
    ),
    # a listing's page number and a tag's listing: "Home Blog Page 2", "Latest news with #Budget"
    (
        BREADCRUMB,
        regex.compile(r"^(?:home\s+)?(?:blog|news|archives?|posts|articles|stories)\s+page\s+\d+$", _I),
    ),
    (
        BREADCRUMB,
        regex.compile(
            r"^(?:latest|more|all)\s+(?:news|stories|posts|articles)\s+(?:with|tagged|on)\s+#\w+$", _I
        ),
    ),
    # the site's menu pasted as one line: "Home | News | Politics | Business | Sport"
    (BREADCRUMB, regex.compile(rf"^{_MENU_ITEM}(?: [|•·] {_MENU_ITEM}){{3,}}$", _I)),
    (SOURCE_LINE, regex.compile(r"^sources?\s*:\s*\S", _I)),
    (
        CURRENCY_NOTE,
        regex.compile(
            r"^\(\s*(?:US|A|C|NZ)?[$€£¥₹]\s?1\s*=\s*[\d.,]+\s+[\p{L}\s.]{1,30}\)\s*$"
            # "All figures in Australian dollars (unless stated).": what the figures are in
            r"|^\(?(?:all\s+)?(?:figures|amounts|prices|values|sums|dollar\s+amounts)\s+(?:are\s+)?"
            r"(?:given\s+|quoted\s+|expressed\s+)?in\s+(?:[\p{L}.]+\s+){0,3}"
            r"(?:dollars|pounds|euros|rand|shillings|naira|rupees|pesos|yen|yuan|francs|cedis|ringgit|baht|sterling"
            r"|(?-i:[A-Z]{3})|(?-i:[A-Z]{0,2})\$)"
            r"(?:,?\s*\(?unless\s+(?:otherwise\s+)?(?:stated|noted|indicated)\)?)?\s*[.)]*\s*$"
            # "(Rs 1 crore = Rs 10 million)", "Currency: N1,000 = about US$0.63 at the official rate.":
            # a conversion, however many, is how to read the figures, never a claim
            rf"|^\(?\s*(?:(?:currency|exchange\s+rates?|conversions?)\s*:\s*)?(?:{_CONVERSION}[.;]?\s*)+\)?\s*$"
            # "Temperatures are in degrees Celsius.": the unit the figures are in
            r"|^\(?(?:all\s+)?(?:temperatures|distances|heights|weights|speeds|measurements|rainfall)\s+"
            r"(?:are\s+)?(?:given\s+|shown\s+|quoted\s+)?in\s+(?:degrees\s+)?"
            r"(?:celsius|fahrenheit|centigrade|kilomet(?:re|er)s|miles|met(?:re|er)s|feet|millimet(?:re|er)s"
            r"|kilograms|tonnes|km/h|mph)\s*[.)]*\s*$",
            _I,
        ),
    ),
    # "Key figures (six months to Sept 30):" over a fact box: a heading, whatever its length.
    (
        HEADING,
        regex.compile(
            r"^(?:key|main|fast|quick)\s+(?:figures|facts|numbers|points|details|results)\b[^.!?]{0,60}:\s*$"
            r"|^(?:at a glance|by the numbers|in numbers)\b[^.!?]{0,60}:?\s*$",
            _I,
        ),
    ),
    (
        PRESS_RELEASE,
        regex.compile(
            r"^(?:for\s+immediate\s+release|(?:press|media|news)\s+(?:release|statement)|issued\s+by\s.{0,80}|###"
            r"|-\s*ends\s*-)\s*$",
            _I,
        ),
    ),
]
_ABOUT = regex.compile(r"^About\s+\p{Lu}")

# -- Site clutter above a headline (the fifth real pages, issue #19) -----------------------
# A reader-funded site's appeal, however long its paragraph: "... to support our mission".
_SENTENCE_RULES += [
    (
        SITE_NOTICE,
        regex.compile(
            r"\bsupport\s+from\s+readers\s+like\s+you\b|\bcontribute\s+what\s+you\s+can\b"
            r"|\bsupport\s+(?:our|independent)\s+(?:journalism|mission)\b",
            _I,
        ),
    )
]
_LINE_RULES += [
    # "Sponsored Ad", "Ad 3": an advert's label and its numbered slots
    (ADVERTISEMENT, regex.compile(r"^(?:sponsored\s+ad(?:vert)?s?|ad(?:vert)?s?\s+\d{1,2})\s*$", _I)),
    # "22.3 C", "71°F": a weather widget's reading
    (SITE_NOTICE, regex.compile(r"^-?\d{1,3}(?:[.,]\d)?\s?°?\s?[CF]\s*$")),
    # a reader-funded site's appeal: "We need your help now", "Support from readers like you ..."
    (
        SITE_NOTICE,
        regex.compile(
            r"^we\s+need\s+your\s+help\b|\bplease\s+(?:contribute|donate)\b"
            r"|\bbecome\s+a\s+(?:supporter|member)\s+(?:today|now)\b",
            _I,
        ),
    ),
    # "- 123RF Stock Photo": a stock library's credit under a photo
    (PHOTO_CREDIT, regex.compile(r"^[-–—]?\s*[\w&.’' ]{1,30}\s+stock\s+(?:photo|image)s?\s*$", _I)),
    # a map or photo caption that ends with the map's credit: "... where it happened Google Maps"
    (PHOTO_CAPTION, regex.compile(r"\s(?:Google\s+(?:Maps|Street\s+View|Earth)|Shutterstock|Alamy)\s*$")),
]


_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?"
# A blog's "Politics - 5 December 2026 - " before the headline: a section and a date.
_CATEGORY_DATE = regex.compile(
    rf"^\p{{Lu}}[\p{{L}}&' ]{{0,30}}?\s+[-–—|]\s+"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME},?\s+\d{{4}}|{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\s+[-–—|]\s+(?=\S)",
    regex.I,
)


def headline_of(title: str) -> str:
    """The headline without a blog's "Category - date - " prefix."""
    return _CATEGORY_DATE.sub("", title.strip(), count=1)


def classify_sentence(sentence: str) -> str | None:
    """The boilerplate reason for one sentence, or None when it may be a claim."""
    for reason, pattern in [*_SENTENCE_RULES, *_GLUED_SENTENCE_RULES]:
        if pattern.search(sentence):
            return reason
    return None


def classify_paragraphs(paragraphs: list[str]) -> dict[int, str]:
    """Map paragraph index -> reason for every boilerplate paragraph."""
    reasons: dict[int, str] = {}
    for i, text in enumerate(paragraphs):
        reason = _classify_line(text)
        if reason:
            reasons[i] = reason
    _labelled_notes(paragraphs, reasons)
    items = _list_items(paragraphs, reasons)
    for i, text in enumerate(paragraphs):
        if i in reasons or i in items or not is_unterminated_short_line(text) or (i and is_fact_line(text)):
            continue
        next_to_photo = PHOTO_CREDIT in (reasons.get(i - 1), reasons.get(i + 1))
        if i == 0:  # a headline pasted above its photo's credit is still the headline
            reasons[i] = TITLE
        elif next_to_photo:
            reasons[i] = PHOTO_CAPTION
        else:
            reasons[i] = HEADING
    _bulleted_menu(paragraphs, reasons)
    _link_list(paragraphs, reasons)
    _about_section(paragraphs, reasons)
    _after_the_release_ends(paragraphs, reasons)
    _date_lines(paragraphs, reasons)
    _dated_captions(paragraphs, reasons)
    _caption_printed_twice(paragraphs, reasons)
    _name_caption_printed_twice(paragraphs, reasons)
    # the headline under "FOR IMMEDIATE RELEASE", the page's breadcrumb, a notice from the site
    # ("Skip to main content") or the day's date
    count = len(paragraphs)
    first = next((i for i in range(count) if reasons.get(i) not in _ABOVE_HEADLINE), count)
    if reasons.get(first) == HEADING and first:
        reasons[first] = TITLE
    if reasons.get(0) == PRESS_RELEASE and len(paragraphs) > 3 and reasons.get(1) in (TITLE, None):
        headline = reasons.get(1) == TITLE or _unterminated(paragraphs[1])
        if headline and 2 not in reasons and _unterminated(paragraphs[2]):  # the release's subheading
            reasons[2] = HEADING
    _release_issuer(paragraphs, reasons, first)
    if first < count and first not in reasons and _looks_like_headline(headline_of(paragraphs[first])):
        reasons[first] = TITLE
    elif 0 < first < count and first not in reasons and reasons.get(first - 1) == DATELINE:
        if _looks_like_headline(paragraphs[first], MAX_HEADLINE_ABOVE_DATELINE):
            reasons[first] = TITLE  # a long headline in sentence case right under the page's date line
    below = first + 1
    if reasons.get(below) == HEADING and _an_outlets_name(paragraphs[below]):
        below += 1  # the outlet's masthead between the headline and the byline
        below += reasons.get(below) == HEADING and len(paragraphs[below].split()) <= MAX_FURNITURE_TITLE_WORDS
    if first not in reasons and count > below and reasons.get(below) in (DATELINE, BYLINE):
        if _looks_like_headline(paragraphs[first], max_words=MAX_HEADLINE_ABOVE_DATELINE, above_byline=True):
            reasons[first] = TITLE  # a long headline is still one when a date or byline follows it
    if first not in reasons and first < count and _TRANSCRIPT_HEADING.match(paragraphs[first]):
        if _looks_like_headline(paragraphs[first], max_words=MAX_HEADLINE_ABOVE_DATELINE, above_byline=True):
            reasons[first] = TITLE  # "Transcript: Water outages - who is to blame?"
    _headline_after_date_stamp(paragraphs, reasons)
    _headline_below_furniture(paragraphs, reasons)
    _headline_over_captioned_credit(paragraphs, reasons)
    _headline_above_lede(paragraphs, reasons)
    _headline_between_paragraphs(paragraphs, reasons)
    _caption_under_headline(paragraphs, reasons)
    _section_label_over_quoted_headline(paragraphs, reasons)
    _summary_subheads(paragraphs, reasons)
    _listing_page(paragraphs, reasons)
    _headline_under_page_chrome(paragraphs, reasons)
    _headline_under_breadcrumb(paragraphs, reasons)
    _standfirst_the_lede_retells(paragraphs, reasons)
    _long_title_case_headings(paragraphs, reasons)
    return reasons


MIN_TITLE_CASE_HEADING_WORDS = 4


def _long_title_case_headings(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """ "Circumstances Leading To Discovery Of A Shortfall Between FY2011 And FY2024": a section
    heading in Title Case, every word capitalised and no full stop, however long; prose
    never capitalises "To", "Of" and "And"."""
    for i, line in enumerate(paragraphs[1:], start=1):
        words = line.split()
        if i in reasons or len(words) < MIN_TITLE_CASE_HEADING_WORDS or line.rstrip()[-1] in '.!?:;,”"':
            continue
        lowered = [w for w in words if not w[:1].isupper() and not w[:1].isdigit()]
        if not lowered and any(w in _TITLE_CASE_FUNCTION_WORDS for w in words):
            reasons[i] = HEADING


_TITLE_CASE_FUNCTION_WORDS = frozenset("To Of And For In On At With Between From The A An".split())


# "Fares: an adult fare in Winnipeg is $3.15.": a labelled line of reference for the reader.
_LABELLED_LINE = regex.compile(r"^\p{Lu}\p{Ll}+(?: \p{Ll}+)?:\s+\S.{0,100}$")
_NOTES = frozenset({CORRECTION_NOTE, AGENCY_NOTE})


def _labelled_notes(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """A labelled line next to an editor's note (a correction, an agency's disclaimer) is one
    of the notes an article ends with, not a claim of the story. A currency note is not
    enough: it also closes a fact box ("Interim dividend: 0.40 shillings per share")."""

    def is_note(i: int) -> bool:
        return 0 <= i < len(paragraphs) and (reasons.get(i) or classify_sentence(paragraphs[i])) in _NOTES

    for i, text in enumerate(paragraphs):
        if i not in reasons and _LABELLED_LINE.match(text) and (is_note(i - 1) or is_note(i + 1)):
            reasons[i] = EDITORS_NOTE


_MENU_BULLET = regex.compile(r"^\s*[•·*]\s+(?-i:\p{Lu})[\p{L}&’'-]*(?:\s+[\p{L}&’'-]+){0,2}$")


def _bulleted_menu(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """The site's menu pasted one item a line ("• Home", "• News", "• Sport"): from a "Home"
    item, the short bulleted lines around it are navigation, not headings or the title."""
    for i, text in enumerate(paragraphs[:MAX_MENU_START]):
        if not _MENU_BULLET.match(text) or text.strip(" •·*").casefold() != "home":
            continue
        start = i
        while start and _MENU_BULLET.match(paragraphs[start - 1]):
            start -= 1
        end = i
        while end + 1 < len(paragraphs) and _MENU_BULLET.match(paragraphs[end + 1]):
            end += 1
        for j in range(start, end + 1):
            reasons[j] = BREADCRUMB
        return


MAX_MENU_START = 8  # paragraphs: a menu is pasted above the headline


def _headline_after_date_stamp(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """A stored page whose first line is its date stamp and headline run together (" date
    2026-03-14 Rates to rise from May"): that line is the title (metadata cuts the stamp off)."""
    if not paragraphs or TITLE in reasons.values() or 0 in reasons:
        return
    line = paragraphs[0].strip()
    stamp = leading_date_stamp(line)
    if stamp and _looks_like_headline(line[stamp:].strip()):
        reasons[0] = TITLE


# A transcript's or an interview's heading, named as one: "Transcript: Water outages - who is to blame?"
_TRANSCRIPT_HEADING = regex.compile(r"^(?:full\s+)?(?:transcript|interview)\s*:\s+\p{Lu}", regex.I)
_ABOVE_HEADLINE = frozenset({PRESS_RELEASE, BREADCRUMB, SITE_NOTICE, DATELINE, COOKIE_NOTICE, ADVERTISEMENT})
MAX_FURNITURE_TITLE_WORDS = 3  # "Home", "Connect with us", "The Harbourside Courier"


def _headline_below_furniture(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """A pasted page opens with menu lines and the outlet's name: the headline is the
    headline-looking line nearest the body (above the byline, date or first paragraph),
    not the first short line, which is site furniture."""
    first_title = next((i for i in sorted(reasons) if reasons[i] == TITLE), None)
    if first_title is None or len(paragraphs[first_title].split()) > MAX_FURNITURE_TITLE_WORDS:
        return
    masthead = _an_outlets_name(paragraphs[first_title])  # "Business Standard" under the day's date
    if first_title and all(reasons.get(i) in _ABOVE_HEADLINE for i in range(first_title)) and not masthead:
        return  # a short headline under the date or a site notice ("22 Apr 2008", "Doctors Strike")
    after = range(first_title + 1, len(paragraphs))
    body = next((i for i in after if reasons.get(i) in (None, BYLINE, DATELINE)), None)
    if body is None:
        return
    above_byline = reasons.get(body + 1) in (BYLINE, DATELINE)
    over_standfirst = (
        reasons.get(body) is None
        and reasons.get(body - 1) == HEADING
        and body - 1 > first_title
        and _unterminated(paragraphs[body])
    )
    if over_standfirst and len(paragraphs[body - 1].split()) > MAX_FURNITURE_TITLE_WORDS:
        candidate = body - 1  # a headline over its standfirst, both without a full stop
        if _looks_like_headline(paragraphs[candidate], MAX_HEADLINE_ABOVE_DATELINE):
            reasons[body] = HEADING  # the standfirst, which the story goes on to tell
    elif reasons.get(body) is None and _looks_like_headline(
        paragraphs[body], MAX_HEADLINE_ABOVE_DATELINE, above_byline=above_byline
    ):
        candidate = body  # an unpunctuated line kept as body: the headline, above a byline or the text
    else:
        candidate = body - 1  # the line right above the byline, date or first paragraph
    if candidate <= first_title:
        return
    line = paragraphs[candidate]
    if len(line.split()) <= MAX_FURNITURE_TITLE_WORDS or reasons.get(candidate) not in (None, HEADING):
        return
    if _looks_like_headline(
        line, max_words=MAX_HEADLINE_ABOVE_DATELINE, above_byline=candidate == body and above_byline
    ):
        reasons[first_title] = HEADING
        reasons[candidate] = TITLE


_BULLET = regex.compile(r"^\s*[-•*–]\s+\S")
_BULLET_MARK = regex.compile(r"^\s*[-•*–]\s+")
# A fact box's line: "Border crossings under patrol: 47", "- Revenue: $4.9 billion, up 2.1 per
# cent": a label, a colon and a figure, short on both sides.
_FACT_LINE = regex.compile(
    r"^(?:[-•*–]\s+)?(?P<label>\p{Lu}[^:.!?|]{1,60}?)\s*:\s+"
    r"(?P<value>(?:[$€£¥₹₦]|Rs\.?\s?|\p{Lu}{1,3}\$\s?)?\d[^:|]{0,60})$"
)
# Not a fact: a date or time ("Broadcast: 14/05/2026", "Updated: 3 hours ago"), a phone number.
_STAMP_OR_NUMBER = regex.compile(
    r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|^\d{1,2}[:.]\d{2}\b|\bago$|^\+?\d[\d ()-]{6,}$|\bcomments?$", regex.I
)
MAX_FACT_LABEL_WORDS = 8
MAX_FACT_VALUE_WORDS = 8


def is_fact_line(text: str) -> bool:
    """A fact box's "label: figure" line, a claim rather than a heading."""
    match = _FACT_LINE.match(text.strip())
    if not match:
        return False
    value = match.group("value").strip()
    return (
        len(match.group("label").split()) <= MAX_FACT_LABEL_WORDS
        and len(value.split()) <= MAX_FACT_VALUE_WORDS
        and not _STAMP_OR_NUMBER.search(value)
    )


def is_list_item(paragraph: str) -> bool:
    """ "- Revenue rose 8%.", "• 40 new staff": a bulleted line."""
    return bool(_BULLET.match(paragraph))


def _list_items(paragraphs: list[str], reasons: dict[int, str]) -> set[int]:
    """Bulleted lines under a lead-in that ends in a colon ("her party would:"): items of a
    list, each a sentence, never headings."""
    items: set[int] = set()
    for i, text in enumerate(paragraphs):
        if i in reasons or not _BULLET.match(text) or i == 0:
            continue
        if i - 1 in items or (i - 1 not in reasons and paragraphs[i - 1].rstrip().endswith(":")):
            items.add(i)
    return items


# "More local politics:", "More from Business:": a heading over links to other stories.
_MORE_HEADING = regex.compile(
    r"^more (?!than\b)(?:[\p{L}’'&-]+ ){0,3}[\p{L}’'-]+:$"
    # a block of links to other stories: "Related Articles More", "Top News", "Latest Additions"
    r"|^(?:related\s+(?:articles?|stories|news|posts)(?:\s+more)?|top\s+(?:news|stories)|latest\s+(?:additions|stories)"
    r"|must\s+(?:watch|read)|you\s+may\s+also\s+like)\s*:?$",
    _I,
)


def _link_list(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """The headlines under "Related coverage:" or "More local politics:", up to the first line
    that ends like a sentence: links to other stories ("Fares rise again, says union"), which
    the page does not report."""
    for i, text in enumerate(paragraphs):
        line = text.strip()
        if not (reasons.get(i) == READ_MORE and line.endswith(":")) and not _MORE_HEADING.match(line):
            continue
        reasons[i] = READ_MORE
        for j in range(i + 1, len(paragraphs)):
            link = _BULLET_MARK.sub("", paragraphs[j])
            if reasons.get(j, HEADING) != HEADING or not _unterminated(link, MAX_LINKED_HEADLINES_WORDS):
                break
            if _reported_paragraph(link):
                break  # the story again, a paragraph that lost its full stop
            reasons[j] = READ_MORE


def _unterminated(text: str, max_words: int = 0) -> bool:
    line = text.rstrip()
    limit = max_words or MAX_SUBHEADING_WORDS
    return bool(line) and len(line.split()) <= limit and line[-1] not in '.:;,!?”’"'


_REPORTED_THAT = regex.compile(
    r"\b(?:stated|said|says|noted|explained|added|told\s+\w+|announced|disclosed|insisted)\s+that\b", _I
)


def _reported_paragraph(line: str) -> bool:
    """ "Deputy Minister X stated that the comment ... was the official position": a
    paragraph of the story reporting what someone said, not a linked headline."""
    return len(line.split()) >= MIN_LEDE_WORDS and bool(_REPORTED_THAT.search(line))


MAX_LINKED_HEADLINES_WORDS = 45  # two headlines of a "Related" block a page glued into one line


MAX_SUBHEADING_WORDS = 25


_RELEASE_END = regex.compile(r"^(?:-\s*ends\s*-|###)\s*$", _I)


def _after_the_release_ends(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """Below a release's "-ENDS-" or "###": notes to editors, the sender's description and
    its contacts, not the news."""
    end = next((i for i, text in enumerate(paragraphs) if _RELEASE_END.match(text)), None)
    if end is None or not any(reasons.get(i) == PRESS_RELEASE for i in range(end)):
        return
    for i in range(end + 1, len(paragraphs)):
        reasons.setdefault(i, PRESS_RELEASE)


def _release_issuer(paragraphs: list[str], reasons: dict[int, str], first: int) -> None:
    """Under a release's markers, a line that is only a body's name ("Tarrow Dairy Farmers'
    Union") above a line that reads as a headline: the sender, then the release's headline."""
    if not first or reasons.get(first - 1) != PRESS_RELEASE or first + 1 >= len(paragraphs):
        return
    if not is_issuer_line(paragraphs[first]) or reasons.get(first + 1) not in (None, HEADING, TITLE):
        return
    if _looks_like_headline(paragraphs[first + 1], MAX_HEADLINE_ABOVE_DATELINE):
        reasons[first] = ISSUER
        reasons[first + 1] = TITLE


_BODY_NAME = regex.compile(r"(?:The\s+)?\p{Lu}[\p{L}’'&.-]*(?:\s+(?:\p{Lu}[\p{L}’'&.-]*|of|and|for|&)){1,7}")


def is_issuer_line(line: str) -> bool:
    """A line that is a body's name and nothing else: capitalised words ending in a word that
    names a body ("Union", "Association", "Council")."""
    line = line.strip()
    last = line.split()[-1].casefold() if line else ""
    return bool(_BODY_NAME.fullmatch(line)) and (last in ORG_WORDS or last in BODY_NOUNS)


def _about_section(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """A press release's "About X" heading and the description under it, up to the next
    heading or contact line: the sender's boilerplate, not the news."""
    for i, text in enumerate(paragraphs):
        if reasons.get(i) != HEADING or not _ABOUT.match(text):
            continue
        reasons[i] = PRESS_RELEASE
        for j in range(i + 1, len(paragraphs)):
            if j in reasons:
                break
            reasons[j] = PRESS_RELEASE


def _classify_line(text: str) -> str | None:
    reason = next((r for r, pattern in _SENTENCE_RULES if pattern.search(text)), None)
    if reason:
        return reason
    if len(text.split()) > 25:
        return None
    for reason, pattern in _LINE_RULES:
        if pattern.search(text):
            return reason
    return SITE_NOTICE if _icon_labels(text) else None


def _looks_like_headline(text: str, max_words: int = 0, above_byline: bool = False) -> bool:
    """A first line with no final punctuation: in title case even if long, in sentence case
    up to a headline's length (`max_words` when what follows says it is a headline). Right
    above a byline or a date, a headline may ask a question or end in a quote ("Why are we
    still building car parks?"); a full stop still ends a lede, not a headline."""
    text = _unquoted_headline(text)
    words = text.split()
    final = ".:;," if above_byline else '.:;,!?”’"'
    if not words or len(words) > 25 or text.rstrip()[-1] in final:
        return False
    capitalised = sum(1 for w in words if w.lstrip(_OPENING_QUOTES)[:1].isupper())
    opening = words[0].lstrip(_OPENING_QUOTES)[:1]  # "‘We have lost a third’: a hospital chief on ..."
    limit = max(max_words, MAX_SENTENCE_CASE_HEADLINE)
    return capitalised >= 0.6 * len(words) or (len(words) <= limit and opening.isupper())


_OPENING_QUOTES = "‘“'\""
# A headline that is one quotation and nothing else: "‘We lost a season, not the orchards’".
_WHOLLY_QUOTED = regex.compile(r"^(?:‘(?P<inner>[^‘’\n]+)’|“(?P<inner>[^“”\n]+)”)$")


def _unquoted_headline(text: str) -> str:
    """A line that is a quotation alone, its words without the quote marks, so that a full
    stop inside the marks still ends a sentence and nothing else does."""
    whole = _WHOLLY_QUOTED.match(text.strip())
    return whole.group("inner") if whole else text


MAX_SENTENCE_CASE_HEADLINE = 16  # words
MAX_HEADLINE_ABOVE_DATELINE = 25  # words of an unpunctuated first line right above a date or byline
_STAMP = regex.compile(
    rf"(?:(?:published|updated|posted|last\s+updated|first\s+published|date)\s*(?:on|at)?\s*:?\s*)?"
    rf"(?:{_DATE_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_DATE_WORD},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*(?-i:[A-Z]{{2,4}}))?)?"
    rf"\s*(?=(?-i:\p{{Lu}}))",
    _I,
)


_PLACE = r"(?-i:\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,3}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?)"
_CAPS_PLACE = r"(?-i:\p{Lu}[\p{Lu}’'.-]+(?: \p{Lu}[\p{Lu}’'.-]+){0,2}(?:, \p{Lu}[\p{L}.]*)?)"
# "Bhopal (Madhya Pradesh) [India], July 22 (ANI): ": the state and the country after the place
_REGION = r"(?:\s+\([^()\n]{1,30}\))?(?:\s+\[[^\[\]\n]{1,30}\])?"
# A wire story's dateline glued to its first sentence: "LONDON, March 3 (Agency) - ", "Accra,
# Dec. 2, GCN - ",
# "Devangarh, Mar 4 (INS) ", "LAGOS (Agency) - ", "WASHINGTON — ", "SARANGPUR: ". A place
# alone counts only in capitals, before a dash or a colon.
_DATELINE = regex.compile(
    rf"(?:{_PLACE}{_REGION},?\s+{_DATE_WORD}\s+\d{{1,2}}(?:,\s+\d{{4}})?(?:\s*\((?-i:\p{{Lu}})[\w.&\s-]{{0,30}}\)"
    rf"|\s*/(?-i:\p{{Lu}})[\w.&\s-]{{0,30}}/|,\s+(?-i:\p{{Lu}}{{2,8}})(?=\s*[-–—]))?"
    rf"|{_PLACE}\s*\((?-i:\p{{Lu}})[\w.&\s-]{{0,30}}\)"
    rf"|{_CAPS_PLACE}(?=\s*[-–—:]))\s*(?:(?:--|[-–—:])\s*)?(?=(?-i:\p{{Lu}}))",
    _I,
)


def leading_date_stamp(sentence: str) -> int:
    """Length of a date stamp or a dateline glued to the start of a sentence ("Updated 14 May
    2026 09:12Record numbers ...", "LONDON, March 3 (Agency) - Record numbers ..."), 0 when
    there is none. Only a stamp with a year, or a dateline's place with a date, an agency or a
    dash, counts, and only with a capital after it. A stamp and a dateline together ("Published
    December 3, 2026KARACHI: The board ...") are cut off together."""
    stamp = _STAMP.match(sentence)
    start = stamp.end() if stamp else 0
    dateline = _DATELINE.match(sentence, start)
    if dateline is None and not start:  # "1. MANILA, Philippines — ": an aggregator's item number
        number = _ITEM_NUMBER.match(sentence)
        dateline = _DATELINE.match(sentence, number.end()) if number else None
    return dateline.end() if dateline else start


_ITEM_NUMBER = regex.compile(r"\d{1,2}\.\s+")


# -- The headline right above the lede (the fifth real pages, issue #19) -------------------
# "Politics latest news: ..., says minister", "Live: ...": a section's label and its headline.
_SECTION_HEADLINE = regex.compile(
    r"^\p{Lu}[\p{L}’' ]{0,30}?\b(?:latest(?:\s+news)?|live|breaking(?:\s+news)?):\s+\S"
)
MIN_LEDE_WORDS = 15  # a first paragraph of the story, not a standfirst or a caption
_SUFFIX = regex.compile(r"\s*(?:\(photo\)\.?|#\s?press\s+release\.?|\s)+$", regex.I)


def _same_line(a: str, b: str) -> bool:
    """A headline and its repeat, a blog's "(PHOTO). #PRESS RELEASE." tag aside."""
    a, b = (_SUFFIX.sub("", " ".join(t.split())).rstrip(".").casefold() for t in (a, b))
    return bool(a) and a == b


def _headline_above_lede(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """Clutter taken for the title ("Sponsored Ad", a blog's "Google", a donation appeal, an
    aggregator's outlet name) gives way to the headline-looking line right above the story's
    first paragraph, when only furniture or that line's repeat lies between; a blog repost's
    headline, printed twice above its lede, wins over the previous post's; a first line with a
    section label ("Politics latest news: ...") is the headline however long."""
    if reasons.get(0) is None and paragraphs and _SECTION_HEADLINE.match(paragraphs[0]):
        if TITLE not in reasons.values() and _looks_like_headline(paragraphs[0], MAX_HEADLINE_ABOVE_DATELINE):
            reasons[0] = TITLE
            return
    lede = next((i for i, text in enumerate(paragraphs) if reasons.get(i) is None and _a_lede(text)), None)
    if not lede:
        return
    if reasons.get(lede - 1) == TITLE and _an_outlets_name(paragraphs[lede - 1]):
        reasons[lede - 1] = HEADING  # an aggregator's "Manila Times" over an item with no headline
        return
    candidate = lede - 1
    while (
        candidate > 0
        and reasons.get(candidate) in (HEADING, DATELINE, BYLINE)
        and not _looks_like_headline(paragraphs[candidate])
        or (candidate > 0 and reasons.get(candidate) == HEADING and len(paragraphs[candidate].split()) <= 3)
    ):
        candidate -= 1  # "59 minutes ago", a date, a byline between the headline and the lede
    if candidate < 0 or reasons.get(candidate) not in (None, HEADING, TITLE):
        return
    line = paragraphs[candidate]
    if reasons.get(candidate) == TITLE or len(line.split()) <= MAX_FURNITURE_TITLE_WORDS:
        return
    if not _looks_like_headline(line, MAX_HEADLINE_ABOVE_DATELINE, above_byline=True) and not (
        candidate and _same_line(paragraphs[candidate - 1], line)
    ):
        return
    titles = [i for i in range(candidate) if reasons.get(i) == TITLE]
    repeated = bool(candidate) and _same_line(paragraphs[candidate - 1], line)
    kept = [i for i in range(candidate) if reasons.get(i) is None]
    clutter = bool(titles) and all(len(paragraphs[i].split()) <= MAX_FURNITURE_TITLE_WORDS for i in titles)
    if clutter and titles[0] and reasons.get(titles[0] - 1) == DATELINE:
        clutter = False  # a short headline under the date ("Ferry Strike"), not the site's clutter
    after_clutter = [i for i in kept if not titles or i > titles[-1]]
    if not (repeated or (not titles and not kept)):
        if not clutter or any(not _same_line(paragraphs[i], line) for i in after_clutter):
            return
    for i in titles:
        reasons[i] = HEADING
    if repeated:
        reasons[candidate - 1] = HEADING  # the headline's first printing, under the previous post
    reasons[candidate] = TITLE


def _a_lede(text: str) -> bool:
    """A story's paragraph: long, in sentence case (not a headline in capitals), ending a sentence."""
    lower = sum(1 for ch in text if ch.islower())
    upper = sum(1 for ch in text if ch.isupper())
    return len(text.split()) >= MIN_LEDE_WORDS and lower > upper and text.rstrip()[-1:] in '.!?”"'


def _an_outlets_name(line: str) -> bool:
    """ "Manila Times", "The Harbour Post": a short capitalised line ending in an outlet's word."""
    words = line.split()
    if not words or len(words) > MAX_FURNITURE_TITLE_WORDS or not all(w[:1].isupper() for w in words):
        return False
    return words[-1].casefold() in OUTLET_NAME_WORDS


def _headline_between_paragraphs(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """ "Trump pauses tariffs ... pledge" on its own line between two paragraphs of the story:
    a line with no sentence ending between prose paragraphs is another story's headline (the
    next story's, an inline related link), not a claim of this one."""
    for i in range(1, len(paragraphs) - 1):
        line = paragraphs[i].strip()
        if i in reasons or not _unterminated(line) or _BULLET.match(line) or is_fact_line(line):
            continue
        if line[:1] in _OPENING_QUOTES or any(reasons.get(j) is not None for j in (i - 1, i + 1)):
            continue
        if line[-1] in ")]" or _SENTENCE_INSIDE.search(line):
            continue  # "... ahead of schedule. (Applause.)": sentences, a stage note after them
        if _a_lede(paragraphs[i - 1]) and _a_lede(paragraphs[i + 1]):
            reasons[i] = HEADING


def _caption_under_headline(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """A sentence between the headline and a photo's credit ("- 123RF Stock Photo") is the
    photo's caption, however much it reads like a lede."""
    for i in range(1, len(paragraphs) - 1):
        if reasons.get(i) is None and reasons.get(i - 1) == TITLE and reasons.get(i + 1) == PHOTO_CREDIT:
            reasons[i] = PHOTO_CAPTION


_SENTENCE_INSIDE = regex.compile(r"[.!?][”’\"]?\s")


# -- Site notices, date lines and pasted markup (the sixth real pages, issue #19) -----------
MARKUP = "markup"  # a line with HTML tags left in it: an ad's <a>/<img>, a graphic's <i> box
_SENTENCE_RULES += [
    (
        SITE_NOTICE,
        regex.compile(
            r"\baccessible\s+version\s+of\s+this\s+(?:web)?site\b|\(requires\s+cookies\)"
            r"|\bis\s+not\s+responsible\s+for\s+the\s+content\s+of\s+external\s+(?:internet\s+)?(?:web)?sites\b"
            r"|^version\s+\d+\s+of\s+\d+\.?$",
            _I,
        ),
    ),
    # a transcription service's own lines: "Try Scribewell for free and save time transcribing"
    (ADVERTISEMENT, regex.compile(r"^(?i:try)\s+(?:\p{Lu}[\w’'-]*\s+){1,3}(?i:for\s+free)\b", regex.V1)),
    # "Read the details in the news briefing transcript here.": a link to another page
    (READ_MORE, regex.compile(r"^read\s+the\s+[\w\s’'-]{1,60}?\bhere\s*\.?$", _I)),
    # "Bottom left to right: officer ...": who is in the photo
    (
        PHOTO_CAPTION,
        regex.compile(
            r"^(?:(?:top|bottom|front|back)(?:\s+row)?,?\s+)?(?:from\s+)?left\s+to\s+right\s*:", _I
        ),
    ),
    # HTML tags left in pasted text, however long the line: an ad's <a>/<img>, a graphic's box
    # credited in italics ("<i>... Source: X</i>"). Emphasis alone ("telling <b>reporters</b>:") is
    # a sentence's own markup, kept (and escaped where shown).
    (
        MARKUP,
        regex.compile(
            r"<(?:a|img|span|div|font)\s[^<>]*>|<br\s*/?>|</(?:a|span|div)>"
            r"|<(?:i|em)>[^<>]*\bSource:[^<>]*</(?:i|em)>"
        ),
    ),
]
_LINE_RULES += [
    # "Follow Scribewell Transcripts", "Social Media Profiles:": the site's links to itself
    (
        SOCIAL_FOLLOW,
        regex.compile(
            r"^(?:follow\s+(?-i:\p{Lu})[\w’'.-]*(?:\s+(?-i:\p{Lu})[\w’'.-]*){0,3}"
            r"|social\s+media(?:\s+(?:profiles|links|accounts))?|connect\s+with\s+us)\s*:?\s*$",
            _I,
        ),
    ),
    # "Drips hang from a hospital frame (ABC)": a caption ending in its outlet's credit
    (
        PHOTO_CAPTION,
        regex.compile(
            r"^[^.!?\n]{3,200}\s\((?:Supplied|File|(?-i:\p{Lu}{2,6})(?:\s+News)?"
            r"(?::\s*[\p{L} .’'-]{2,40})?)\)\s*$",
            _I,
        ),
    ),
]
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Month names a Welsh-language page dates itself with ("2009 Awst 26 12:22 PM")
WELSH_MONTHS = (
    "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr".split()
)
_DATE_ONLY_LINES = [
    # "Sunday, May 26": a weekday and a date without a year
    regex.compile(
        rf"^{_WEEKDAY},?\s+(?:{_DATE_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_DATE_WORD})$",
        _I,
    ),
    # "2009 Awst 26 12:22 PM": year, month, day
    regex.compile(
        rf"^\d{{4}}\s+(?:{_DATE_WORD}|{'|'.join(WELSH_MONTHS)})\s+\d{{1,2}}(?:,?\s+{_CLOCK})?$", _I
    ),
]
# Words a date line may hold besides its dates: "date 2022-10-14 General News of Friday, 14 October 2022"
_DATE_LINE_WORDS = frozenset("date of on at the published updated posted in".split())
MAX_DATE_LINE_WORDS = 4  # words besides the dates: a section's name ("General News")


def _date_lines(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """A line of dates and little else (a weekday and date with no year, a section's name between
    two dates, a date with a Welsh month) is the page's date line, never its title or a claim."""
    for i, text in enumerate(paragraphs):
        line = text.strip()
        if reasons.get(i) not in (None, TITLE, HEADING) or len(line.split()) > 3 * MAX_DATE_LINE_WORDS:
            continue
        if any(p.match(line) for p in _DATE_ONLY_LINES) or _dates_and_a_section(line):
            reasons[i] = DATELINE


_ANY_DATE = regex.compile(rf"(?:{_WEEKDAY},?\s+)?{_DATE}|\b{_WEEKDAY}\b", _I)


_OPENING_DATE = regex.compile(rf"^(?:(?:date|published|updated|posted)\s*:?\s*)?{_DATE}\b", _I)


def _dates_and_a_section(line: str) -> bool:
    """ "date 2022-10-14 General News of Friday, 14 October 2022": a line opening with a date."""
    if not _OPENING_DATE.match(line):
        return False
    rest = _ANY_DATE.sub(" ", line).replace(",", " ").split()
    return len(rest) <= MAX_DATE_LINE_WORDS and all(
        w[:1].isupper() or w.casefold() in _DATE_LINE_WORDS for w in rest
    )


# "Protesters march to City Hall after ... in Baltimore, MD on Saturday May 02, 2015.": a photo's
# caption left in the body, in the present tense and dated to the day with its weekday and year.
_DATED_CAPTION_END = regex.compile(rf"\bon\s+{_WEEKDAY},?\s+{_DATE_WORD}\s+\d{{1,2}},?\s+\d{{4}}\.$", _I)


def _dated_captions(paragraphs: list[str], reasons: dict[int, str]) -> None:
    for i, text in enumerate(paragraphs):
        line = text.strip()
        if i not in reasons and _DATED_CAPTION_END.search(line) and not _SENTENCE_INSIDE.search(line):
            reasons[i] = PHOTO_CAPTION


MAX_CAPTION_AT = 4  # paragraphs: a caption printed twice sits under the headline


def _caption_printed_twice(paragraphs: list[str], reasons: dict[int, str]) -> bool:
    """ "Minister for Housing, Jane Roe." twice under the headline: a photo's caption, printed
    twice, ending in a full stop as a headline does not. True when it marked one."""
    marked = False
    for i in range(1, min(len(paragraphs), MAX_CAPTION_AT + 1)):
        line = paragraphs[i].strip()
        if (
            line.endswith(".")
            and _same_line(paragraphs[i - 1], line)
            and len(line.split()) <= MAX_SUBHEADING_WORDS
        ):
            reasons[i - 1] = reasons[i] = PHOTO_CAPTION
            marked = True
    return marked


def _name_caption_printed_twice(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """ "Prime Minister Jane Roe" twice under "Prime Minister Jane Roe defends trips": a photo's
    caption, printed twice, that only repeats words of the headline above it."""
    for i in range(2, min(len(paragraphs), MAX_CAPTION_AT + 1)):
        line = paragraphs[i].strip()
        above = paragraphs[i - 2].strip()
        if _same_line(paragraphs[i - 1], line) and len(line) < len(above) and line in above:
            reasons[i - 1] = reasons[i] = PHOTO_CAPTION


# "Patient and nurse Image copyright Getty Images": a caption glued to its credit
_CAPTIONED_CREDIT = regex.compile(r"^\S.*?\s(?:image|photo|picture)\s+(?:copyright|credit)\b", _I)


def _headline_over_captioned_credit(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """ "Wales politics" over "Hospital waiting lists rise again" over "Patient and nurse Image
    copyright X": the photo's caption is on its credit line, so the line above the credit is
    the headline and the short first line a section label."""
    first = next((i for i in sorted(reasons) if reasons[i] == TITLE), None)
    if (
        first is None
        or len(paragraphs[first].split()) > MAX_FURNITURE_TITLE_WORDS
        or first + 2 >= len(paragraphs)
    ):
        return
    line, credit = paragraphs[first + 1], paragraphs[first + 2].strip()
    if reasons.get(first + 1) != PHOTO_CAPTION or reasons.get(first + 2) != PHOTO_CREDIT:
        return
    if (
        _CAPTIONED_CREDIT.match(credit)
        and len(line.split()) > MAX_FURNITURE_TITLE_WORDS
        and _looks_like_headline(line)
    ):
        reasons[first] = HEADING
        reasons[first + 1] = TITLE


# -- Ad slots, listing pages, subheads and glued site notices (the seventh real pages, issue #19)
# A site's notice pasted with its video links inside a sentence ("This article Click to see Video
# describes something that took place only a few minutes ago."): checked on sentences only, as the
# notice may be glued to a real paragraph.
_GLUED_SENTENCE_RULES: list[tuple[str, regex.Pattern]] = [
    (
        SITE_NOTICE,
        regex.compile(
            r"\bclick\s+(?:here\s+)?to\s+(?:see|watch|view)\s+(?:the\s+)?video\b|\bsee\s+video\s+clip\b"
            r"|\bdescribes\s+something\s+that\s+(?:took|takes)\s+place\b|\bby\s+our\s+publishers\b",
            _I,
        ),
    ),
]
_SENTENCE_RULES += [
    # "Don't miss the most important news and views of the day. Get them on our Telegram channel"
    (
        NEWSLETTER,
        regex.compile(
            r"\bget\s+(?:them|it|the\s+news|updates)\s+on\s+our\s+[\w\s]{0,20}channel\b"
            r"|^don[’']t\s+miss\s+(?:the\s+|our\s+)?(?:most\s+important|latest|top|biggest)\s+(?:news|stories)\b",
            _I,
        ),
    ),
]
_LINE_RULES += [
    # "Home_ads", "ad_slot_3": an ad slot's name left on the page
    (
        ADVERTISEMENT,
        regex.compile(
            r"^(?:[a-z0-9]+[_-])+ad(?:s|vert)?(?:[_-][a-z0-9]+)*$|^ad(?:s|vert)?(?:[_-][a-z0-9]+)+$", _I
        ),
    ),
]
# A feed reader's mirror of an outlet's RSS: its own chrome above each story ("Channel: X",
# "Viewing all 912 articles", "Browse latest View live", its analytics tag).
FEED_CHANNEL = regex.compile(r"^Channel:\s+(\p{Lu}.{1,60}?)\s*$")
_LINE_RULES += [
    (
        SITE_NOTICE,
        regex.compile(
            rf"{FEED_CHANNEL.pattern}|^Viewing all [\d,]+ articles$"
            r"|^Browse latest (?:View live|Browse all [\d,]+)$|^Quantcast$"
        ),
    ),
]
MAX_ICON_LINE_WORDS = 6


def _icon_labels(line: str) -> bool:
    """ "Notification Icon userprofile IconSearch": the labels of a page's icons, a word in
    three or more an "Icon" (alone or glued to a capital: "IconSearch")."""
    words = line.split()
    icons = sum(1 for w in words if regex.fullmatch(r"(?:\p{L}*\p{Ll})?Icon(?:\p{Lu}\p{L}*)?|icon", w))
    return 0 < len(words) <= MAX_ICON_LINE_WORDS and icons * 3 >= len(words)


# "Read More »" alone under a teaser cut off with "...": a listing page's link to the story.
_TEASER_END = regex.compile(r"^(?:read\s+more|continue\s+reading)\s*[”»>›.…]*\s*$", _I)
_CUT_OFF = regex.compile(r"(?:\.\.\.|…)\s*$")
MIN_TEASERS = 2


def _listing_page(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """A tag or section page lists stories, each a headline, a teaser cut off with "..." and
    "Read More »": it has no single title, and each headline is a link to another page."""
    ends = [
        i
        for i, text in enumerate(paragraphs)
        if _TEASER_END.match(text.strip()) and i and _CUT_OFF.search(paragraphs[i - 1])
    ]
    if len(ends) < MIN_TEASERS:
        return
    for i, text in enumerate(paragraphs):
        if reasons.get(i) == TITLE:
            reasons[i] = HEADING
        line = text.strip()
        if reasons.get(i) in (None, HEADING) and len(line.split()) > MAX_FURNITURE_TITLE_WORDS:
            if _unterminated(line) and _looks_like_headline(line, MAX_HEADLINE_ABOVE_DATELINE):
                reasons[i] = READ_MORE


# "Jane Roe: We will not raise taxes. (Minister of Finance, the guest of X from 19.10.2025)"
_QUOTED_HEADLINE = regex.compile(
    r"^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}:\s+\p{Lu}[^.!?\n]{10,200}[.!?]"
    r"(?:\s+\([^()\n]{5,200}\))?$"
)


def _section_label_over_quoted_headline(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """A section label ("News") over "NAME: quoted words. (role, programme, date)" and a date
    line: the quote is the headline (an interview's), not a turn of the transcript, which has
    no date line under its first turn."""
    label = next((i for i in sorted(reasons) if reasons[i] == TITLE), None)
    if label is None or len(paragraphs[label].split()) > MAX_FURNITURE_TITLE_WORDS:
        return
    line, below = label + 1, label + 2
    if below >= len(paragraphs) or line in reasons or reasons.get(below) not in (HEADING, DATELINE):
        return
    if _QUOTED_HEADLINE.match(paragraphs[line].strip()):
        reasons[label] = HEADING
        reasons[line] = TITLE


_CONTENT_WORD = regex.compile(r"[\p{L}\p{N}]{3,}")
MAX_SUBHEAD_WORDS = 12
MIN_SUBHEAD_SHARED = 4
SUBHEAD_SHARE = 2 / 3


def _summary_subheads(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """ "Numerous scams took place in the old government." alone between two paragraphs of the
    story, most of its words in the next one, which tells it in full: a subhead over that
    section, however much it reads like a sentence."""
    for i in range(1, len(paragraphs) - 1):
        line = paragraphs[i].strip()
        if i in reasons or any(reasons.get(j) is not None for j in (i - 1, i + 1)):
            continue
        if not line.endswith(".") or _SENTENCE_INSIDE.search(line) or line[:1] in _OPENING_QUOTES:
            continue
        if len(line.split()) > MAX_SUBHEAD_WORDS or not all(_a_lede(paragraphs[j]) for j in (i - 1, i + 1)):
            continue
        words = {w.casefold() for w in _CONTENT_WORD.findall(line)} - _FUNCTION_WORDS
        after = {w.casefold() for w in _CONTENT_WORD.findall(paragraphs[i + 1])}
        shared = len(words & after)
        if shared >= MIN_SUBHEAD_SHARED and shared >= SUBHEAD_SHARE * len(words):
            reasons[i] = HEADING


_FUNCTION_WORDS = frozenset("the and for was were are has have had this that with from its their our".split())


# -- Page chrome taken for the headline (the eighth real pages, issue #19) ----------------
# "You are here: HomeNews...", an image's alt text ("Avatar photo"), an "Advertisement" label
# run into a kicker: where the page sits or what it shows, never the headline.
_PAGE_CHROME = regex.compile(
    r"^(?:you\s+are\s+here\s*:|(?:avatar|profile|author)\s+(?:photo|image|picture)\s*$|advertisement\b)", _I
)
MAX_LINES_TO_HEADLINE = 5
_YEAR = regex.compile(r"\b(?:19|20)\d{2}\b")


def _headline_under_page_chrome(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """The title line is page chrome, or a site section's name ("Parliament debates") over the
    day's date: the headline is the next headline-looking line below it, past bylines, a job
    title under the byline, dated section lines and "Source:" lines."""
    title = next((i for i in sorted(reasons) if reasons[i] == TITLE), None)
    chrome = bool(paragraphs) and bool(_PAGE_CHROME.match(paragraphs[0].strip()))
    first = 0 if chrome else title  # the chrome line opens the page, whatever was taken for the title
    if first is None:
        return
    line = paragraphs[first].strip()
    section = len(line.split()) <= 2 and reasons.get(first + 1) == DATELINE
    if not (_PAGE_CHROME.match(line) or section):
        return
    for i in range(first + 1, min(len(paragraphs), first + 1 + MAX_LINES_TO_HEADLINE)):
        text, reason = paragraphs[i].strip(), reasons.get(i)
        if reason in (BYLINE, DATELINE, SOURCE_LINE) or (reason == HEADING and reasons.get(i - 1) == BYLINE):
            continue
        if reason == HEADING and _YEAR.search(text):
            reasons[i] = DATELINE  # "General News of Tuesday, 17 February 2026": a section and the day
            continue
        if (
            reason in (None, HEADING)
            and len(text.split()) > (1 if section else MAX_FURNITURE_TITLE_WORDS)  # not "Politics Live"
            and _looks_like_headline(text, MAX_HEADLINE_ABOVE_DATELINE)
        ):
            reasons[first] = BREADCRUMB if section or line.casefold().startswith("you") else HEADING
            if title is not None and title > i:
                del reasons[title]  # a line under the headline, taken for it: the standfirst
            reasons[i] = TITLE
        return


def _headline_under_breadcrumb(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """The site's name, its breadcrumb ("Home > News > Speeches"), then the page's heading:
    the heading is the title; the line above the breadcrumb names the site."""
    title = next((i for i in sorted(reasons) if reasons[i] == TITLE), None)
    if title is None or reasons.get(title + 1) != BREADCRUMB or title + 2 >= len(paragraphs):
        return
    heading = paragraphs[title + 2].strip()
    if reasons.get(title + 2) in (None, HEADING) and len(heading.split()) > MAX_FURNITURE_TITLE_WORDS:
        if _looks_like_headline(heading, MAX_HEADLINE_ABOVE_DATELINE):
            reasons[title] = HEADING
            reasons[title + 2] = TITLE


_SENTENCE_RULES += [
    # "Click to play video: 'Minister answers questions'": a video player's label
    (PHOTO_CAPTION, regex.compile(r"^click\s+to\s+play\s+video\b", _I)),
    # a video's blurb signed off with its date: "..., as Jane Roe reports – Mar 4, 2026"
    (
        PHOTO_CAPTION,
        regex.compile(rf"^(?=[^\n]{{80,}})[^\n]*\s[–—-]\s*{_MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}}\s*$", _I),
    ),
    # an internet provider's advert above the lede: "Switch to Fibre for only $29/month!"
    (ADVERTISEMENT, regex.compile(r"\bfor\s+only\s+\S{0,3}\d[\d,.]*\s*/\s*(?:month|mo|year|yr)\b", _I)),
    # a photo caption ending in its photographer's name in capitals: "... the auditor. (JANE ROE)"
    (PHOTO_CREDIT, regex.compile(r"\s\((?:\p{Lu}{2,}[’'.-]?\s){1,3}\p{Lu}{2,}\)\s*$")),
]
MIN_STANDFIRST_SHARE = 0.4


def _standfirst_the_lede_retells(paragraphs: list[str], reasons: dict[int, str]) -> None:
    """An unpunctuated line right under the headline whose words the lede below it mostly
    repeats ("Ports cost R98m a day, X said, taking aim at Y"): the standfirst, not a claim."""
    title = next((i for i in sorted(reasons) if reasons[i] == TITLE), None)
    if title is None:
        return
    line, lede = title + 1, title + 2
    if lede >= len(paragraphs) or line in reasons or lede in reasons:
        return
    text = paragraphs[line].strip()
    if not text or text[-1] in ".!?:”’\"'" or len(text.split()) > MAX_HEADLINE_ABOVE_DATELINE:
        return
    if text.casefold().startswith(paragraphs[title].strip().casefold()):
        return  # the headline again, with a photo's credit: a repeated headline, not a standfirst
    words = {w.casefold() for w in _CONTENT_WORD.findall(text)} - _FUNCTION_WORDS
    after = {w.casefold() for w in _CONTENT_WORD.findall(paragraphs[lede])}
    shared = len(words & after)
    if shared >= MIN_SUBHEAD_SHARED and shared >= MIN_STANDFIRST_SHARE * len(words):
        reasons[line] = HEADING
