"""A large synthetic deck for benchmarks: realistic-looking, varied, and the same for a given seed.

Titles, aliases, people, places, years, facts and key terms are drawn from word lists and invented
names (syllables), across history, science and geography templates, so the index sees what a big real
deck looks like: many shared common words ("treaty", "reform", "water"), rarer names, years that
repeat, aliases that overlap other titles' words. Built in memory; nothing is written to disk.

    python -m benchmarks.gen_deck 10000   # prints a summary and a few sample topics
"""

from __future__ import annotations

import random
import sys

from knowledge.model import Deck, Fact, Term, Topic


def _words(text: str) -> tuple[str, ...]:
    """A word list written as one string (kept readable; split once at import)."""
    return tuple(text.split())


_SYLLABLES = _words(
    "ka ri do ve la mon tor bel gra vin sa lu mar ten os ar el an dra ko pol ny ber ga hal rim "
    "zo ste fan lin ruk vo ma ce ti bu re sen dal mir gor ha ul ost wen trav ne ly"
)
_PLACE_SUFFIXES = ("", "", "", "burg", "ova", "stad", "ia", "grad", "mouth", "field", "wick", "ora")
_PLACE_PREFIXES = ("", "", "", "", "Port ", "Lake ", "North ", "New ", "Upper ", "San ")
_FIRST_NAMES = _words(
    "Anna Boris Clara David Elena Felix Greta Henri Ivan Julia Karl Lena Marek Nina Oskar Petra "
    "Rosa Stefan Tomas Ursula Viktor Wanda Yuri Zofia Adam Beatrix Cyril Dora Emil Flora Gustav "
    "Hana Igor Jana Kasimir Lidia Milan Olga Pavel Rudolf Sofia Teodor Vera Walter"
)
_ADJECTIVES = _words(
    "Great Northern Southern Eastern Western Second First Last Grand Silent Red White Black "
    "Golden Iron Little Long Short Hidden Royal Popular Central Coastal Free United Early Late "
    "Cold Warm Rapid Slow Deep High Low"
)
_EVENTS = _words(
    "Treaty Crisis Uprising Revolution Conference Reform Reforms Doctrine Pact Accord War Siege "
    "Battle Strike Famine Plague Expedition Charter Rebellion Congress Summit Blockade Migration "
    "Settlement Revolt Election Mutiny"
)
_SCIENCE = _words(
    "Cycle Law Effect Theory Process Reaction Principle Equation Model Constant Series Membrane "
    "Gradient Current Field Wave Cell Bond Enzyme Orbit Layer"
)
_SCIENCE_ADJ = _words(
    "Nitrogen Carbon Water Oxygen Thermal Magnetic Cellular Osmotic Tidal Solar Ionic Covalent "
    "Electric Glacial Volcanic Atomic Genetic Chemical Elastic Sonic"
)
_NOUNS = _words(
    "army navy troops workers farmers students merchants priests nobles peasants miners sailors "
    "government council parliament court church bank factory railway harbour border river "
    "mountain valley grain wheat coal iron steel salt trade taxes tariffs wages prices rents "
    "currency coins bread water energy heat light pressure volume mass charge current cells "
    "membrane enzymes proteins acids salts gases crystals minerals rocks soil forests crops cattle "
    "ships bridges roads canals walls towers castles schools hospitals newspapers books laws rights "
    "votes elections protests strikes riots reforms treaties alliances borders colonies empires"
)
_VERBS = _words(
    "seized closed opened signed rejected reformed built destroyed doubled halved raised lowered "
    "banned allowed funded taxed protected attacked defended crossed blocked measured heated "
    "cooled divided joined replaced ended began declared captured released exported imported"
)
_REASONS = (
    "to stop the flow of {noun}",
    "because {noun} had run short",
    "in response to rising {noun}",
    "so that {noun} could reach {place}",
    "to protect the {noun} of {place}",
)
_FACT_TEMPLATES = (
    "{person} {verb} the {noun} of {place}",
    "{number} {noun} {verb} in {year}",
    "{place} {verb} its {noun} {reason}",
    "Led to the {adjective} {event} of {year}",
    "{noun} and {noun2} {verb} after the {event}",
    "Supported by {person} and opposed by {person2}",
    "About {percent}% of the {noun} {verb} within {small} years",
    "{person} {verb} {noun} {reason}",
    "Ended with the {event} of {place}",
    "Caused a shortage of {noun} across {place}",
)
_DEFINITION_TEMPLATES = (
    "the {adjective} {noun} that {verb} the {noun2}",
    "a policy of keeping {noun} and {noun2} apart",
    "the rate at which {noun} is {verb} by {noun2}",
    "a period of {adjective} {noun} after a {event}",
)


class _Names:
    """Invented but pronounceable names, unique where they must be."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used_places: set[str] = set()

    def word(self, low: int = 2, high: int = 3) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(low, high)))

    def place(self) -> str:
        while True:
            name = (
                self.rng.choice(_PLACE_PREFIXES)
                + self.word().capitalize()
                + self.rng.choice(_PLACE_SUFFIXES)
            )
            if name not in self.used_places:
                self.used_places.add(name)
                return name

    def person(self) -> str:
        return f"{self.rng.choice(_FIRST_NAMES)} {self.word().capitalize()}"


def _title(rng: random.Random, names: _Names, place: str, person: str) -> str:
    surname = person.rsplit(maxsplit=1)[-1]
    kind = rng.random()
    if kind < 0.45:
        return rng.choice(
            (
                f"{rng.choice(_EVENTS)} of {place}",
                f"{place} {rng.choice(_EVENTS)}",
                f"{rng.choice(_ADJECTIVES)} {place} {rng.choice(_EVENTS)}",
            )
        )
    if kind < 0.7:
        return rng.choice(
            (
                f"{surname}'s {rng.choice(_SCIENCE)}",
                f"{rng.choice(_SCIENCE_ADJ)} {rng.choice(_SCIENCE)} of {place}",
                f"{surname} {rng.choice(_SCIENCE_ADJ)} {rng.choice(_SCIENCE)}",
            )
        )
    if kind < 0.9:
        return f"{surname} {rng.choice(_EVENTS)}"
    return f"{rng.choice(_ADJECTIVES)} {names.word().capitalize()} {rng.choice(_EVENTS)}"


def _fact(
    rng: random.Random, people: list[str], places: list[str], year: int
) -> tuple[str, str | None]:
    values = {
        "person": rng.choice(people),
        "person2": rng.choice(people),
        "place": rng.choice(places),
        "noun": rng.choice(_NOUNS),
        "noun2": rng.choice(_NOUNS),
        "verb": rng.choice(_VERBS),
        "adjective": rng.choice(_ADJECTIVES).lower(),
        "event": rng.choice(_EVENTS).lower(),
        "year": str(year + rng.randint(-3, 3)),
        "number": f"{rng.randint(2, 900) * rng.choice((1, 10, 100)):,}",
        "percent": str(rng.randint(5, 95)),
        "small": str(rng.randint(2, 12)),
    }
    values["reason"] = rng.choice(_REASONS).format(**values)
    text = rng.choice(_FACT_TEMPLATES).format(**values)
    group = rng.choice(("Causes", "Results", "Reactions", None, None, None))
    return text, group


def generate_deck(topics: int = 10_000, seed: int = 7, terms: int | None = None) -> Deck:
    """A deck of `topics` topics (and `terms` key terms, default one per 20 topics)."""
    rng = random.Random(seed)
    names = _Names(rng)
    made: list[Topic] = []
    titles: set[str] = set()
    while len(made) < topics:
        places = [names.place() for _ in range(rng.randint(1, 2))]
        people = [names.person() for _ in range(rng.randint(1, 3))]
        title = _title(rng, names, places[0], people[0])
        if title.casefold() in titles:
            continue
        titles.add(title.casefold())
        start = rng.randint(1500, 1990)
        end = start + rng.choice((0, 0, 0, 1, 2, 5, 10))
        aliases = [f"{places[0]} {start}", f"{people[0].split()[-1]} {rng.choice(_EVENTS)}"]
        if rng.random() < 0.4:
            aliases.append("".join(word[0] for word in title.split() if word[0].isupper()))
        facts = []
        for _ in range(rng.randint(5, 12)):
            text, group = _fact(rng, people, places, start)
            facts.append(Fact(text, group))
        number = len(made)
        made.append(
            Topic(
                id=f"topic-{number:05d}",
                title=title,
                facts=tuple(facts),
                aliases=tuple(
                    a for a in aliases if len(a) >= 3 and a.casefold() != title.casefold()
                ),
                start_year=start,
                end_year=end if end != start else None,
                people=tuple(people),
                places=tuple(places),
                summary=f"The {title.casefold()} and its effect on {places[-1]}.",
            )
        )
    made_terms: list[Term] = []
    seen_terms: set[str] = set()
    while len(made_terms) < (terms if terms is not None else topics // 20):
        term = f"{rng.choice(_SCIENCE_ADJ)} {names.word().capitalize()}"
        if term.casefold() in seen_terms:
            continue
        seen_terms.add(term.casefold())
        definition = rng.choice(_DEFINITION_TEMPLATES).format(
            adjective=rng.choice(_ADJECTIVES).lower(),
            noun=rng.choice(_NOUNS),
            noun2=rng.choice(_NOUNS),
            verb=rng.choice(_VERBS),
            event=rng.choice(_EVENTS).lower(),
        )
        linked = tuple(sorted({rng.choice(made).id for _ in range(rng.randint(1, 3))}))
        made_terms.append(Term(f"term-{len(made_terms):05d}", term, definition, (), linked))
    return Deck(
        id=f"synthetic-{topics}",
        title=f"Synthetic deck of {topics} topics",
        subject="Mixed",
        topics=tuple(made),
        terms=tuple(made_terms),
    )


def generate_tsv(cards: int, seed: int = 5) -> bytes:
    """A flashcard export (term, tab, definition per line) of `cards` cards: terms sharing first
    words, as real vocabulary lists do. 44,000 cards make about 2 MB, the upload cap."""
    rng = random.Random(seed)
    firsts = _words("cell water carbon heat light plant river trade iron salt")
    nouns = _words("membrane energy acid layer pressure cycle field bond wave current")
    seen: set[str] = set()
    lines: list[str] = []
    while len(lines) < cards:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        term = f"{rng.choice(firsts).capitalize()} {word}" if rng.random() < 0.5 else word.title()
        if term.casefold() in seen:
            continue
        seen.add(term.casefold())
        definition = " ".join(rng.choice(nouns) for _ in range(rng.randint(3, 6)))
        lines.append(f"{term}\tthe {definition}")
    return ("\n".join(lines) + "\n").encode()


def main(argv: list[str]) -> int:
    """Print a summary of a generated deck (topic count from the command line)."""
    count = int(argv[0]) if argv else 10_000
    deck = generate_deck(count)
    facts = sum(len(topic.facts) for topic in deck.topics)
    aliases = sum(len(topic.aliases) for topic in deck.topics)
    print(f"{len(deck.topics)} topics, {aliases} aliases, {facts} facts, {len(deck.terms)} terms")
    for topic in deck.topics[:3]:
        print(f"- {topic.title} ({topic.years}); aliases {', '.join(topic.aliases)}")
        print(f"  people: {', '.join(topic.people)}; places: {', '.join(topic.places)}")
        for fact in topic.facts[:3]:
            print(f"  • {fact.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
