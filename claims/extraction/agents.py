"""Who a phrase next to a speech verb refers to: "X said", "said X", "the minister said".

A phrase is a pronoun (resolved to the last salient person), a descriptor with a role
noun ("the Russian President", resolved through the registry; "a spokeswoman" is someone
new and stays as written), or a capitalised run: a person's name, resolved to the full
name, or an organisation ("the Labor Department"), kept as written.
"""

import regex

from claims.extraction.lexicon import COUNTRY_OF, GROUP_PRONOUNS, PERSON_PRONOUNS, ROLE_NOUNS, STOPWORDS
from claims.extraction.names import NAME_RUN, Registry, split_name_run

# Words that may stand between the speaker and the verb: "X has also said".
AUXILIARIES = frozenset(
    "has have had also then later previously once again reportedly publicly recently earlier would will "
    "is was been repeatedly privately separately immediately".split()
)
_DESCRIPTOR = regex.compile(r"(?:the|a|an)\s+((?:[\p{L}-]+(?:\s+|$)){1,4})", regex.I)
_PRONOUN = regex.compile(r"(he|she|He|She)\b")
_SKIP = regex.compile(r"[\s,:“”‘’\"(\[—–-]*")
_WORD = regex.compile(r"\S+")
_POSSESSIVE = regex.compile(r"[’']s\b")
MAX_NAME_CHARS = 120


class AgentResolver:
    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.registry = registry

    def at(self, position: int, limit: int) -> str | None:
        """The speaker phrase starting at `position` ("said X", a sentence's subject)."""
        position = _SKIP.match(self.text, position, limit).end()
        pronoun = _PRONOUN.match(self.text, position, limit)
        if pronoun:
            return self.registry.resolve_pronoun(position, pronoun.group())
        descriptor = _DESCRIPTOR.match(self.text, position, limit)
        if descriptor:
            words = descriptor.group(1).split()
            role_at = next((i for i, w in enumerate(words) if w.casefold() in ROLE_NOUNS), None)
            if role_at is None:  # "the Labor Department", "the White House": an organisation
                return self._name_at(descriptor.start(1), limit)
            # "the Russian President Vladimir Putin": a name after the role wins.
            after = descriptor.start(1) + len(" ".join(words[: role_at + 1])) + 1
            named = self._name_at(after, limit) if after < limit else None
            if named:
                return named
            determiner = self.text[position : descriptor.start(1)].strip().lower()
            if determiner in ("a", "an"):  # someone new, not anyone named before
                return " ".join([determiner, *words[: role_at + 1]])
            return self._descriptor(words[:role_at], words[role_at], position)
        return self._name_at(position, limit)

    def before(self, floor: int, verb_start: int) -> str | None:
        """The speaker phrase ending just before a verb ("X said", "X, a Y, said", "the minister said")."""
        words = list(_WORD.finditer(self.text, floor, verb_start))
        while words and words[-1].group().casefold() in AUXILIARIES:
            words.pop()
        if not words:
            return None
        last = words[-1]
        token = last.group()
        if token.casefold() in PERSON_PRONOUNS:
            return self.registry.resolve_pronoun(last.start(), token)
        if token.casefold() in GROUP_PRONOUNS:
            return None
        if token.endswith(","):
            commas = [w for w in words[:-1] if w.group().endswith(",")]
            segment_start = commas[-1].end() + 1 if commas else floor
            # "Its policy chief, Josep Borrell, told": the name is the comma-enclosed part ...
            whole = self._run_ending_at(segment_start, last.end() - 1)
            if whole is not None and whole <= segment_start:
                return self._resolve_run(whole, last.end() - 1)
            if not commas:
                return None
            # ... "Ulrich Speck, a Russia expert at ..., said": the name is before the appositive.
            return self.before(floor, commas[-1].end() - 1) if commas[-1].group() != "," else None
        if token.casefold() in ROLE_NOUNS:  # "the Russian President said", "a spokesman said"
            for word in reversed(words[-5:-1]):
                if word.group().casefold() in ("the", "a", "an"):
                    return self.at(word.start(), last.end())
        if token[:1].isupper() or token[:3].casefold() in ("al-", "el-"):
            start = self._run_ending_at(floor, last.end())
            return self._resolve_run(start, last.end()) if start is not None else None
        return None

    def _run_ending_at(self, floor: int, end: int) -> int | None:
        """Start of the longest capitalised run that ends exactly at `end`."""
        for word in _WORD.finditer(self.text, max(floor, end - MAX_NAME_CHARS), end):
            if NAME_RUN.fullmatch(self.text, word.start(), end):
                return word.start()
        return None

    def _name_at(self, position: int, limit: int) -> str | None:
        run = NAME_RUN.match(self.text, position, limit)
        if not run:
            return None
        possessive = _POSSESSIVE.match(self.text, run.end(), limit)
        if possessive:  # "said Putin's spokesman Dmitry Peskov": the spokesman speaks
            following = NAME_RUN.search(self.text, possessive.end(), min(limit, possessive.end() + 40))
            if following:
                run = following
        return self._resolve_run(run.start(), run.end())

    def _resolve_run(self, start: int, end: int) -> str | None:
        pieces = split_name_run(self.text[start:end])
        if not pieces:
            return None
        offset, parts = pieces[-1]  # after titles: "U.S. Treasury Secretary Janet Yellen"
        if parts.is_person:
            return self.registry.resolve_name(parts.words, start + offset)
        if (
            len(parts.words) == 1
            and self.registry.resolve_name(parts.words, start + offset) != parts.words[0]
        ):
            return self.registry.resolve_name(parts.words, start + offset)
        words = self.text[start:end].split()
        while words and words[0].casefold() in STOPWORDS:
            words.pop(0)
        return " ".join(words) or None  # an organisation or a place, as written

    def _descriptor(self, modifiers: list[str], role: str, position: int) -> str | None:
        folded = [m.casefold() for m in modifiers]
        if any(m in STOPWORDS for m in folded):
            return None
        country = next((COUNTRY_OF[m] for m in folded if m in COUNTRY_OF), None)
        return self.registry.resolve_descriptor(role.casefold(), country, position)
