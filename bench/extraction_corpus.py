"""A reproducible batch of articles for the extraction benchmark.

The seed article plus synthetic news articles built from templates that exercise every
rule stage: headlines, photo captions and credits, bylines, quotes with every attribution
shape (said X, X said:, He wrote: before a multi-paragraph quote, according to X),
reported claims, facts with numbers, opinions, questions and trailing boilerplate.
The same `seed` always gives the same articles.
"""

from __future__ import annotations

import random
from pathlib import Path

SEED_ARTICLE = Path(__file__).resolve().parent.parent / "seeds" / "000_5e1c3ae6a570970f.txt"

FIRST = (
    "Maria John Aisha Pierre Olga Kenji Fatima Lars Ana Tomasz Ingrid Samuel Leila Marco Yuki Ahmed".split()
)
LAST = (
    "Okafor Lindqvist Moreau Petrov Tanaka al-Hashimi Kowalski Silva Brennan Novak Haddad Rossi Jensen"
).split()
COUNTRIES = "Russia Syria France Germany Brazil Japan Kenya Poland Turkey Mexico India Canada".split()
ROLES = [
    ("the finance minister", "minister"),
    ("the German Chancellor", "chancellor"),
    ("a senior economist", "economist"),
    ("the mayor", "mayor"),
    ("a Kremlin spokesman", "spokesman"),
]
THINGS = [
    "defence",
    "schools",
    "hospitals",
    "roads",
    "wind farms",
    "refugee housing",
    "rail lines",
    "fighter jets",
]

FACTS = [
    "{country} spent {n} billion dollars on {thing} in {year}, up {p} percent on the year before.",
    "Unemployment in {country} fell to {p}.{d} percent last year, the lowest rate since {year}.",
    "The coalition carried out {n} air raids over {country} in the first week of the campaign.",
    "{country} has vetoed {n} resolutions at the UN Security Council since {year}.",
    "More than {n},000 people have fled {country} since the fighting began in {year}.",
    "The government delivered {n} tonnes of aid to {country} by road and by air.",
]
OPINIONS = [
    "Critics say the plan is a disgrace and should be dropped at once.",
    "It seems obvious that the talks will not succeed without a change of course.",
    "We think the time has come for a new approach to the region.",
    "Perhaps the best hope is that cooler heads will prevail in the end.",
]
QUESTIONS = ["Will {country} change course before the next election?", "What happens to {thing} now?"]
QUOTES = [
    "We have spent {n} billion on {thing} and we will spend more",
    "Nobody in {country} believes these figures any more",
    "The numbers show that {p} percent of families are better off than in {year}",
    "I would like to thank everyone who worked on this",
]
BOILERPLATE = [
    ["{first} {last} and {first2} {last2}", "{upper}/AFP/Getty Images"],
    ["Advertisement"],
    ["Read more: {country} in crisis as talks collapse"],
    ["Share this article", "Facebook Twitter Email"],
    ["We use cookies to improve your experience on our site."],
]
ENDINGS = [
    [
        "Follow {first} {last} on Twitter: or e-mail to: {lower}@dailyglobe.com",
        "COMMENTS",
        "Please let us know if you're having issues with commenting.",
    ],
    ["© 2015 Daily Globe. All rights reserved."],
    ["Sign up for our daily newsletter", "143 Comments"],
]


def build_corpus(count: int, *, seed: int = 3) -> list[str]:
    """`count` articles: the seed article first, the rest synthetic."""
    rng = random.Random(seed)
    articles = [SEED_ARTICLE.read_text("utf-8")]
    while len(articles) < count:
        articles.append(_synthetic(rng))
    return articles[:count]


def _values(rng: random.Random) -> dict:
    first, last, first2, last2 = rng.choice(FIRST), rng.choice(LAST), rng.choice(FIRST), rng.choice(LAST)
    return {
        "first": first,
        "last": last,
        "first2": first2,
        "last2": last2,
        "upper": f"{first} {last}".upper(),
        "lower": (first[0] + last).lower().replace("-", ""),
        "country": rng.choice(COUNTRIES),
        "thing": rng.choice(THINGS),
        "n": rng.randint(2, 900),
        "p": rng.randint(1, 60),
        "d": rng.randint(0, 9),
        "year": rng.randint(1969, 2014),
    }


def _fill(rng: random.Random, template: str) -> str:
    return template.format(**_values(rng))


def _quote_block(rng: random.Random, name: str, surname: str, role: str) -> list[str]:
    shape = rng.randrange(5)
    said = _fill(rng, rng.choice(QUOTES))
    if shape == 0:
        return [f"“{said},” said {name}, {role}."]
    if shape == 1:
        return [f"{surname} told reporters: “{said}.”"]
    if shape == 2:  # the long quote of the seed: every paragraph opens, only the last closes
        paragraphs = [f"“{_fill(rng, rng.choice(FACTS + OPINIONS))}" for _ in range(rng.randint(2, 5))]
        paragraphs[-1] += "”"
        return [f"{name}, {role} at the {rng.choice(COUNTRIES)} Institute, disagreed. He wrote:", *paragraphs]
    if shape == 3:
        return [f"According to {name}, {_lower_first(_fill(rng, rng.choice(FACTS)))}"]
    return [f"{surname} confirmed that {_lower_first(_fill(rng, rng.choice(FACTS)))}"]


def _lower_first(sentence: str) -> str:
    return sentence if sentence.split()[0] in COUNTRIES else sentence[0].lower() + sentence[1:]


def _synthetic(rng: random.Random) -> str:
    v = _values(rng)
    name, surname = f"{v['first']} {v['last']}", v["last"]
    role, _ = rng.choice(ROLES)
    paragraphs = [_fill(rng, "{country} Pledges {n} Billion For {thing} As Talks Resume").title()]
    paragraphs += _fill(rng, "\n".join(rng.choice(BOILERPLATE[:1]))).split("\n")
    paragraphs.append(f"{name}, {role}, announced the plan in {v['country']} on Monday.")
    for _ in range(rng.randint(6, 16)):
        kind = rng.random()
        if kind < 0.45:
            sentences = [_fill(rng, rng.choice(FACTS)) for _ in range(rng.randint(1, 3))]
            paragraphs.append(" ".join(sentences))
        elif kind < 0.75:
            paragraphs += _quote_block(rng, name, surname, role)
        elif kind < 0.88:
            paragraphs.append(" ".join([rng.choice(OPINIONS), _fill(rng, rng.choice(QUESTIONS))]))
        else:
            paragraphs += _fill(rng, "\n".join(rng.choice(BOILERPLATE))).split("\n")
    paragraphs += [_fill(rng, line) for line in rng.choice(ENDINGS)]
    return "\n\n".join(paragraphs)
