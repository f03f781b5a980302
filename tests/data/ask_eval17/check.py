#!/usr/bin/env python3
"""Validate heldout17.yaml against decks/ (exit 0 = pass, 1 = problems found).

Adapted from heldout16/check.py with the same limits: 130-200 lines per deck, 85-95 questions per
deck (75-85 answered, >=10 none), >=510 questions, >=450 answered and >=60 none in total.
Kept from heldout16: Q:/A: alternation (used here by the physics deck), the TSV rule (used here by
the Sikhism deck) and the Anki rule (no such deck here).
New per-style rules for heldout17's styles, chosen by the deck file's name:
  *_timeline.txt  >= 100 "date – event" lines (a date or period, then ' – ');
  *_outline.txt   numbered sections '1. TITLE', '2. ...' in order, sub-sections 'n.m Title' under
                  section n in order, every other non-blank line indented;
  *_glossary.txt  >= 90 'TERM ..... definition' lines (dotted leader or two spaces);
  *_my_notes.txt  messy notes: >= 8 different shorthand markers (b/c, w/, ->, ppl, reps, e.g., ...)
                  and >= 3 of the listed misspellings.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
MIN_ANSWERED, MAX_ANSWERED, MIN_NONE = 75, 85, 10   # per deck
MIN_DECK_Q, MAX_DECK_Q = 85, 95   # answered + none, per deck
TOTAL_ANSWERED, TOTAL_NONE, TOTAL_QUESTIONS = 450, 60, 510   # whole set
MIN_LINES, MAX_LINES = 130, 200
EXPECTED_DECKS = 6


DATE_EVENT = re.compile(
    r"^\*?(\d{1,2}(–\d{1,2})? [A-Z][a-z]{2,}|\d{4}|(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)"
    r"|Late|Early|Spring|Winter|Summer|Autumn|\d{1,2} [A-Z][a-z]+–)[^\n]* – ")
SHORTHAND = ["b/c", "w/ ", "w/o", "->", "ppl", "reps ", "e.g.", " + ", "lol", "chars", "civ ", "yrs",
             " r ", "v young", "tho", "!!!", "***", "1st"]
MISSPELLINGS = ["seperate", "alot", "definately", "thier", "goverment", "becuase"]


def style_problems(deck, name, lines):
    out = []
    if name.endswith("_timeline.txt"):
        n = sum(1 for l in lines if DATE_EVENT.match(l))
        if n < 100:
            out.append(f"{deck}: only {n} 'date – event' lines, want >= 100")
    if name.endswith("_outline.txt"):
        sec = sub = 0
        for i, l in enumerate(lines, 1):
            m = re.match(r"^(\d+)\. [A-Z]", l)
            ms = re.match(r"^\s+(\d+)\.(\d+) \S", l)
            if m:
                if int(m.group(1)) != sec + 1:
                    out.append(f"{deck}:{i}: section {m.group(1)} out of order")
                sec, sub = int(m.group(1)), 0
            elif ms:
                if int(ms.group(1)) != sec or int(ms.group(2)) != sub + 1:
                    out.append(f"{deck}:{i}: sub-section {ms.group(1)}.{ms.group(2)} out of place")
                sub = int(ms.group(2))
            elif l.strip() and sec and not l.startswith(" "):
                out.append(f"{deck}:{i}: unindented line inside a numbered section")
        if sec < 5:
            out.append(f"{deck}: only {sec} numbered sections, want >= 5")
    if name.endswith("_glossary.txt"):
        n = sum(1 for l in lines if re.match(r"^\S.*?(\.{3,} |\S  )\S", l))
        if n < 90:
            out.append(f"{deck}: only {n} glossary 'TERM ..... definition' lines, want >= 90")
    if name.endswith("_my_notes.txt"):
        text = "\n".join(lines)
        marks = [m for m in SHORTHAND if m in text]
        typos = [t for t in MISSPELLINGS if t in text]
        if len(marks) < 8:
            out.append(f"{deck}: only {len(marks)} shorthand markers {marks}, want >= 8")
        if len(typos) < 3:
            out.append(f"{deck}: only {len(typos)} misspellings {typos}, want >= 3")
    return out


def deck_lines(deck):
    folder = os.path.join(HERE, "decks", deck)
    files = sorted(f for f in os.listdir(folder) if not f.startswith("."))
    if len(files) != 1:
        return files, None
    with open(os.path.join(folder, files[0]), encoding="utf-8") as f:
        return files, f.read().splitlines()


def main():
    problems = []
    bad = problems.append
    try:
        with open(os.path.join(HERE, "heldout17.yaml"), encoding="utf-8") as f:
            data = yaml.safe_load(f)
    except yaml.YAMLError as e:
        print("FAIL: heldout17.yaml is not valid YAML:", e); return 1
    if not isinstance(data, dict):
        print("FAIL: heldout17.yaml is not a mapping"); return 1
    if len(data) != EXPECTED_DECKS:
        bad(f"expected {EXPECTED_DECKS} decks, found {len(data)}")
    on_disk = sorted(os.listdir(os.path.join(HERE, "decks")))
    if sorted(data) != on_disk:
        bad(f"yaml decks {sorted(data)} != folders {on_disk}")

    n_ans = n_none = 0
    for deck, cases in data.items():
        if not os.path.isdir(os.path.join(HERE, "decks", deck)):
            bad(f"{deck}: no folder decks/{deck}"); continue
        files, lines = deck_lines(deck)
        if lines is None:
            bad(f"{deck}: expected exactly one file, found {files}"); continue
        if not MIN_LINES <= len(lines) <= MAX_LINES:
            bad(f"{deck}: {len(lines)} lines, want {MIN_LINES}-{MAX_LINES}")
        qa = [l for l in lines if l.startswith(("Q:", "A:"))]
        if len(qa) > len(lines) // 2:   # a Q:/A: flashcard deck
            for i, l in enumerate(lines):
                if l.startswith("Q:") and not (i + 1 < len(lines) and lines[i + 1].startswith("A:")):
                    bad(f"{deck}:{i + 1}: Q: line not followed by an A: line")
                if l.startswith("A:") and not (i > 0 and lines[i - 1].startswith("Q:")):
                    bad(f"{deck}:{i + 1}: A: line not preceded by a Q: line")
        if files[0].endswith(".tsv"):
            rows = [l for l in lines[1:] if l.strip()]
            if not 99 <= len(rows) <= 149:
                bad(f"{deck}: {len(rows)} flashcard rows, want 99-149")
            if lines[0].lower().split("\t") != ["front", "back"]:
                bad(f"{deck}: TSV header row should be front<TAB>back")
            for i, l in enumerate(lines, 1):
                if l.count("\t") != 1:
                    bad(f"{deck}:{i}: TSV line without exactly one tab")
        for p in style_problems(deck, files[0], lines):
            bad(p)
        anki = bool(lines) and lines[0].strip().lower() == "#separator:semicolon"
        if anki:
            head = 0
            while head < len(lines) and lines[head].startswith("#"):
                head += 1
            cards = lines[head:]
            if not 120 <= len(cards) <= 199:
                bad(f"{deck}: {len(cards)} Anki cards, want 120-199")
            for i, l in enumerate(cards, head + 1):
                if l.count(";") != 1 or l.startswith(";") or l.endswith(";"):
                    bad(f"{deck}:{i}: Anki card line without exactly one ';' between front and back")
        if not isinstance(cases, dict) or set(cases) != {"answered", "none"}:
            bad(f"{deck}: want keys answered and none"); continue
        answered = cases.get("answered") or []
        none = cases.get("none") or []
        if not MIN_ANSWERED <= len(answered) <= MAX_ANSWERED:
            bad(f"{deck}: {len(answered)} answered, want {MIN_ANSWERED}-{MAX_ANSWERED}")
        if len(none) < MIN_NONE:
            bad(f"{deck}: only {len(none)} none, want >= {MIN_NONE}")
        if not MIN_DECK_Q <= len(answered) + len(none) <= MAX_DECK_Q:
            bad(f"{deck}: {len(answered) + len(none)} questions, want {MIN_DECK_Q}-{MAX_DECK_Q}")
        n_ans += len(answered); n_none += len(none)

        asks = [c.get("ask") if isinstance(c, dict) else c for c in answered] + list(none)
        for a in asks:
            if not isinstance(a, str) or not a.strip():
                bad(f"{deck}: empty or non-string question {a!r}")
            elif a != a.lower():
                bad(f"{deck}: not lower-case: {a!r}")
        dup = {a for a in asks if isinstance(a, str) and asks.count(a) > 1}
        if dup:
            bad(f"{deck}: duplicate questions {sorted(dup)}")

        used = {}
        for c in answered:
            if not isinstance(c, dict) or set(c) != {"ask", "fact"}:
                bad(f"{deck}: bad case {c!r}"); continue
            ask, fact = c["ask"], c["fact"]
            if not isinstance(fact, str):
                bad(f"{deck}: fact not a string for {ask!r}"); continue
            if not 3 <= len(fact.split()) <= 8:
                bad(f"{deck}: fact has {len(fact.split())} words: {fact!r}")
            if fact.lower() in ask.lower():
                bad(f"{deck}: question {ask!r} contains its whole fact")
            if "\t" in fact:
                bad(f"{deck}: fact spans a tab: {fact!r}")
            if anki and ";" in fact:
                bad(f"{deck}: fact spans the Anki separator: {fact!r}")
            exact = [i for i, l in enumerate(lines) if fact in l]
            loose = [i for i, l in enumerate(lines) if fact.lower() in l.lower()]
            if len(exact) != 1:
                bad(f"{deck}: fact {fact!r} found verbatim in {len(exact)} lines")
                continue
            if loose != exact:
                bad(f"{deck}: fact {fact!r} also in lines {[i + 1 for i in loose if i not in exact]} (ignoring case)")
            line = exact[0]
            if line in used:
                bad(f"{deck}: line {line + 1} used by {used[line]!r} and {ask!r}")
            used[line] = ask

    if n_ans < TOTAL_ANSWERED:
        bad(f"only {n_ans} answered in total, want >= {TOTAL_ANSWERED}")
    if n_none < TOTAL_NONE:
        bad(f"only {n_none} none in total, want >= {TOTAL_NONE}")
    if n_ans + n_none < TOTAL_QUESTIONS:
        bad(f"only {n_ans + n_none} questions in total, want >= {TOTAL_QUESTIONS}")

    for p in problems:
        print("FAIL:", p)
    print(f"{len(data)} decks, {n_ans} answered + {n_none} none = {n_ans + n_none} questions;"
          f" {'PASS' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
