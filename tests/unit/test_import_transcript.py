"""Video transcripts (SubRip .srt, WebVTT .vtt, a YouTube transcript pasted into a .txt): the
sentences that were said, joined back across captions, without timestamps, cue numbers, [Music]
or >> marks; a chapter title starts a topic. Captions written here, on Iceland's volcanoes,
Carnatic ragas and the history of cartography."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.importers.transcript import transcript_kind
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.uploads import UploadedDeck, read_upload
from tests.unit.asking import ask_json

DATA = Path(__file__).resolve().parents[1] / "data" / "import_formats"
SRT = DATA / "iceland_volcanoes.srt"
VTT = DATA / "carnatic_ragas.vtt"
YOUTUBE = DATA / "cartography_youtube.txt"
NOISE = ("-->", "[", "]", ">>", "<", "00:", "Music", "Applause", "laughs", "WEBVTT", "NOTE")


def _deck(path: Path) -> Deck:
    return parse_deck(dump_deck(import_file_with_report(path).mapping), path.name)


def _facts(deck: Deck) -> list[str]:
    return [fact.raw for topic in deck.topics for fact in topic.facts]


def test_each_kind_is_recognised_by_name_and_by_content() -> None:
    kinds = [transcript_kind(path.read_text(encoding="utf-8")) for path in (SRT, VTT, YOUTUBE)]
    assert kinds == ["SubRip", "WebVTT", "YouTube"]
    for path in (SRT, VTT, YOUTUBE):
        text = path.read_text(encoding="utf-8")
        assert guess_format(path.name, text) == "transcript"
        assert guess_format("pasted.txt", text) == "transcript"


def test_a_sentence_split_across_captions_comes_back_whole() -> None:
    facts = _facts(_deck(SRT))
    assert facts[0] == (
        "Iceland sits on the Mid-Atlantic Ridge, where the North American and Eurasian plates are"
        " pulling apart by about two centimetres a year."
    )
    assert (
        "The 1783 Laki eruption poured out basalt lava for eight months and its sulphur haze"
        " caused famine across Europe." in facts
    )
    # a pause ends the sentence before it, and "Um," is not speech worth keeping
    assert facts[-1].startswith("Eyjafjallajökull erupted in 2010 under a glacier")
    vtt = _facts(_deck(VTT))
    assert (
        "The system of 72 melakarta ragas was set out by Venkatamakhin in the 17th century." in vtt
    )


def test_timings_sounds_tags_and_speaker_marks_are_left_out() -> None:
    for path in (SRT, VTT, YOUTUBE):
        deck = _deck(path)
        for text in _facts(deck) + [topic.title for topic in deck.topics]:
            for mark in NOISE:
                assert mark not in text, (path.name, mark, text)


def test_youtube_chapters_are_topics() -> None:
    deck = _deck(YOUTUBE)
    assert [topic.title for topic in deck.topics] == [
        "Introduction",
        "Ptolemy's Geography",
        "The Mercator projection",
    ]
    mercator = [fact.raw for fact in deck.topics[2].facts]
    assert mercator[1] == (
        "His projection keeps angles true, so a straight line on the map is a line of constant"
        " compass bearing, which made it ideal for sailors."
    )


def test_timestamps_on_the_caption_line_and_rolling_captions() -> None:
    one_line = "".join(
        f"0:{n * 3:02d} {text}\n"
        for n, text in enumerate(
            [
                "Portolan charts were drawn",
                "by Mediterranean sailors from the 13th",
                "century. They show coasts",
                "criss-crossed by rhumb lines.",
                "The oldest is the Carta Pisana.",
            ]
        )
    )
    assert transcript_kind(one_line) == "YouTube"
    facts = import_text(one_line, format="transcript", source_name="p.txt")["topics"][0]["facts"]
    assert facts == [
        "Portolan charts were drawn by Mediterranean sailors from the 13th century.",
        "They show coasts criss-crossed by rhumb lines.",
        "The oldest is the Carta Pisana.",
    ]
    rolling = (
        "WEBVTT\n\n"
        "00:00:00.000 --> 00:00:02.000\nthe Catalan Atlas was made\n\n"
        "00:00:02.000 --> 00:00:02.010\nthe Catalan Atlas was made\n\n"
        "00:00:02.010 --> 00:00:04.000\nthe Catalan Atlas was made\n"
        "<00:00:02.500><c>in</c><00:00:03.000><c> Majorca in 1375</c>\n\n"
    )
    facts = import_text(rolling, format="transcript", source_name="r.vtt")["topics"][0]["facts"]
    assert facts == ["The Catalan Atlas was made in Majorca in 1375"]


def test_ask_answers_from_captions() -> None:
    payload = ask_json("when was the laki eruption?", SRT)
    assert payload["status"] == "answer"
    assert "1783 Laki eruption" in payload["text"]


def test_an_upload_of_captions_is_read_as_a_transcript() -> None:
    uploaded = read_upload(VTT.name, VTT.read_bytes())
    assert isinstance(uploaded, UploadedDeck), uploaded
    assert uploaded.imported_from == "transcript"
    assert "-->" not in uploaded.yaml_text


def test_timetables_and_chapter_lists_are_not_transcripts() -> None:
    timetable = "9:00 Registration\n9:15 Period 1\n10:15 Period 2\n11:15 Break\n11:30 Period 3\n"
    chapters = "0:00 Intro\n1:23 Ptolemy\n4:10 Mercator\n8:45 Portolans\n12:00 Satellites\n"
    for notes in (timetable, chapters):
        assert transcript_kind(notes) is None
        assert guess_format("notes.txt", notes) != "transcript"


def test_hostile_transcripts_are_bounded_and_refused_clearly() -> None:
    started = time.perf_counter()
    with pytest.raises(DeckImportError, match="no words"):
        import_text(
            "1\n00:00:01,000 --> 00:00:02,000\n[Music]\n\n2\n00:00:03,000 --> 00:00:04,000\n♪\n",
            format="transcript",
            source_name="music.srt",
        )
    unpunctuated = "".join(
        f"{n // 60}:{n % 60:02d}\nso map maker {n} copied the others\n" for n in range(3000)
    )
    facts = import_text(unpunctuated, format="transcript", source_name="u.txt")["topics"]
    assert all(len(str(fact).split()) <= 60 for topic in facts for fact in topic["facts"])
    huge = "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n" + "lava " * 400_000 + "\n"
    import_text(huge, format="transcript", source_name="huge.vtt")
    many = "WEBVTT\n\n" + "00:00:00.000 --> 00:00:01.000\nash\n\n" * 100_000
    import_text(many, format="transcript", source_name="many.vtt")
    # timestamps past 99:59 are not YouTube's ("1:40:00" is): the lines after them are one
    # caption, kept to a bounded length rather than grown line by line
    long_video = "".join(f"{n // 60}:{n % 60:02d}\nmap maker {n} copied\n" for n in range(30_000))
    import_text(long_video, format="transcript", source_name="long.txt")
    broken = "1\n00:00:01,000 --> garbage\nhello there\n\n2\n00:00:02,000 --> 00:00:03,000\nOk.\n"
    import_text(broken, format="transcript", source_name="b.srt")
    assert time.perf_counter() - started < 60


def test_two_speakers_in_one_subrip_cue() -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\n- Where did the lava go?\n- It flowed east.\n\n"
        "2\n00:00:03,100 --> 00:00:05,000\nTHORA: It filled the valley in three days.\n"
    )
    facts = import_text(srt, format="transcript", source_name="two.srt")["topics"][0]["facts"]
    assert facts == [
        "Where did the lava go?",
        "It flowed east.",
        "It filled the valley in three days.",
    ]


def test_youtube_spoken_durations_are_not_captions() -> None:
    pasted = (
        "0:00\n0 seconds\nThe Hereford Mappa Mundi\n"
        "0:04\n4 seconds\nwas drawn around 1300\n"
        "0:08\n8 seconds\nwith Jerusalem at its centre.\n"
        "1:02\n1 minute, 2 seconds\nIt shows the world as a disc\n"
        "1:05\n1 minute, 5 seconds\ndivided by the T of three seas.\n"
    )
    assert transcript_kind(pasted) == "YouTube"
    facts = import_text(pasted, format="transcript", source_name="m.txt")["topics"][0]["facts"]
    assert facts == [
        "The Hereford Mappa Mundi was drawn around 1300 with Jerusalem at its centre.",
        "It shows the world as a disc divided by the T of three seas.",
    ]
