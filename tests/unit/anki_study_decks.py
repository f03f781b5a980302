"""Two Anki packages made the way students make them, with genanki: the Silk Road (a history
class) and bees and pollination (a biology class). Basic, "Basic (and reversed card)" and Cloze
notes with a Back Extra, a "Basic + Notes" type with a Notes field, `::` tag hierarchies and
numbered tags, an HTML table and `<br>`/`<div>` lists in fields, `&nbsp;`, `<b>`, pictures that are
not in the package and one media file that is.

Run as a script to write both packages into a folder: `python -m tests.unit.anki_study_decks DIR`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import genanki

BASIC = genanki.BASIC_MODEL
REVERSED = genanki.BASIC_AND_REVERSED_CARD_MODEL
CLOZE = genanki.CLOZE_MODEL
WITH_NOTES = genanki.Model(
    1_733_100_551,
    "Basic + Notes",
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Notes"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Front}}",
            "afmt": "{{FrontSide}}<hr id=answer>{{Back}}<br><small>{{Notes}}</small>",
        }
    ],
)


def _note(model: genanki.Model, fields: list[str], tags: list[str]) -> genanki.Note:
    return genanki.Note(model, fields, tags=tags)


def silk_road_package(path: Path) -> Path:
    """A Year 9 history deck on the Silk Road: one deck, cards grouped by numbered tags."""
    deck = genanki.Deck(1_733_100_601, "History::Silk Road")
    routes, goods, people, ideas = (
        "Y9::Silk_Road::01_routes",
        "Y9::Silk_Road::02_goods",
        "Y9::Silk_Road::03_people",
        "Y9::Silk_Road::04_ideas",
    )
    notes = [
        _note(
            CLOZE,
            [
                "The name <b>Silk Road</b> was coined in {{c1::1877}} by the German geographer "
                "{{c2::Ferdinand von Richthofen}}.",
                "He called it <i>Seidenstraße</i>; the routes had no single name at the time.",
            ],
            [routes],
        ),
        _note(
            CLOZE,
            [
                "The Han envoy {{c1::Zhang Qian}} travelled west in 138&nbsp;BC and opened "
                "Chinese contact with Central Asia.",
                "He was held prisoner by the Xiongnu for about ten years.",
            ],
            [people],
        ),
        _note(
            REVERSED,
            ["Chang'an", "eastern end of the Silk Road; capital of the Han and Tang dynasties"],
            [routes],
        ),
        _note(
            REVERSED,
            ["Samarkand", "Sogdian oasis city in Central Asia, a major trading hub"],
            [routes],
        ),
        _note(
            BASIC,
            ["Taklamakan Desert", "desert that traders skirted by the northern or southern route"],
            [routes],
        ),
        _note(
            BASIC,
            [
                "Main goods carried west",
                "silk<br>porcelain<br>tea<br>paper",
            ],
            [goods],
        ),
        _note(
            BASIC,
            [
                "Main goods carried east",
                "<div>horses</div><div>glassware</div><div>silver</div><div>wool</div>",
            ],
            [goods],
        ),
        _note(
            BASIC,
            [
                "Goods by region",
                "<table><tr><th>Region</th><th>Exported</th></tr>"
                "<tr><td>China</td><td>silk, porcelain</td></tr>"
                "<tr><td>Persia</td><td>silverware, carpets</td></tr>"
                "<tr><td>India</td><td>spices, cotton</td></tr>"
                "<tr><td>Rome</td><td>glass, gold coins</td></tr></table>",
            ],
            [goods],
        ),
        _note(
            CLOZE,
            [
                "Paper-making reached the Islamic world after the Battle of {{c1::Talas}} in "
                "{{c2::751}}.",
                "Chinese prisoners are said to have taught the craft in Samarkand.",
            ],
            [ideas],
        ),
        _note(
            CLOZE,
            [
                "The {{c1::Sogdians}} were the leading merchants of the Silk Road from the 4th "
                "to the 8th century.",
                "Their language was a lingua franca of the trade.",
            ],
            [people],
        ),
        _note(
            WITH_NOTES,
            [
                "Who was Marco Polo?",
                "a Venetian merchant who travelled to the court of Kublai Khan",
                "Source: <i>The Travels of Marco Polo</i>, written down by Rustichello c. 1298",
            ],
            [people],
        ),
        _note(
            WITH_NOTES,
            [
                "Caravanserai",
                "roadside inn where caravans rested for the night",
                "Usually a day's journey apart (30–40&nbsp;km)",
            ],
            [routes],
        ),
        _note(
            REVERSED,
            ["Bactrian camel", "two-humped camel used to carry goods across the deserts"],
            [routes],
        ),
        _note(
            CLOZE,
            [
                "{{c1::Buddhism}} spread from India to China along the Silk Road.",
                "",
            ],
            [ideas],
        ),
        _note(
            BASIC,
            [
                "Why did Silk Road trade decline after the 15th century?",
                "sea routes became cheaper and safer<br>the Mongol Empire broke up",
            ],
            [ideas],
        ),
        _note(
            CLOZE,
            [
                "The {{c1::Black Death}} probably reached Europe along the trade routes in "
                "{{c2::1347}}.",
                "It arrived at Caffa in Crimea, then Sicily by ship.",
            ],
            [ideas],
        ),
        _note(
            BASIC,
            ['<img src="silk_road_map.png">', "map of the Silk Road routes"],
            [routes],
        ),
        _note(
            REVERSED,
            ["Kashgar", "oasis city where the northern and southern routes met"],
            [routes, "marked"],
        ),
        _note(
            BASIC,
            [
                "Pax Mongolica",
                "13th–14th century peace under the Mongols that made the routes safe",
            ],
            [people],
        ),
        _note(
            CLOZE,
            [
                "Ibn Battuta was a {{c1::Moroccan}} traveller who reached China in the 14th "
                "century.",
                '<img src="ibn_battuta.jpg">',
            ],
            [people],
        ),
    ]
    for note in notes:
        deck.add_note(note)
    return _write([deck], path)


def bees_package(path: Path) -> Path:
    """A GCSE biology deck on bees and pollination: two subdecks, hierarchical topic tags."""
    bees = genanki.Deck(1_733_100_701, "Biology::Bees")
    pollination = genanki.Deck(1_733_100_702, "Biology::Pollination")
    notes_bees = [
        _note(
            BASIC,
            [
                "Castes in a honeybee colony",
                "<table><tr><th>Caste</th><th>Sex</th><th>Job</th></tr>"
                "<tr><td>Queen</td><td>female</td><td>lays all the eggs</td></tr>"
                "<tr><td>Worker</td><td>female</td><td>forages, nurses, builds comb</td></tr>"
                "<tr><td>Drone</td><td>male</td><td>mates with a queen</td></tr></table>",
            ],
            ["Bio::Bees::Colony"],
        ),
        _note(
            CLOZE,
            [
                "A worker honeybee lives about {{c1::six weeks}} in summer.",
                "Winter workers can live four to six months.",
            ],
            ["Bio::Bees::Colony"],
        ),
        _note(
            REVERSED,
            ["Royal jelly", "secretion fed to all young larvae and to queen larvae throughout"],
            ["Bio::Bees::Colony"],
        ),
        _note(
            CLOZE,
            [
                "Honeybees tell each other where food is with the {{c1::waggle dance}}, "
                "decoded by {{c2::Karl von Frisch}}.",
                "He shared the Nobel Prize in 1973.",
            ],
            ["Bio::Bees::Communication"],
        ),
        _note(
            BASIC,
            [
                "Waggle dance: what the angle shows",
                "direction of the food relative to the sun",
            ],
            ["Bio::Bees::Communication"],
        ),
        _note(
            BASIC,
            [
                "Waggle dance: what the length of the waggle run shows",
                "distance to the food",
            ],
            ["Bio::Bees::Communication"],
        ),
        _note(
            CLOZE,
            [
                "Bees make wax from glands on the underside of the {{c1::abdomen}}.",
                "",
            ],
            ["Bio::Bees::Colony"],
        ),
        _note(
            REVERSED,
            ["Propolis", "resin collected by bees to seal gaps in the hive"],
            ["Bio::Bees::Colony"],
        ),
        _note(
            WITH_NOTES,
            [
                "Colony collapse disorder",
                "sudden loss of most worker bees from a hive",
                "Linked to <b>Varroa</b> mites, neonicotinoids and poor forage",
            ],
            ["Bio::Bees::Threats"],
        ),
        _note(
            BASIC,
            ["Varroa destructor", "parasitic mite that feeds on bees and spreads viruses"],
            ["Bio::Bees::Threats"],
        ),
        _note(
            BASIC,
            [
                "How many species of bee are there?",
                "about 20,000",
            ],
            ["Bio::Bees::Colony", "leech"],
        ),
    ]
    notes_pollination = [
        _note(
            REVERSED,
            ["Pollination", "transfer of pollen from an anther to a stigma"],
            ["Bio::Pollination::Basics"],
        ),
        _note(
            CLOZE,
            [
                "The male part of a flower is the {{c1::stamen}}, made of the anther and the "
                "{{c2::filament}}.",
                '<img src="flower_parts.png">',
            ],
            ["Bio::Pollination::Flower_parts"],
        ),
        _note(
            CLOZE,
            [
                "The female part of a flower is the {{c1::carpel}}: stigma, style and ovary.",
                "",
            ],
            ["Bio::Pollination::Flower_parts"],
        ),
        _note(
            BASIC,
            [
                "Insect-pollinated flowers",
                "large bright petals<br>scent and nectar<br>sticky or spiky pollen<br>"
                "stigma inside the flower",
            ],
            ["Bio::Pollination::Adaptations"],
        ),
        _note(
            BASIC,
            [
                "Wind-pollinated flowers",
                "small dull petals<br>no scent or nectar<br>light smooth pollen in huge amounts"
                "<br>feathery stigma hanging outside",
            ],
            ["Bio::Pollination::Adaptations"],
        ),
        _note(
            CLOZE,
            [
                "Nectar guides are patterns on petals visible in {{c1::ultraviolet}} light.",
                "Bees see ultraviolet but not red.",
            ],
            ["Bio::Pollination::Adaptations"],
        ),
        _note(
            WITH_NOTES,
            [
                "Cross-pollination",
                "pollen carried to a flower on a different plant of the same species",
                "Gives more variation than self-pollination",
            ],
            ["Bio::Pollination::Basics"],
        ),
        _note(
            BASIC,
            [
                "Buzz pollination",
                "bee vibrates its flight muscles to shake pollen out of a flower",
            ],
            ["Bio::Pollination::Basics"],
        ),
        _note(
            CLOZE,
            [
                "About {{c1::one in three}} mouthfuls of our food depends on pollinators.",
                "Source: FAO",
            ],
            ["Bio::Pollination::Basics"],
        ),
        _note(
            BASIC,
            ['<img src="bee_leg.jpg">', "pollen basket (corbicula)"],
            ["Bio::Pollination::Basics"],
        ),
    ]
    for note in notes_bees:
        bees.add_note(note)
    for note in notes_pollination:
        pollination.add_note(note)
    return _write([bees, pollination], path)


def _write(decks: list[genanki.Deck], path: Path) -> Path:
    """The package with one media file in it, as an export with a picture would have."""
    with tempfile.TemporaryDirectory() as folder:
        picture = Path(folder) / "flower_parts.png"
        picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
        package = genanki.Package(decks)
        package.media_files = [str(picture)]
        package.write_to_file(str(path))
    return path


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    print(silk_road_package(out / "silk_road.apkg"))
    print(bees_package(out / "bees.apkg"))
