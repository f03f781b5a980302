"""Chat exports (WhatsApp Android and iOS, Telegram, Discord) arrive as .txt and used to import as
plain text, timestamps and "<Media omitted>" drowning the facts. They are read as chats now: the
messages' text only, a message's continuation lines with it, the app's own lines left out, and a
question kept with the replies that answer it. Chats written here, in subjects of our own
(beekeeping, viticulture, knitting, the Byzantine iconoclasm)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bot.explain import answer_question
from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.importers.chat import chat_style
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.search import DeckIndex
from knowledge.uploads import UploadedDeck, read_upload
from tests.unit.asking import ask_json

DATA = Path(__file__).resolve().parents[1] / "data" / "import_formats"
ANDROID = DATA / "WhatsApp Chat with Y10 Beekeeping Club.txt"
IOS = DATA / "_chat.txt"
TELEGRAM = DATA / "knitting_club_telegram.txt"
DISCORD = DATA / "iconoclasm_discord.txt"
CHATS = (ANDROID, IOS, TELEGRAM, DISCORD)
NOISE = (
    "end-to-end",
    "omitted",
    "deleted",
    "created group",
    "added",
    "Missed",
    "http",
    "edited",
    "19:4",
    "[",
    "2024",
    "Mrs Adeyemi",
    "Ms Laurent",
    "Attachments",
    "Reactions",
    "👍",
    "😂",
)


def _deck(path: Path) -> Deck:
    return parse_deck(dump_deck(import_file_with_report(path).mapping), path.name)


def _written(deck: Deck) -> list[str]:
    out = [deck.title]
    for topic in deck.topics:
        out += [topic.title] + [fact.raw for fact in topic.facts]
        out += [str(fact.group) for fact in topic.facts if fact.group]
    return out


def _facts(deck: Deck) -> list[str]:
    return [fact.raw for topic in deck.topics for fact in topic.facts]


def test_each_app_is_recognised_by_its_lines() -> None:
    styles = [chat_style(path.read_text(encoding="utf-8")) for path in CHATS]
    assert styles == [
        "WhatsApp (Android)",
        "WhatsApp (iOS)",
        "Telegram",
        "Discord (DiscordChatExporter)",
    ]
    for path in CHATS:
        assert guess_format(path.name, path.read_text(encoding="utf-8")) == "chat"


@pytest.mark.parametrize(
    "header",
    [
        "3/12/24, 7:42 PM - Tom: ",  # US order, 12-hour clock
        "3/12/24, 7:42\u202fpm - Tom: ",  # the narrow space newer exports write before pm
        "12.03.24, 19:42 - Tom: ",  # German dots
        "2024-03-12 19:42 - Tom: ",  # ISO order, no comma
        "[12/03/2024, 19:42:05] Tom: ",
        "[3/12/24, 7:42:05 PM] Tom: ",
    ],
)
def test_whatsapp_in_any_date_order_and_clock(header: str) -> None:
    lines = [
        "Swarming is how a colony reproduces: the old queen leaves with about half the workers.",
        "Do bees sleep at night?",
        "Foragers rest at night, often holding on with their mandibles.",
    ]
    senders = ["Tom", "Sam", "Priya"]
    text = "\n".join(
        header.replace("Tom", sender).replace("42", f"4{n}") + line
        for n, (sender, line) in enumerate(zip(senders, lines, strict=True))
    )
    mapping = import_text(text, format="chat", source_name="bees.txt")
    assert guess_format("bees.txt", text) == "chat"
    facts = mapping["topics"][0]["facts"]
    assert facts[0] == lines[0]
    assert facts[1] == {"group": "Do bees sleep at night?", "facts": [lines[2]]}


def test_timestamps_names_and_app_lines_are_left_out() -> None:
    for path in CHATS:
        for text in _written(_deck(path)):
            for mark in NOISE:
                assert mark not in text, (path.name, mark, text)


def test_chatter_is_left_out_but_a_yes_answers_its_question() -> None:
    facts = _facts(_deck(ANDROID))
    for chatter in ("thanks!!", "ok", "lol", "Hi all!"):
        assert chatter not in facts
    varroa = [fact for topic in _deck(ANDROID).topics for fact in topic.facts]
    assert next(fact.raw for fact in varroa if fact.group == "Is varroa a mite?") == "Yes"


def test_continuation_lines_stay_with_their_message() -> None:
    deck = _deck(ANDROID)
    waggle = [f.raw for t in deck.topics for f in t.facts if f.group and "waggle" in f.group]
    assert waggle == [
        "a forager dances on the comb to show the others where food is; the angle of the waggle"
        " run gives the direction relative to the sun; and the length of the run gives the distance"
    ]
    assert "Drones are male bees; their only job is to mate with a queen from another colony." in (
        _facts(deck)
    )


def test_a_question_keeps_its_replies_until_the_chat_moves_on() -> None:
    deck = _deck(IOS)
    groups: dict[str, list[str]] = {}
    for fact in deck.topics[0].facts:
        if fact.group:
            groups.setdefault(fact.group, []).append(fact.raw)
    assert len(groups["what does phylloxera do?"]) == 2  # two replies by the same person
    # the next morning's message is not a reply
    assert not [raw for raw in groups["what does phylloxera do?"] if "1935" in raw]
    assert groups["Why do vineyards in cool climates plant on south-facing slopes?"] == [
        "South-facing slopes catch more sun in the northern hemisphere, so the grapes ripen fully"
        " before the autumn frosts."
    ]
    asked = answer_question(deck, DeckIndex(deck), "what does phylloxera do?")
    assert "phylloxera do?" in asked.reply.fallback.plain  # the question is the answer's context
    assert "aphid" in asked.reply.fallback.plain


def test_a_question_nobody_answered_is_not_a_fact() -> None:
    text = (
        "01/05/2024, 10:00 - Ana: Queens are raised in peanut-shaped queen cells.\n"
        "01/05/2024, 10:01 - Ben: does anyone know when the spring inspection starts?\n"
        "01/05/2024, 10:02 - Ben: Supers are added when the brood box is nearly full.\n"
        "01/05/2024, 10:03 - Ana: Nurse bees feed royal jelly to every larva for three days.\n"
    )
    facts = import_text(text, format="chat", source_name="bees.txt")["topics"][0]["facts"]
    assert not [fact for fact in facts if "inspection" in str(fact)]
    assert len(facts) == 3


def test_ask_answers_from_a_chat_and_shows_the_question(tmp_path: Path) -> None:
    payload = ask_json("what is propolis?", ANDROID)
    assert payload["status"] == "answer"
    assert payload["text"].startswith("Propolis is a sticky resin")
    assert "what's propolis?" in payload["text"]


def test_an_upload_of_a_chat_is_read_as_one() -> None:
    uploaded = read_upload(TELEGRAM.name, TELEGRAM.read_bytes())
    assert isinstance(uploaded, UploadedDeck)
    assert uploaded.imported_from == "chat"
    assert "provisional cast-on" in uploaded.yaml_text
    assert "Ines Duarte" not in uploaded.yaml_text and "04.11.2024" not in uploaded.yaml_text


def test_notes_that_mention_dates_and_times_are_not_a_chat() -> None:
    notes = (
        "Timeline of the Hanse\n"
        "12/03/1241, 10:00 - Lübeck and Hamburg agree to protect the road between them\n"
        "1356 - first general Diet meets in Lübeck\n"
        "1370 - Peace of Stralsund\n"
        "Key terms:\n- Kontor: a foreign trading post\n"
    )
    assert chat_style(notes) is None
    assert guess_format("hanse.txt", notes) == "outline"


def test_hostile_chats_are_bounded_and_refused_clearly() -> None:
    header = "01/05/2024, 10:00 - Ana: "
    started = time.perf_counter()
    many = "".join(f"{header}Worker bees build comb number {n} from wax.\n" for n in range(5000))
    assert len(_facts(parse_deck(dump_deck(import_text(many, format="chat")), "many"))) == 5000
    # two million blank lines between the messages: read in one pass
    sparse = (header + "Drones have no sting.\n" + "\n" * 2_000_000) * 3
    assert chat_style(sparse) == "WhatsApp (Android)"
    assert import_text(sparse, format="chat", source_name="sparse.txt")["topics"]
    # a one-megabyte line is one message, cut into lines of MAX_LINE; the header pattern never
    # scans past its start
    huge = header + "wax " * 250_000 + "\n" + (header + "Queens mate in flight.\n") * 3
    assert chat_style(huge) == "WhatsApp (Android)"
    import_text(huge, format="chat", source_name="huge.txt")
    # nothing but app lines: a clear error, not an empty deck
    only_app = ("01/05/2024, 10:00 - Ana: <Media omitted>\n") * 10
    with pytest.raises(DeckImportError, match="holds no notes: its 10 app lines"):
        import_text(only_app, format="chat", source_name="media.txt")
    assert time.perf_counter() - started < 60


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8-sig"])
def test_a_chat_in_another_encoding_reads_the_same(encoding: str) -> None:
    text = (
        "01/05/2024, 10:00 - Zoë: Propolis is a resin bees collect from tree buds.\n"
        "01/05/2024, 10:01 - René: What is royal jelly?\n"
        "01/05/2024, 10:02 - Zoë: A secretion nurse bees feed to larvae and queens.\n"
    )
    uploaded = read_upload("WhatsApp Chat with Bees.txt", text.encode(encoding))
    assert isinstance(uploaded, UploadedDeck), uploaded
    assert uploaded.imported_from == "chat"
    assert "Zoë" not in uploaded.yaml_text and "royal jelly" in uploaded.yaml_text


def test_discord_copied_from_the_client() -> None:
    text = (
        "mapnerd — Today at 19:42\n"
        "what is a portolan chart?\n"
        "Kasia — Today at 19:44\n"
        "A sea chart drawn from compass bearings, criss-crossed by rhumb lines.\n"
        "Kasia — Today at 19:45\n"
        "The oldest surviving one is the Carta Pisana, from about 1275.\n"
        "mapnerd — 12/03/2024 19:50\n"
        "thx\n"
    )
    assert chat_style(text) == "Discord"
    facts = import_text(text, format="chat", source_name="maps.txt")["topics"][0]["facts"]
    assert facts == [
        {
            "group": "what is a portolan chart?",
            "facts": [
                "A sea chart drawn from compass bearings, criss-crossed by rhumb lines.",
                "The oldest surviving one is the Carta Pisana, from about 1275.",
            ],
        }
    ]


def test_each_sentence_line_of_a_message_is_a_fact_and_flags_go() -> None:
    facts = _facts(_deck(DISCORD))
    assert "The Council of Hieria in 754 declared icons heretical under Constantine V." in facts
    assert "The Second Council of Nicaea in 787 restored the veneration of icons." in facts
    bees = _facts(_deck(ANDROID))
    assert "A super is the box placed above the brood box where bees store surplus honey." in bees


def test_emoji_and_telegram_media_lines_are_not_notes() -> None:
    text = (
        "Ines, [04.11.2024 17:02]\n[Photo]\nCables cross two groups of stitches 🧶✨ to make a rope.\n\n"
        "Ines, [04.11.2024 17:03]\n[Sticker]\n\n"
        "Ben, [04.11.2024 17:04]\nA cable needle holds the stitches waiting at the front.\n\n"
    )
    facts = import_text(text, format="chat", source_name="knit.txt")["topics"][0]["facts"]
    assert facts == [
        "Cables cross two groups of stitches to make a rope.",
        "A cable needle holds the stitches waiting at the front.",
    ]


def test_the_report_says_what_was_left_out() -> None:
    report = import_file_with_report(ANDROID).report
    assert report.format == "WhatsApp (Android) chat"
    assert report.detected["left out"] == "7 app lines and 4 replies with nothing to learn"
