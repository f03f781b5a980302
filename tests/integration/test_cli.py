"""The console chat and the one-shot commands, run as a user runs them: a new process."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Never the user's own data dir: a database there may have been migrated by a newer checkout.
_DATA = Path(tempfile.mkdtemp(prefix="studybot-cli-test-"))
atexit.register(shutil.rmtree, _DATA, ignore_errors=True)


def studybot(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={
            **os.environ,
            "STUDYBOT_DECK": "",
            "DATABASE_URL": f"sqlite:///{_DATA / 'studybot.db'}",
            **(env or {}),
        },
        check=False,
    )


def test_chat_explains_the_hungarian_uprising_from_a_typo() -> None:
    result = studybot("chat", stdin="/explain hungarian uprisng\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Hungarian Uprising (1956)" in lines
    assert any("Gero replaced with Nagy" in ln or "Gerő replaced with Nagy" in ln for ln in lines)
    assert "Traceback" not in result.stderr


def test_chat_ask_is_not_mistaken_for_as() -> None:
    result = studybot("chat", stdin="/ask why was the Berlin Wall built?\n")
    assert "Built to stop" in result.stdout
    assert "From Berlin Wall" in result.stdout
    assert "Now speaking as" not in result.stdout


def test_a_closed_pipe_is_not_a_traceback() -> None:
    shell = f"{sys.executable} -m adapters.cli quiz sample --n 300 | head -1"  # ~100 kB
    result = subprocess.run(
        shell, shell=True, capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert "Traceback" not in result.stderr
    assert result.stdout.strip()


def test_chat_speaks_as_another_user_and_presses_options_by_number() -> None:
    result = studybot("chat", "--user", "Ana", stdin="/as Ben\n/explain 1956\n1\n/quit\n/topics\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Now speaking as Ben, a student." in out
    assert "Did you mean" in out and "[1]" in out
    assert "(1956)" in out.split("[2]")[-1]  # pressing 1 showed a 1956 topic
    assert "topics" not in out.split("/quit")[-1]  # nothing handled after /quit


def test_explain_json_names_the_matched_topic() -> None:
    result = studybot("explain", "--json", "hungarian", "uprisng")
    payload = json.loads(result.stdout)
    assert payload["topic"] == "Hungarian Uprising"
    assert payload["text"].startswith("Hungarian Uprising (1956)")


def test_explain_json_gives_null_topic_out_of_scope() -> None:
    payload = json.loads(studybot("explain", "--json", "capital of France").stdout)
    assert payload["topic"] is None
    assert "not in these notes" in payload["text"]


def test_ask_json_names_the_source_topic() -> None:
    payload = json.loads(studybot("ask", "--json", "who replaced Gero?").stdout)
    assert payload["topic"] == "Hungarian Uprising"
    assert "Nagy" in payload["text"]


def test_a_broken_deck_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("deck:\n  id: x\n  title: X\ntopics:\n  - id: a\n    titel: A\n")
    for args in (("explain", "--deck", str(broken), "x"), ("chat",)):
        env = {"STUDYBOT_DECK": str(broken)} if args == ("chat",) else None
        result = studybot(*args, env=env)
        assert result.returncode == 2
        assert "broken.yaml:6" in result.stderr
        assert "Traceback" not in result.stderr


def test_deck_check_passes_bundled_decks_and_fails_a_broken_one(tmp_path: Path) -> None:
    decks = sorted(str(p) for p in (ROOT / "knowledge" / "decks").glob("*.yaml"))
    ok = studybot("deck", "check", *decks)
    assert ok.returncode == 0, ok.stdout
    broken = tmp_path / "bad.yaml"
    broken.write_text("deck: [1, 2]\n")
    bad = studybot("deck", "check", *decks, str(broken))
    assert bad.returncode == 1
    assert "bad.yaml:1" in bad.stdout


def test_deck_import_writes_a_valid_deck(tmp_path: Path) -> None:
    out = tmp_path / "imported.yaml"
    result = studybot(
        "deck", "import", str(ROOT / "knowledge" / "notes" / "khrushchev.txt"), "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert studybot("deck", "check", str(out)).returncode == 0
    topics = studybot("topics", "--deck", str(out))
    assert "Hungarian Uprising" in topics.stdout


def test_unknown_subcommand_is_a_usage_error() -> None:
    result = studybot("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_quiz_sample_prints_sixty_questions_of_every_kind_but_which_topic() -> None:
    result = studybot("quiz", "sample", "--n", "60", "--seed", "1")
    assert result.returncode == 0, result.stderr
    headers = [ln for ln in result.stdout.splitlines() if ln[:1].isdigit() and ". [" in ln]
    assert len(headers) == 60
    kinds = {ln.split("[", 1)[1].split("]", 1)[0] for ln in headers}
    assert kinds >= {
        "cloze",
        "choice",
        "true_false",
        "chronology",
        "term_to_definition",
        "definition_to_term",
    }
    # "Which topic does this belong to?" is drawn only when asked for by name (issue 14).
    assert "which_topic" not in kinds
    assert result.stdout.count("fact: ") >= 60
    again = studybot("quiz", "sample", "--n", "60", "--seed", "1")
    assert again.stdout == result.stdout  # deterministic for a seed


ASK_EVAL = ROOT / "tests" / "data" / "ask_eval"


def test_ask_json_on_another_deck_answers_with_the_fact_and_its_topic() -> None:
    deck = str(ASK_EVAL / "chemistry.yaml")
    result = studybot("ask", "--json", "--deck", deck, "how much of the atmosphere is nitrogen?")
    payload = json.loads(result.stdout)
    assert payload["status"] == "answer"
    assert payload["topic"] == "The Atmosphere"
    assert payload["text"].splitlines()[0] == "The atmosphere is about 78% nitrogen and 21% oxygen"


def test_ask_json_says_when_the_notes_do_not_answer(tmp_path: Path) -> None:
    deck = tmp_path / "ww1.yaml"
    imported = studybot("deck", "import", str(ASK_EVAL / "ww1.txt"), "-o", str(deck))
    assert imported.returncode == 0, imported.stderr
    result = studybot("ask", "--json", "--deck", str(deck), "when did Italy join the war?")
    payload = json.loads(result.stdout)
    assert payload["status"] == "none"
    assert payload["topic"] is None
    assert "is not in these notes" in payload["text"]


VOLCANO_NOTES = """\
# Volcanoes

## Plate boundaries
- At a destructive boundary an oceanic plate sinks beneath a continental plate
- Composite volcanoes form at destructive boundaries

## Monitoring
- Tiltmeters measure the bulging of a volcano's sides as magma rises
"""


def test_ask_json_reads_markdown_notes_given_as_the_deck(tmp_path: Path) -> None:
    notes = tmp_path / "volcanoes.md"
    notes.write_text(VOLCANO_NOTES, encoding="utf-8")
    result = studybot("ask", "--json", "--deck", str(notes), "what do tiltmeters measure?")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["status"] == "answer"
    assert payload["topic"] == "Monitoring"
    assert payload["text"].splitlines()[0].startswith("Tiltmeters measure the bulging")


def test_notes_that_are_not_a_deck_are_a_clear_error(tmp_path: Path) -> None:
    notes = tmp_path / "empty.md"
    notes.write_text("\n\n", encoding="utf-8")
    result = studybot("explain", "--deck", str(notes), "anything")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "the file is empty" in result.stderr


def test_deck_check_reads_notes_as_deck_does_not_as_yaml(tmp_path: Path) -> None:
    """`deck check` accepts every format `--deck` reads: Markdown and outline notes are checked
    as imported (issue 14: a Markdown file was reported as a YAML syntax error)."""
    markdown = tmp_path / "biology.notes.md"
    markdown.write_text(
        "# Cell biology\n\nRevision notes – Year 10.\n\n## Cell structure\n\n"
        "- The **nucleus** contains genetic material: controls the cell.\n"
        "- **Mitochondria** are where aerobic respiration happens.\n\n"
        "## Transport\n\n- Diffusion: the spreading of particles from high to low concentration.\n",
        encoding="utf-8",
    )
    outline = tmp_path / "rivers.txt"
    outline.write_text(
        "RIVERS\n1. Upper course\n  - V-shaped valleys form by vertical erosion.\n"
        "2. Lower course\n  - Meanders form by lateral erosion.\n",
        encoding="utf-8",
    )
    binary = tmp_path / "scan.md"
    binary.write_bytes(b"\x00\x01\x02 not notes")

    ok = studybot("deck", "check", str(markdown), str(outline))
    assert ok.returncode == 0, ok.stdout
    assert ok.stdout.splitlines() == [f"{markdown}: ok", f"{outline}: ok"]
    for notes in (markdown, outline):  # the very files `--deck` reads
        assert studybot("topics", "--deck", str(notes)).returncode == 0

    bad = studybot("deck", "check", str(markdown), str(binary), str(tmp_path / "gone.md"))
    assert bad.returncode == 1
    assert "YAML" not in bad.stdout
    assert f"{markdown}: ok" in bad.stdout
    assert "binary file" in bad.stdout
    assert "gone.md: no such file" in bad.stdout
    assert "Traceback" not in bad.stdout + bad.stderr
