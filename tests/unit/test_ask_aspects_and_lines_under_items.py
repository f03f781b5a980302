"""/ask: what is asked of a subject, not the subject itself (issue 13, misses of the development
sets).

- "what's the advantage of a switch over a hub?" asks an aspect of the switch. When the notes never
  say "advantage", a line that merely defines one of the things named ("The hub is …") was taken
  for the definition asked for and led; the line saying how the switch does better now leads.
- A list item and the lines under it: "what does the Holderness case study show?" is answered by
  the line under the case study saying what it shows, which the item above it does not say
  (the item names the case study and wins on that alone).
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

NETWORKS = """# Networks

## Hubs, switches and routers
- The hub is connected to every computer in a star network.
- A hub that fails takes the whole star network down with it.
- Switches send data only to the device it is for and can be set up to block a device, unlike hubs.
- A router joins different networks together, such as a home network and the internet.

## Topologies
- In a star network every computer has its own cable to the centre.
- A bus network shares one cable, so data collisions are common.
- A mesh network links every device to several others.

## Protocols
- TCP splits data into packets and checks they all arrive.
- HTTP is used to request web pages from a server.
- FTP transfers files between computers.
"""


def test_an_aspect_the_notes_never_name_is_not_answered_by_a_definition() -> None:
    deck, index = imported(NETWORKS, "markdown", "networks.md")
    asked = answer_question(deck, index, "whats the advantage of a switch over a hub")
    assert lead_of(asked).startswith("Switches send data only")


COASTS = """# Coasts

## Coastal management
- Case study: Holderness coast (1990s) – rock armour and groynes built at Mappleton
  - Shows that protecting one village can starve the beaches further south of sand.
  - The scheme cost about £2 million and protects the village's 30 homes and its road.
- Hard engineering: sea walls, groynes and rock armour
  - Expensive, but protect valuable land for decades.
"""


def test_the_line_under_an_item_saying_what_is_asked_answers_it() -> None:
    deck, index = imported(COASTS, "markdown", "coasts.md")
    asked = answer_question(deck, index, "what does the holderness case study show")
    assert lead_of(asked).startswith("Shows that protecting one village")


def test_a_question_about_the_item_itself_still_gets_the_item() -> None:
    deck, index = imported(COASTS, "markdown", "coasts.md")
    asked = answer_question(deck, index, "what was built at mappleton")
    assert "rock armour and groynes built at Mappleton" in lead_of(asked)
