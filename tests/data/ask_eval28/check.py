#!/usr/bin/env python3
r"""Validate heldout28.yaml against decks/ (exit 0 = pass, 1 = problems found).

Adapted from heldout27/check.py (itself from heldout26, 25, 24, 23, 22, 21, 20, 19 and 18) with the same limits:
130-200 lines per deck, 85-95 questions per deck (75-85 answered, >=10 none), >=510 questions, >=450 answered and
>=60 none in total, and the same per-question and per-line fact rules. heldout18's to heldout27's per-style rules
are kept unchanged (chosen by file name or first line; no heldout28 deck uses those styles). Two heldout28 decks
are binary files: their "lines" are the text a user sees, as src/binary_text.py extracts it with the standard
library (an .xlsx: a line '== <sheet> ==' per worksheet, then one line per row with a value, cells joined by TAB;
a .pdf: one line per drawn text line of the text layer, pages in order).
heldout28 (style_problems_28; binary_text.py now also reads .pdf): heldout25's .xlsx rule is kept for its own
workbook only (not for XLSX_28), and new rules, chosen by file name or lines:
  BBCode *.txt     (has '[list]' and '[*]'): every tag of b/i/u/size/color/quote/list/table/tr/th/td/url/hr opened
                   as often as closed, b/i/u/url closed on their line, '[*]' only inside a [list], lists nested at
                   most 2 deep, >= 80 '[*]' items, >= 8 '[size=1nn][b][u]' headings, table rows with equal cells;
  gemtext *.gmi    a '# ' first line, ``` toggles balanced, '=> URL [text]' link lines, no nested or '-' bullets
                   and no '####', >= 80 '* ' lines and >= 8 '## ' headings outside preformatted blocks;
  XLSX_28 .xlsx    XlsxWriter's zip ([Content_Types].xml first, Application 'Microsoft Excel'), >= 6 sheets each
                   with a merged A1:D1 title, a frozen pane and an autofilter, a one-cell title row and a
                   'Ref/Topic/Key point/Tutor note' header in the text, then rows with unique refs (B12) and 3-4 cells,
                   >= 100 rows;
  txt2tags *.t2t   3 header lines then a blank line, a '%!target:' setting, >= 8 '= … =' titles with equal '='
                   runs (any level), '**', '//' and '``' balanced outside '%' comments and URLs, a '||' header row
                   with table rows of equal cells, >= 60 '- ' items;
  *.pdf            '%PDF-1.' … '%%EOF', ReportLab's /Producer, >= 2 pages each with its 'Page n' footer line in
                   the text layer, >= 80 '• ' bullet lines;
  Discord *.txt    (a '=====' first line and 'Guild:'): DiscordChatExporter's header (Guild:, Channel:) and closing
                   rule, '[dd/mm/yyyy hh:mm] author' message lines in time order, >= 20 of them, and the footer's
                   'Exported N message(s)' equal to their count.
Also checked: each deck folder is copied unchanged (byte for byte) beside heldout28.yaml (./<deck>/<file>), where
a harness looks for it.
"""
import os
import re
import sys

import zipfile
import xml.etree.ElementTree as ET

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from binary_text import lines_of  # noqa: E402
MIN_ANSWERED, MAX_ANSWERED, MIN_NONE = 75, 85, 10   # per deck
MIN_DECK_Q, MAX_DECK_Q = 85, 95   # answered + none, per deck
TOTAL_ANSWERED, TOTAL_NONE, TOTAL_QUESTIONS = 450, 60, 510   # whole set
MIN_LINES, MAX_LINES = 130, 200
EXPECTED_DECKS = 6


ABBREVS = ["bc ", "w/ ", "=>", "approx", "ppts", "sig ", "incl ", "betw ", "appl", "eval", "e.g.",
           "↑", "↓", "->", "+ ", "yr", "AO3", "vs", "ppl", "esp"]
MONTH = r"(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*"
ERA = r"( BC| BCE| AD| CE)?"
DATE_FORMATS = {   # first match names the format; years may be BC (e.g. '15/03/44 BC') or AD
    "d Mon y": re.compile(r"^★? ?\d{1,2} " + MONTH + r" \d{1,4}" + ERA),
    "dd/mm/y": re.compile(r"^★? ?\d{1,2}/\d{1,2}/\d{1,4}" + ERA),
    "Mon y": re.compile(r"^★? ?" + MONTH + r" \d{1,4}" + ERA),
    "y–y range": re.compile(r"^★? ?\d{1,4}–\d{1,4}" + ERA + r" "),
    "c. y": re.compile(r"^★? ?c\. \d{1,4}" + ERA),
    "y + y": re.compile(r"^★? ?\d{1,4}" + ERA + r" \+ \d{1,4}"),
    "AD y": re.compile(r"^★? ?AD \d{1,4}"),
    "y": re.compile(r"^★? ?\d{1,4}" + ERA + r" "),
    "season y": re.compile(r"^(winter|spring|summer|autumn) \d{1,4}"),
}


def style_problems(deck, name, lines):
    out = []
    nonblank = [l for l in lines if l.strip()]
    if name.endswith("_notes.md"):
        h4 = sum(1 for l in lines if l.startswith("#### "))
        rows = sum(1 for l in lines if l.startswith("|") and l.rstrip().endswith("|"))
        if h4 < 15:
            out.append(f"{deck}: only {h4} '####' headings, want >= 15")
        if rows < 60:
            out.append(f"{deck}: only {rows} pipe-table rows, want >= 60")
    if name.endswith("_outline.txt"):
        heads = [l for l in nonblank if not l.startswith(" ") and l.split(" (")[0].upper() == l.split(" (")[0]]
        body = [l for l in nonblank if l not in heads]
        ind = sum(1 for l in body if l.startswith("  "))
        if len(heads) < 5:
            out.append(f"{deck}: only {len(heads)} unindented CAPS headings, want >= 5")
        if ind < 0.75 * len(body):
            out.append(f"{deck}: only {ind}/{len(body)} body lines indented, want >= 75%")
        text = "\n".join(lines)
        marks = [m for m in ABBREVS if m in text]
        if len(marks) < 8:
            out.append(f"{deck}: only {len(marks)} abbreviation markers {marks}, want >= 8")
    if name.endswith("_handout.txt"):
        paras, cur = [], []
        for l in lines + [""]:
            if l.strip():
                cur.append(l)
            elif cur:
                paras.append(" ".join(cur)); cur = []
        prose = [p for p in paras if len(p.split()) >= 40]
        heads = [p for p in paras if len(p.split()) < 12 and not p.startswith("(")]
        plines = sum(1 for l in lines if len(l.split()) >= 10 and not l.lstrip().startswith(("-", "*", "•")))
        sents = [len(re.findall(r"[.!?](\s|$)", p)) for p in prose]
        if len(heads) < 5:
            out.append(f"{deck}: only {len(heads)} headings, want >= 5")
        if plines < 100:
            out.append(f"{deck}: only {plines} prose lines, want >= 100")
        if not sents or sum(sents) / len(sents) < 3:
            out.append(f"{deck}: paragraphs average under 3 sentences")
    if name.endswith("_revision.txt"):
        n = sum(1 for l in lines if re.match(r"^[^\s-][^\n]{0,70}? - \S", l))
        if n < 100:
            out.append(f"{deck}: only {n} 'term - definition' lines, want >= 100")
    if name.endswith("_timeline.txt"):
        dated, kinds = 0, set()
        for l in lines:
            hit = [k for k, rx in DATE_FORMATS.items() if rx.match(l)]
            if hit:
                dated += 1
                kinds.add(hit[0])
        arrows = sum(1 for l in lines if re.match(r"^\s+->", l))
        if dated < 80:
            out.append(f"{deck}: only {dated} dated lines, want >= 80")
        if len(kinds) < 4:
            out.append(f"{deck}: only {len(kinds)} date formats {sorted(kinds)}, want >= 4")
        if arrows < 30:
            out.append(f"{deck}: only {arrows} '->' consequence lines, want >= 30")
    return out


def style_problems_19(deck, name, lines):
    out = []
    nonblank = [l for l in lines if l.strip()]
    if name.endswith("_notes.md"):
        levels = {len(re.match(r"^#+", l).group()) for l in lines if re.match(r"^#+ ", l)}
        h5 = sum(1 for l in lines if l.startswith("##### "))
        h4 = sum(1 for l in lines if l.startswith("#### "))
        nested = sum(1 for l in lines if re.match(r"^ {2,}(-|\d+\.) ", l))
        if len(levels) < 4:
            out.append(f"{deck}: headings at only {len(levels)} levels, want >= 4")
        if h5 < 3:
            out.append(f"{deck}: only {h5} '#####' headings, want >= 3")
        if h4 < 6:
            out.append(f"{deck}: only {h4} '####' headings, want >= 6")
        if nested < 25:
            out.append(f"{deck}: only {nested} nested bullets, want >= 25")
    if name.endswith("_organiser.txt"):
        box = [l for l in lines if l.startswith("|") and l.rstrip().endswith("|")]
        dots = sum(1 for l in box if re.search(r"\S ?\.{3,} ", l))
        frame = sum(1 for l in lines if re.match(r"^\+-{10,}\+$", l))
        numbered = sum(1 for l in lines if re.match(r"^\d+\. ", l))
        sections = sum(1 for l in lines if l.startswith("SECTION "))
        if frame < 2 or dots < 10:
            out.append(f"{deck}: vocabulary box has {frame} frame lines and {dots} dot-leader rows, want 2 and >= 10")
        if numbered < 60:
            out.append(f"{deck}: only {numbered} numbered points, want >= 60")
        if sections < 5:
            out.append(f"{deck}: only {sections} SECTION headings, want >= 5")
    if name.endswith("_lecture.txt"):
        paras = sum(1 for l in lines if re.match(r"^\d+\. ", l))
        try:
            ref_at = lines.index("REFERENCES")
        except ValueError:
            ref_at = len(lines)
            out.append(f"{deck}: no REFERENCES section")
        body, refs = lines[:ref_at], lines[ref_at + 1:]
        marks = set(re.findall(r"\S\[(\d+)\]", "\n".join(body)))
        entries = {m.group(1) for m in (re.match(r"^\[(\d+)\] ", l) for l in refs) if m}
        prose = sum(1 for l in body if len(l.split()) >= 10)
        if paras < 25:
            out.append(f"{deck}: only {paras} numbered paragraphs, want >= 25")
        if len(marks) < 5:
            out.append(f"{deck}: only {len(marks)} footnote markers, want >= 5")
        if marks - entries:
            out.append(f"{deck}: footnotes without a reference entry: {sorted(marks - entries)}")
        if prose < 90:
            out.append(f"{deck}: only {prose} prose lines, want >= 90")
    if name.endswith("_markscheme.txt"):
        qs = sum(1 for l in lines if re.match(r"^QUESTION \w+ \(\d+ marks?\)", l))
        award = sum(1 for l in lines if re.match(r"^Award .*marks?\b", l))
        levels = sum(1 for l in lines if re.match(r"^(Award )?Level \d", l))
        if qs < 8:
            out.append(f"{deck}: only {qs} QUESTION headings, want >= 8")
        if award < 30:
            out.append(f"{deck}: only {award} 'Award ... mark' lines, want >= 30")
        if levels < 3:
            out.append(f"{deck}: only {levels} level descriptors, want >= 3")
    if name.endswith("_mindmap.txt"):
        if not nonblank or nonblank[0][:1] in ("\t", " "):
            out.append(f"{deck}: first line should be the unindented root")
        depth, prev = {0}, 0   # the root is depth 0
        for i, l in enumerate(lines[1:], 2):
            if not l.strip():
                continue
            d = len(l) - len(l.lstrip("\t"))
            if d == 0 or l.lstrip("\t").startswith((" ", "-", "*", "•")):
                out.append(f"{deck}:{i}: node not tab-indented or has a bullet")
            if d > prev + 1:
                out.append(f"{deck}:{i}: depth jumps from {prev} to {d}")
            depth.add(d); prev = d
        if len(depth) < 4:
            out.append(f"{deck}: only {len(depth)} depth levels, want >= 4")
    if name.endswith(".csv"):
        import csv
        rows = list(csv.reader(lines))
        if not rows or rows[0] != ["term", "definition", "tags"]:
            out.append(f'{deck}: CSV header should be "term","definition","tags"')
        if not 99 <= len(rows) - 1 <= 199:
            out.append(f"{deck}: {len(rows) - 1} CSV rows, want 99-199")
        for i, (r, l) in enumerate(zip(rows, lines), 1):
            if len(r) != 3 or not all(f for f in r):
                out.append(f"{deck}:{i}: CSV row without exactly 3 non-empty fields")
            elif not (l.startswith('"') and l.endswith('"') and l.count('","') >= 2):
                out.append(f"{deck}:{i}: CSV fields not all double-quoted")
    return out


def style_problems_20(deck, name, lines):
    out = []
    if name.endswith("_cornell.txt"):
        head = [i for i, l in enumerate(lines) if re.match(r"^CUES / QUESTIONS\s*\| NOTES", l)]
        rows = [l for l in lines if re.match(r"^.{20,40}\| ", l) and not l.startswith(("CUES", "-"))]
        cols = {l.index("| ") for l in rows}
        empty = sum(1 for l in rows if not l[:l.index("| ")].strip())
        cues = sum(1 for l in rows if l[:l.index("| ")].strip().endswith("?"))
        summ = sum(1 for l in lines if l.startswith("SUMMARY:"))
        if not head:
            out.append(f"{deck}: no 'CUES / QUESTIONS | NOTES' header")
        if len(rows) < 80 or len(cols) != 1:
            out.append(f"{deck}: {len(rows)} two-column lines with '|' at columns {sorted(cols)}, want >= 80 at one column")
        if empty < 40:
            out.append(f"{deck}: only {empty} notes lines with an empty cue, want >= 40")
        if cues < 20:
            out.append(f"{deck}: only {cues} cues ending in '?', want >= 20")
        if summ < 6:
            out.append(f"{deck}: only {summ} SUMMARY: lines, want >= 6")
    if name.endswith("_quizlet.txt"):
        if not 120 <= len(lines) <= 199:
            out.append(f"{deck}: {len(lines)} Quizlet lines, want 120-199")
        if lines and lines[0].lower().split("\t")[0] in ("term", "front", "question"):
            out.append(f"{deck}: Quizlet export should have no header row")
        for i, l in enumerate(lines, 1):
            parts = l.split("\t")
            if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
                out.append(f"{deck}:{i}: not 'term<TAB>definition'")
    if name.endswith("_obsidian.md"):
        if not lines or lines[0] != "---" or "---" not in lines[1:12]:
            out.append(f"{deck}: no YAML front matter between '---' lines")
        callouts = sum(1 for l in lines if re.match(r"^> \[!\w+\]", l))
        links = len(re.findall(r"\[\[[^\]]+\]\]", "\n".join(lines)))
        bold = len(re.findall(r"\*\*[^*]+\*\*", "\n".join(lines)))
        tasks = sum(1 for l in lines if re.match(r"^\s*(> )?- \[[ x]\] ", l))
        if callouts < 6:
            out.append(f"{deck}: only {callouts} callouts, want >= 6")
        if links < 15:
            out.append(f"{deck}: only {links} wikilinks, want >= 15")
        if bold < 30:
            out.append(f"{deck}: only {bold} bold labels, want >= 30")
        if tasks < 2:
            out.append(f"{deck}: only {tasks} task checkboxes, want >= 2")
    if name.endswith("_decimal.txt"):
        nums = [m.group(1) for m in (re.match(r"^(\d+(?:\.\d+)*) \S", l) for l in lines) if m]
        levels = {n.count(".") for n in nums}
        seen, last = set(), {}
        for n in nums:
            parts = n.split(".")
            parent = ".".join(parts[:-1])
            if parent and parent not in seen:
                out.append(f"{deck}: {n} has no parent {parent}")
            want = last.get(parent, 0) + 1
            if int(parts[-1]) != want:
                out.append(f"{deck}: {n} should be numbered {'.'.join(parts[:-1] + [str(want)])}")
            last[parent] = int(parts[-1]); seen.add(n)
        if len(nums) < 100:
            out.append(f"{deck}: only {len(nums)} numbered lines, want >= 100")
        if len(levels) < 3:
            out.append(f"{deck}: numbering at only {len(levels)} levels, want 3")
        if sum(1 for n in nums if "." not in n) < 5:
            out.append(f"{deck}: fewer than 5 top-level sections")
    if name.endswith("_slides.txt"):
        slides = [int(m.group(1)) for m in (re.match(r"^Slide (\d+): \S", l) for l in lines) if m]
        bullets = sum(1 for l in lines if l.startswith("• "))
        notes = sum(1 for l in lines if l.startswith("Speaker notes: "))
        if len(slides) < 25 or slides != list(range(1, len(slides) + 1)):
            out.append(f"{deck}: slides numbered {slides[:5]}..., want >= 25 numbered 1, 2, 3 ...")
        if bullets < 80:
            out.append(f"{deck}: only {bullets} bullet lines, want >= 80")
        if notes < 4:
            out.append(f"{deck}: only {notes} speaker notes, want >= 4")
    if name.endswith("_qa.txt"):
        qs = [(i, int(m.group(1))) for i, m in ((i, re.match(r"^Q(\d+)\. .*\?$", l)) for i, l in enumerate(lines)) if m]
        if len(qs) < 45 or [n for _, n in qs] != list(range(1, len(qs) + 1)):
            out.append(f"{deck}: {len(qs)} questions, want >= 45 numbered Q1, Q2, ... with no gaps")
        for i, n in qs:
            if not (i + 1 < len(lines) and re.match(r"^ {3}\S", lines[i + 1])):
                out.append(f"{deck}: Q{n} not followed by an answer line indented 3 spaces")
        if sum(1 for l in lines if l.startswith("PART ")) < 5:
            out.append(f"{deck}: fewer than 5 PART headings")
        if any(l.startswith("A:") for l in lines):
            out.append(f"{deck}: 'A:' lines belong to the flashcard style, not this Q&A sheet")
    return out


EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
SHORTHAND = ["w/", "b/c", "→", "∴", "eg ", "diff", "thru", " r ", "no.", "lol", "!!", "imp", " + ", "~", "bc", "1/3"]


def style_problems_21(deck, name, lines):
    out = []
    text = "\n".join(lines)
    if name.endswith("_notion.md"):
        if not lines or not lines[0].startswith("# "):
            out.append(f"{deck}: Notion export should start with a '# ' title")
        dividers = sum(1 for l in lines if l.strip() == "---")
        callouts = sum(1 for l in lines if re.match(r"^> \S", l) and not l[2].isascii())
        toggles = sum(1 for l in lines if re.match(r"^- \*\*[^*]+\*\*$", l))
        children = sum(1 for l in lines if re.match(r"^ {4}- \S", l))
        code = len(re.findall(r"`[^`\n]+`", text))
        fences = sum(1 for l in lines if l.startswith("```"))
        if dividers < 6:
            out.append(f"{deck}: only {dividers} '---' dividers, want >= 6")
        if callouts < 4:
            out.append(f"{deck}: only {callouts} emoji callouts, want >= 4")
        if toggles < 25:
            out.append(f"{deck}: only {toggles} toggle lines '- **title**', want >= 25")
        if children < 60:
            out.append(f"{deck}: only {children} toggle children indented 4 spaces, want >= 60")
        if code < 20:
            out.append(f"{deck}: only {code} inline code spans, want >= 20")
        if fences < 2 or fences % 2:
            out.append(f"{deck}: want one fenced code block (found {fences} fence lines)")
    if name.endswith(".org"):
        if not lines or not lines[0].startswith("#+TITLE:"):
            out.append(f"{deck}: org file should start with '#+TITLE:'")
        h = {n: sum(1 for l in lines if l.startswith("*" * n + " ")) for n in (1, 2, 3)}
        props = [i for i, l in enumerate(lines) if l.strip() == ":PROPERTIES:"]
        items = sum(1 for l in lines if re.match(r"^\s*- \S", l))
        if h[1] < 5 or h[2] < 10 or h[3] < 3:
            out.append(f"{deck}: headings * {h[1]}, ** {h[2]}, *** {h[3]}; want >= 5, 10, 3")
        if len(props) < 2:
            out.append(f"{deck}: only {len(props)} :PROPERTIES: drawers, want >= 2")
        for i in props:
            j = i + 1
            while j < len(lines) and lines[j].strip() != ":END:" and not re.match(r"^\*+ ", lines[j]):
                j += 1
            if j >= len(lines) or lines[j].strip() != ":END:":
                out.append(f"{deck}:{i + 1}: :PROPERTIES: drawer not closed by :END:")
        if items < 80:
            out.append(f"{deck}: only {items} '- ' list items, want >= 80")
        if not any(re.match(r"^\|-+\+", l) for l in lines):
            out.append(f"{deck}: no org table")
        if not any(re.match(r"^\*+ TODO ", l) for l in lines):
            out.append(f"{deck}: no TODO heading")
        if sum(1 for l in lines if re.match(r"^\s*- \[[ X]\] ", l)) < 2:
            out.append(f"{deck}: fewer than 2 checkboxes")
    if name.endswith("_gdoc.txt"):
        heads = [i for i in range(len(lines) - 1)
                 if lines[i].strip() and re.fullmatch(r"=+|-+", lines[i + 1]) and len(lines[i + 1]) == len(lines[i])]
        if len(heads) < 8:
            out.append(f"{deck}: only {len(heads)} underlined headings, want >= 8")
        n_items, bounds = 0, heads + [len(lines)]
        for a, b in zip(bounds, bounds[1:]):
            nums = [int(m.group(1)) for m in (re.match(r"^(\d+)\. \S", l) for l in lines[a + 2:b]) if m]
            n_items += len(nums)
            if nums != list(range(1, len(nums) + 1)):
                out.append(f"{deck}: items under '{lines[a]}' numbered {nums}, want 1, 2, 3 ...")
        sub = sum(1 for l in lines if re.match(r"^\t[a-z]\) \S", l))
        rom = sum(1 for l in lines if re.match(r"^\t[ivx]+\. \S", l))
        if n_items < 50:
            out.append(f"{deck}: only {n_items} numbered items, want >= 50")
        if sub < 15:
            out.append(f"{deck}: only {sub} tab-indented 'a)' items, want >= 15")
        if rom < 8:
            out.append(f"{deck}: only {rom} tab-indented 'i.' items, want >= 8")
    if name.endswith("_messy.txt"):
        nonblank = [l.strip() for l in lines if l.strip()]
        caps = sum(1 for l in nonblank if l[0].isupper())
        heads = sum(1 for l in lines if re.match(r"^--- .+ ---$", l))
        marks = [m for m in SHORTHAND if m in text]
        emoji = len(EMOJI.findall(text))
        if caps > 0.15 * len(nonblank):
            out.append(f"{deck}: {caps}/{len(nonblank)} lines start with a capital, want <= 15%")
        if heads < 8:
            out.append(f"{deck}: only {heads} '--- topic ---' headings, want >= 8")
        if len(marks) < 10:
            out.append(f"{deck}: only {len(marks)} shorthand markers {marks}, want >= 10")
        if emoji < 5:
            out.append(f"{deck}: only {emoji} emoji, want >= 5")
    if name.endswith(".tex"):
        if not lines or not lines[0].startswith("\\documentclass"):
            out.append(f"{deck}: no \\documentclass on line 1")
        secs = sum(1 for l in lines if l.startswith("\\section{"))
        subs = sum(1 for l in lines if l.startswith("\\subsection{"))
        items = sum(1 for l in lines if l.strip().startswith("\\item "))
        stack = []
        for i, l in enumerate(lines, 1):
            for kind, env in re.findall(r"\\(begin|end)\{(\w+)\}", l):
                if kind == "begin":
                    stack.append(env)
                elif not stack or stack.pop() != env:
                    out.append(f"{deck}:{i}: \\end{{{env}}} does not close the open environment")
        if stack:
            out.append(f"{deck}: environments left open: {stack}")
        if lines and lines[-1].strip() != "\\end{document}":
            out.append(f"{deck}: last line should be \\end{{document}}")
        tabs = sum(1 for l in lines if l.startswith("\\begin{tabular}"))
        rows = sum(1 for l in lines if "&" in l and l.rstrip().endswith("\\\\"))
        if secs < 6 or subs < 10:
            out.append(f"{deck}: {secs} \\section and {subs} \\subsection, want >= 6 and >= 10")
        if items < 70:
            out.append(f"{deck}: only {items} \\item lines, want >= 70")
        if tabs < 2 or rows < 20:
            out.append(f"{deck}: {tabs} tabular environments with {rows} '&' rows, want >= 2 and >= 20")
    if name.endswith("_worksheet.txt"):
        try:
            key_at = next(i for i, l in enumerate(lines) if l.startswith("ANSWER KEY"))
        except StopIteration:
            key_at = len(lines)
            out.append(f"{deck}: no 'ANSWER KEY' line")
        if not any(l.startswith("WORD BANK") for l in lines[:key_at]):
            out.append(f"{deck}: no WORD BANK")
        items = [int(m.group(1)) for m in (re.match(r"^(\d+)\.\s+\S", l) for l in lines[:key_at]) if m]
        gaps = sum(1 for l in lines[:key_at] if re.match(r"^(\d+\.)?\s+.*_{3,}", l) and "Name:" not in l)
        keys = [int(m.group(1)) for m in (re.match(r"^(\d+)\.\s+\S", l) for l in lines[key_at:]) if m]
        if len(items) < 50 or items != list(range(1, len(items) + 1)):
            out.append(f"{deck}: {len(items)} worksheet items, want >= 50 numbered 1, 2, 3 ...")
        if gaps < 50:
            out.append(f"{deck}: only {gaps} lines with a gap '___', want >= 50")
        if keys != items:
            out.append(f"{deck}: answer key numbers {keys[:5]}... do not match the items 1..{len(items)}")
    return out




def style_problems_24(deck, name, lines):
    import xml.etree.ElementTree as ET
    out = []
    text = "\n".join(lines)
    if name.endswith("_guide.txt"):   # pdftotext -layout output of a two-column PDF
        raw = open(os.path.join(HERE, "decks", deck, name), encoding="utf-8").read()
        pages = raw.count("\f")
        heads = [l for l in lines if l.strip().startswith("KS3/4 History Enrichment")]
        nums = [l for l in lines if re.match(r"^ {20,}\d+$", l)]
        twocol = sum(1 for l in lines if re.match(r"^ {3}\S.{0,46}\S {3,}\S", l) and len(l) > 55)
        if pages < 3 or len(heads) < pages or len(nums) < pages:
            out.append(f"{deck}: {pages} form feeds, {len(heads)} running headers, {len(nums)} page numbers; want >= 3 pages, each with a header and a number")
        if twocol < 60:
            out.append(f"{deck}: only {twocol} two-column lines, want >= 60")
        if any(len(l) > 110 for l in lines):
            out.append(f"{deck}: a line over 110 characters (not a page layout)")
    if name.endswith(".rtf"):
        if not lines or not lines[0].startswith("{\\rtf1") or "\\fonttbl" not in lines[0] or lines[-1].strip() != "}":
            out.append(f"{deck}: want '{{\\rtf1' with a \\fonttbl on line 1 and a closing '}}' line")
        depth = 0
        for ch in re.sub(r"\\[{}\\]", "", text):
            depth += ch == "{"
            depth -= ch == "}"
            if depth < 0:
                break
        if depth != 0:
            out.append(f"{deck}: RTF braces unbalanced")
        pars = sum(1 for l in lines if l.rstrip().endswith("\\par"))
        bullets = sum(1 for l in lines if l.startswith("{\\pntext"))
        if pars < 100 or bullets < 60:
            out.append(f"{deck}: {pars} '\\par' lines and {bullets} '{{\\pntext' bullets, want >= 100 and >= 60")
    if name.endswith(".enex"):
        try:
            root = ET.fromstring(text.encode("utf-8"))
        except ET.ParseError as e:
            return out + [f"{deck}: ENEX is not well-formed XML: {e}"]
        notes = root.findall("note")
        if root.tag != "en-export" or len(notes) < 3:
            out.append(f"{deck}: want an <en-export> root with >= 3 <note>s ({len(notes)})")
        for n in notes:
            c = n.findtext("content") or ""
            body = c[c.find("<en-note"):] if "<en-note" in c else ""
            try:
                ET.fromstring(body.replace("&nbsp;", "&#160;").encode("utf-8"))
            except ET.ParseError as e:
                out.append(f"{deck}: note {n.findtext('title')!r}: ENML in CDATA is not well-formed: {e}")
            if n.find("title") is None or n.find("created") is None:
                out.append(f"{deck}: a note without <title> or <created>")
        lis = sum(1 for l in lines if l.startswith("<li><div>"))
        if lis < 80:
            out.append(f"{deck}: only {lis} '<li><div>' lines, want >= 80")
    if name.endswith(".typ"):
        sets = sum(1 for l in lines if l.startswith("#set "))
        lets = sum(1 for l in lines if l.startswith("#let "))
        h1 = sum(1 for l in lines if re.match(r"^= \S", l))
        items = sum(1 for l in lines if re.match(r"^ *- \S", l))
        if sets < 3 or lets < 1 or h1 < 6 or items < 60 or "#table(" not in text:
            out.append(f"{deck}: {sets} #set, {lets} #let, {h1} '= ' headings, {items} '- ' items, table {'#table(' in text}; want >= 3, 1, 6, 60 and a #table(")
        for o, c in ("()", "[]"):
            if text.count(o) != text.count(c):
                out.append(f"{deck}: unbalanced {o}{c} ({text.count(o)} vs {text.count(c)})")
    if name.endswith(".taskpaper"):
        proj = sum(1 for l in lines if re.match(r"^\t*[^\t\-\s][^\t]*:( @\S+)*$", l))
        tasks = sum(1 for l in lines if re.match(r"^\t*- \S", l))
        notes = sum(1 for l in lines if l.strip() and not re.match(r"^\t*- ", l) and not re.match(r"^\t*[^\t\-\s][^\t]*:( @\S+)*$", l))
        tags = len(re.findall(r"(?<!\S)@\w+", text))
        if proj < 8 or tasks < 15 or notes < 80:
            out.append(f"{deck}: {proj} projects, {tasks} '- ' tasks, {notes} note lines; want >= 8, 15, 80")
        if tags < 10 or "@done(" not in text:
            out.append(f"{deck}: {tags} @tags, want >= 10 including @done(...)")
        if any(re.match(r"^\t* ", l) for l in lines):
            out.append(f"{deck}: TaskPaper indentation must be tabs only")
    if name.endswith(".bib"):
        entries = [i for i, l in enumerate(lines) if re.match(r"^@\w+\{[^,\s]+,$", l)]
        if len(entries) < 8:
            out.append(f"{deck}: only {len(entries)} '@type{{key,' entries, want >= 8")
        for k, i in enumerate(entries):
            end = entries[k + 1] if k + 1 < len(entries) else len(lines)
            block = "\n".join(lines[i:end])
            block = block[:block.rfind("}") + 1]
            if block.count("{") != block.count("}"):
                out.append(f"{deck}:{i + 1}: entry braces unbalanced")
            for f in ("author", "title", "year|urldate", "annote"):
                if not re.search(r"^\s+(" + f + r")\s*=\s*\{", block, re.M):
                    out.append(f"{deck}:{i + 1}: entry without {f}")
        cont = sum(1 for l in lines if re.match(r"^ {15}\S", l))
        comments = sum(1 for l in lines if l.startswith("%"))
        if cont < 60 or comments < 3:
            out.append(f"{deck}: {cont} annote continuation lines and {comments} '%' comments, want >= 60 and >= 3")
    return out


def style_problems_25(deck, name, lines):
    out = []
    text = "\n".join(lines)
    path = os.path.join(HERE, "decks", deck, name)
    if name.endswith(".rst"):
        # title with over- and underline of its own length
        tit = [i for i in range(1, len(lines) - 1) if lines[i].strip() and re.fullmatch(r"=+", lines[i - 1])
               and lines[i - 1] == lines[i + 1]]
        if not tit or len(lines[tit[0] - 1]) != len(lines[tit[0]]):
            out.append(f"{deck}: no over- and underlined title as long as its text")
        secs = 0
        for i in range(1, len(lines)):
            if re.fullmatch(r"(=+|-+)", lines[i]) and lines[i - 1].strip() and not re.fullmatch(r"[=+-]+", lines[i - 1]) \
                    and (i + 1 >= len(lines) or not re.fullmatch(r"=+", lines[i + 1])) and not lines[i - 1].startswith((" ", "|", "+")):
                secs += 1
                if len(lines[i]) != len(lines[i - 1]):
                    out.append(f"{deck}:{i + 1}: section underline {len(lines[i])} long, title {len(lines[i - 1])}")
        fields = sum(1 for l in lines if re.match(r"^:[A-Za-z ]+: \S", l))
        directives = sum(1 for l in lines if re.match(r"^\.\. [a-z-]+::", l))
        terms = sum(1 for i in range(len(lines) - 1) if re.match(r"^[A-Za-z(]\S", lines[i]) and not lines[i].startswith("..")
                    and not re.fullmatch(r"[=+-]+", lines[i + 1]) and re.match(r"^ {3}\S", lines[i + 1]))
        if secs < 6 or fields < 1 or directives < 3 or terms < 20:
            out.append(f"{deck}: {secs} sections, {fields} :fields:, {directives} directives, {terms} definition terms; want >= 6, 1, 3, 20")
        grid = [l for l in lines if l.startswith(("+", "|"))]
        border = [l for l in grid if l.startswith("+")]
        cols = {i for i, ch in enumerate(border[0]) if ch == "+"} if border else set()
        if len(border) < 3 or any({i for i, ch in enumerate(l) if ch == "+"} != cols for l in border) \
                or any({i for i, ch in enumerate(l) if ch == "|"} != cols for l in grid if l.startswith("|")):
            out.append(f"{deck}: no grid table, or its '+' and '|' columns do not line up")
    if name.endswith(".md") and lines and lines[0].startswith("title:: "):   # Logseq page
        i = 0
        while i < len(lines) and re.match(r"^[a-z-]+:: \S", lines[i]):
            i += 1
        if i < 2:
            out.append(f"{deck}: want >= 2 'key:: value' page properties at the top")
        prev = -1
        for k, l in enumerate(lines[i:], i + 1):
            if not l.strip():
                continue
            m = re.match(r"^(\t*)(- |[a-z-]+:: )", l)
            if not m:
                out.append(f"{deck}:{k}: not a '- ' block or a 'key:: ' property (tabs only)"); continue
            depth = len(m.group(1))
            if m.group(2) == "- ":
                if depth > prev + 1:
                    out.append(f"{deck}:{k}: block indented more than one level below the line above")
                prev = depth
        heads = sum(1 for l in lines if l.startswith("- ## "))
        nested = sum(1 for l in lines if l.startswith("\t") and "- " in l[:8])
        links = len(re.findall(r"\[\[[^\]]+\]\]", text))
        if heads < 8 or nested < 60 or links < 3 or "TODO " not in text or "DONE " not in text:
            out.append(f"{deck}: {heads} '- ## ' blocks, {nested} nested blocks, {links} [[links]], TODO/DONE; want >= 8, 60, 3 and both")
    if name.endswith(".txt") and lines and lines[0] == "Content-Type: text/x-zim-wiki":   # Zim page
        if len(lines) < 5 or not lines[1].startswith("Wiki-Format: zim ") or not lines[2].startswith("Creation-Date: ") or lines[3] != "":
            out.append(f"{deck}: Zim header (Wiki-Format, Creation-Date, blank line) missing")
        if not any(re.fullmatch(r"====== \S.* ======", l) for l in lines):
            out.append(f"{deck}: no '====== ' page title")
        h = 0
        for k, l in enumerate(lines, 1):
            m = re.fullmatch(r"(=+) (.+) (=+)", l)
            if m:
                if m.group(1) != m.group(3):
                    out.append(f"{deck}:{k}: heading '=' runs differ")
                h += len(m.group(1)) == 5
            if l.count("**") % 2 or len(re.findall(r"(?<!:)//", l)) % 2:
                out.append(f"{deck}:{k}: unbalanced ** or //")
        bullets = sum(1 for l in lines if re.match(r"^\t*\* ", l))
        if h < 6 or bullets < 80:
            out.append(f"{deck}: {h} '===== ' headings and {bullets} '* ' bullets, want >= 6 and >= 80")
        if any(re.match(r"^\t* +\S", l) and not l.startswith("Created") for l in lines if l.startswith((" ", "\t"))):
            out.append(f"{deck}: Zim bullets must be indented by tabs only")
        if not all(b in text for b in ("[*] ", "[ ] ", "[x] ")):
            out.append(f"{deck}: want [*], [ ] and [x] checkboxes")
    if name.endswith(".md") and lines and lines[0].startswith("% "):   # Pandoc Markdown
        if not all(l.startswith("% ") for l in lines[:3]):
            out.append(f"{deck}: want a 3-line '% ' Pandoc title block")
        heads = sum(1 for l in lines if re.match(r"^#{1,3} \S", l))
        defs = sum(1 for l in lines if l.startswith(":   "))
        dl = sum(1 for i in range(1, len(lines)) if lines[i].startswith(":   ") and not lines[i - 1].startswith(":   "))
        if heads < 6 or dl < 3:
            out.append(f"{deck}: {heads} headings and {dl} definition lists ({defs} ':   ' lines); want >= 6 and >= 3")
        notes = [re.match(r"^\[\^([^\]]+)\]: ", l).group(1) for l in lines if re.match(r"^\[\^([^\]]+)\]: ", l)]
        refs = re.findall(r"\[\^([^\]]+)\](?!:)", text)
        if not notes or sorted(set(refs)) != sorted(notes) or len(set(notes)) != len(notes):
            out.append(f"{deck}: footnote references {sorted(set(refs))} do not match definitions {notes}")
        if sum(1 for l in lines if l.startswith(":::")) % 2:
            out.append(f"{deck}: unbalanced ':::' fenced divs")
    if name.endswith(".docx"):
        try:
            with zipfile.ZipFile(path) as z:
                xml = z.read("word/document.xml").decode("utf-8")
        except (zipfile.BadZipFile, KeyError) as e:
            return out + [f"{deck}: not a Word document: {e}"]
        styles = {st: xml.count(f'<w:pStyle w:val="{st}"/>') for st in ("Title", "Heading1", "Heading2", "ListBullet", "ListNumber")}
        rows = xml.count("<w:tr>") + xml.count("<w:tr ")
        paras = len(re.findall(r"<w:p[ >]", xml))
        if paras < 100 or rows < 5 or not all(styles.values()):
            out.append(f"{deck}: {paras} paragraphs, {rows} table rows, styles {styles}; want >= 100, >= 5 and every style used")
        if '"' in text or "“" not in text or "’" not in text:
            out.append(f"{deck}: want Word's curly quotes only (found a straight '\"' or no curly ones)")
    if name.endswith(".xlsx") and name not in XLSX_28:   # heldout25's openpyxl workbook; heldout28's is checked below
        try:
            z = zipfile.ZipFile(path)
        except zipfile.BadZipFile as e:
            return out + [f"{deck}: not a workbook: {e}"]
        sheets = sorted(n for n in z.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml$", n))
        for n in sheets:
            x = z.read(n).decode("utf-8")
            if '<mergeCell ref="A1:E1"/>' not in x or 'state="frozen"' not in x:
                out.append(f"{deck}: {n} without a merged A1:E1 title or a frozen pane")
        z.close()
        starts = [i for i, l in enumerate(lines) if re.fullmatch(r"== .+ ==", l)]
        if len(sheets) < 5 or len(starts) != len(sheets):
            out.append(f"{deck}: {len(sheets)} worksheets ({len(starts)} in the text), want >= 5")
        data = 0
        for k, i in enumerate(starts):
            block = lines[i:starts[k + 1] if k + 1 < len(starts) else len(lines)]
            if len(block) < 3 or block[2] != "Ref\tTopic\tKey point\tValue / spec\tLearnt?":
                out.append(f"{deck}: sheet {block[0]} has no Ref/Topic/Key point/Value / spec/Learnt? header row")
                continue
            refs = [re.match(r"^([A-Z]{2})(\d{2})\t", l) for l in block[3:]]
            refs = [m for m in refs if m]
            if [int(m.group(2)) for m in refs] != list(range(1, len(refs) + 1)) or len({m.group(1) for m in refs}) != 1:
                out.append(f"{deck}: sheet {block[0]} refs not numbered 01, 02, ... with one prefix")
            data += len(refs)
        if data < 100:
            out.append(f"{deck}: only {data} data rows, want >= 100")
    return out


def style_problems_26(deck, name, lines):
    """heldout26's styles: DokuWiki .txt, .pptx, TiddlyWiki .tid, Quarto .qmd, .odt, Marp .md."""
    out = []
    text = "\n".join(lines)
    path = os.path.join(HERE, "decks", deck, name)
    if name.endswith(".txt") and any(re.fullmatch(r"====== \S.* ======", l) for l in lines) \
            and not (lines and lines[0].startswith("Content-Type:")):   # DokuWiki page
        h, prev, bullets = 0, 0, 0
        for k, l in enumerate(lines, 1):
            m = re.fullmatch(r"(=+) (.+) (=+)", l)
            if m:
                if m.group(1) != m.group(3):
                    out.append(f"{deck}:{k}: heading '=' runs differ")
                h += len(m.group(1)) == 5
            if l.count("**") % 2 or len(re.findall(r"(?<!:)//", l)) % 2 or l.count("((") != l.count("))"):
                out.append(f"{deck}:{k}: unbalanced **, // or (( ))")
            lm = re.match(r"^( +)([*-]) ", l)
            if l.startswith(" "):
                if not lm or len(lm.group(1)) % 2:
                    out.append(f"{deck}:{k}: indented line is not a DokuWiki list item ('  * ' / '  - ', even indent)")
                    continue
                lvl = len(lm.group(1)) // 2
                if lvl > prev + 1:
                    out.append(f"{deck}:{k}: list item more than one level deeper than the one above")
                prev = lvl
                bullets += lm.group(2) == "*"
            else:
                prev = 0
        rows = [l for l in lines if l.startswith(("^", "|"))]
        if h < 8 or bullets < 80 or not rows or not rows[0].startswith("^") \
                or len({l.count("^") + l.count("|") for l in rows}) != 1:
            out.append(f"{deck}: {h} '===== ' headings, {bullets} '  * ' bullets, a ^/| table with equal cells; want >= 8, >= 80, yes")
        if "{{tag>" not in text:
            out.append(f"{deck}: no {{{{tag>...}}}} line")
    if name.endswith(".pptx"):
        try:
            z = zipfile.ZipFile(path)
        except zipfile.BadZipFile as e:
            return out + [f"{deck}: not a PowerPoint file: {e}"]
        slides = [n for n in z.namelist() if re.match(r"ppt/slides/slide\d+\.xml$", n)]
        no_title = [n for n in slides if 'type="title"' not in z.read(n).decode() and 'type="ctrTitle"' not in z.read(n).decode()]
        lvl1 = sum(z.read(n).decode().count('lvl="1"') for n in slides)
        z.close()
        if len(slides) < 15 or no_title or lvl1 < 15 or len(lines) < 100:
            out.append(f"{deck}: {len(slides)} slides ({len(no_title)} without a title), {lvl1} level-1 bullets, {len(lines)} text lines; want >= 15, 0, >= 15, >= 100")
        if any(l.lstrip().startswith(("•", "- ", "* ")) for l in lines):
            out.append(f"{deck}: bullet characters in the slide text (they should be formatting)")
    if name.endswith(".tid"):
        i = 0
        while i < len(lines) and re.match(r"^[a-z-]+: \S", lines[i]):
            i += 1
        fields = dict(l.split(": ", 1) for l in lines[:i])
        if "title" not in fields or fields.get("type") != "text/vnd.tiddlywiki" or i >= len(lines) or lines[i] != "":
            out.append(f"{deck}: want 'field: value' lines with title and type: text/vnd.tiddlywiki, then a blank line")
        h2 = sum(1 for l in lines if l.startswith("!! "))
        bullets = sum(1 for l in lines if re.match(r"^\*+ \S", l))
        numbered = sum(1 for l in lines if re.match(r"^# \S", l))
        terms = sum(1 for k in range(1, len(lines)) if lines[k].startswith(": ") and lines[k - 1].startswith(("; ", ": ")))
        trows = [l for l in lines if l.startswith("|")]
        if h2 < 8 or bullets < 80 or numbered < 5 or terms < 5:
            out.append(f"{deck}: {h2} '!! ' headings, {bullets} '*' bullets, {numbered} '#' items, {terms} ':' definitions; want >= 8, 80, 5, 5")
        if not trows or not trows[0].startswith("|!") or len({l.count("|") for l in trows}) != 1:
            out.append(f"{deck}: want a |!header| table whose rows all have the same number of cells")
        for k, l in enumerate(lines, 1):
            if l.count("''") % 2 or len(re.findall(r"(?<!:)//", l)) % 2:
                out.append(f"{deck}:{k}: unbalanced '' or //")
        if sum(1 for l in lines if l.startswith("<<<")) % 2:
            out.append(f"{deck}: unbalanced <<< block quote")
    if name.endswith(".qmd"):
        if not lines or lines[0] != "---" or "---" not in lines[1:40]:
            out.append(f"{deck}: no YAML front matter")
        else:
            fm = lines[1:lines.index("---", 1)]
            if not any(l.startswith("title:") for l in fm) or not any(l.startswith("format:") for l in fm):
                out.append(f"{deck}: front matter without title: and format:")
        secs = sum(1 for l in lines if re.match(r"^## .+ \{#sec-[a-z0-9-]+\}$", l))
        callouts = sum(1 for l in lines if re.match(r"^::: \{\.callout-(note|tip|warning|important|caution)\}$", l))
        fences = sum(1 for l in lines if l.startswith(":::"))
        code = [k for k, l in enumerate(lines) if l.startswith("```")]
        if secs < 8 or callouts < 2 or fences != 2 * callouts:
            out.append(f"{deck}: {secs} '## … {{#sec-}}' headings, {callouts} callouts, {fences} ':::' fences; want >= 8, >= 2, balanced")
        if len(code) % 2 or not code or not re.match(r"^```\{(python|r)\}$", lines[code[0]]) or not lines[code[0] + 1].startswith("#| "):
            out.append(f"{deck}: want a closed ```{{python}} / ```{{r}} chunk starting with '#| ' options")
        inside = set()
        for a, b in zip(code[::2], code[1::2]):
            inside.update(range(a, b + 1))
        for k, l in enumerate(lines):
            if k not in inside and l.replace("\\$", "").count("$") % 2:
                out.append(f"{deck}:{k + 1}: unbalanced $ maths")
        labels = set(re.findall(r"\{#((?:tbl|fig|sec)-[a-z0-9-]+)\}", text)) | set(re.findall(r"#\| label: ((?:fig|tbl)-[a-z0-9-]+)", text))
        refs = set(re.findall(r"@((?:tbl|fig|sec)-[a-z0-9-]+)", text))
        if not refs or refs - labels:
            out.append(f"{deck}: cross-references {sorted(refs)} without labels {sorted(refs - labels)}")
    if name.endswith(".odt"):
        try:
            with zipfile.ZipFile(path) as z:
                first = z.infolist()[0]
                mime = z.read("mimetype").decode()
                xml = z.read("content.xml").decode("utf-8")
        except (zipfile.BadZipFile, KeyError) as e:
            return out + [f"{deck}: not an OpenDocument text: {e}"]
        if first.filename != "mimetype" or mime != "application/vnd.oasis.opendocument.text":
            out.append(f"{deck}: 'mimetype' is not the first entry or not an ODF text")
        h1 = len(re.findall(r'<text:h [^>]*text:outline-level="1"', xml))
        h2 = len(re.findall(r'<text:h [^>]*text:outline-level="2"', xml))
        items = xml.count("<text:list-item")
        rows = xml.count("<table:table-row")
        if h1 < 6 or h2 < 6 or items < 80 or rows < 5 or len(lines) < 100:
            out.append(f"{deck}: {h1} level-1 and {h2} level-2 headings, {items} list items, {rows} table rows, {len(lines)} lines; want >= 6, 6, 80, 5, 100")
        if '"' in text or "“" not in text or "’" not in text:
            out.append(f"{deck}: want curly quotes only (found a straight '\"' or no curly ones)")
    if name.endswith(".md") and len(lines) > 2 and lines[0] == "---" and "marp: true" in lines[1:10]:   # Marp deck
        end = lines.index("---", 1)
        seps = [k for k in range(end + 1, len(lines)) if lines[k] == "---"]
        bad_sep = [k + 1 for k in seps if lines[k - 1] != "" or (k + 1 < len(lines) and lines[k + 1] != "")]
        bounds = [end] + seps + [len(lines)]
        untitled = [bounds[j] + 1 for j in range(len(bounds) - 1)
                    if not any(re.match(r"^#{1,3} \S", l) for l in lines[bounds[j] + 1:bounds[j + 1]])]
        if len(seps) + 1 < 12 or bad_sep or untitled:
            out.append(f"{deck}: {len(seps) + 1} slides, separators without blank lines at {bad_sep}, untitled slides at {untitled}; want >= 12")
        if "<!-- _class:" not in text or not re.search(r"<!-- (?!_)[^>]+ -->", text):
            out.append(f"{deck}: want a <!-- _class: … --> directive and a presenter-note comment")
        trows = [l for l in lines if l.startswith("|")]
        if len(trows) < 4 or not re.fullmatch(r"\|(-+\|)+", trows[1]) or len({l.count("|") for l in trows}) != 1:
            out.append(f"{deck}: want a pipe table with a |---| separator and equal cells")
        for k, l in enumerate(lines, 1):
            if l.count("**") % 2:
                out.append(f"{deck}:{k}: unbalanced **")
    return out


def style_problems_27(deck, name, lines):
    """heldout27's styles: Wikidot .txt, Anki .apkg, .ods, Vimwiki .wiki, Joplin raw .md, Textile .textile."""
    out = []
    text = "\n".join(lines)
    path = os.path.join(HERE, "decks", deck, name)
    if name.endswith(".txt") and any(l.startswith("+ ") for l in lines) and any(l.startswith("++ ") for l in lines):
        h2 = sum(1 for l in lines if l.startswith("++ "))
        items = numbered = 0
        prev = -1
        for k, l in enumerate(lines, 1):
            m = re.match(r"^( *)([*#]) \S", l)
            if m:
                lvl = len(m.group(1))
                if lvl > prev + 1:
                    out.append(f"{deck}:{k}: list item more than one level deeper than the one above")
                prev = lvl
                items += m.group(2) == "*"
                numbered += m.group(2) == "#"
            else:
                prev = -1 if not l.startswith(" ") else prev
                if l.startswith(" "):
                    out.append(f"{deck}:{k}: indented line that is not a Wikidot list item")
            clean = re.sub(r"https?://\S+", "", l)
            if clean.count("**") % 2 or clean.count("//") % 2:
                out.append(f"{deck}:{k}: unbalanced ** or //")
        rows = [l for l in lines if l.startswith("||")]
        if h2 < 8 or items < 80 or numbered < 5:
            out.append(f"{deck}: {h2} '++ ' headings, {items} '*' items, {numbered} '#' items; want >= 8, 80, 5")
        if not rows or not rows[0].startswith("||~") or len({l.count("||") for l in rows}) != 1:
            out.append(f"{deck}: want a '||~ header ||' table whose rows have equal '||' counts")
        for a, b in (("[[note]]", "[[/note]]"), ("[[footnote]]", "[[/footnote]]")):
            if text.count(a) != text.count(b):
                out.append(f"{deck}: {a} not closed")
    if name.endswith(".apkg"):
        import sqlite3
        import tempfile
        try:
            with zipfile.ZipFile(path) as z:
                data = z.read("collection.anki2")
        except (zipfile.BadZipFile, KeyError) as e:
            return out + [f"{deck}: not an Anki package: {e}"]
        fd, tmp = tempfile.mkstemp(suffix=".anki2")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            con = sqlite3.connect(tmp)
            notes = [r[0] for r in con.execute("select flds from notes order by id")]
            decks = con.execute("select decks from col").fetchone()[0]
            con.close()
        except sqlite3.Error as e:
            return out + [f"{deck}: collection.anki2 is not a readable Anki collection: {e}"]
        finally:
            os.unlink(tmp)
        if len(notes) < 120:
            out.append(f"{deck}: {len(notes)} notes, want >= 120")
        for k, flds in enumerate(notes, 1):
            parts = flds.split("\x1f")
            if len(parts) != 2 or not all(p.strip() for p in parts) or any(c in flds for c in "\t\n"):
                out.append(f"{deck}: note {k} is not two non-empty fields without TAB/newline")
        if '"name"' not in decks:
            out.append(f"{deck}: no deck in the collection")
    if name.endswith(".ods"):
        try:
            with zipfile.ZipFile(path) as z:
                first = z.infolist()[0]
                mime = z.read("mimetype").decode()
        except (zipfile.BadZipFile, KeyError) as e:
            return out + [f"{deck}: not an OpenDocument spreadsheet: {e}"]
        if first.filename != "mimetype" or mime != "application/vnd.oasis.opendocument.spreadsheet":
            out.append(f"{deck}: 'mimetype' is not the first entry or not an ODF spreadsheet")
        sheets = [k for k, l in enumerate(lines) if re.fullmatch(r"== .+ ==", l)]
        if len(sheets) < 6 or (lines and sheets and sheets[0] != 0):
            out.append(f"{deck}: {len(sheets)} sheets; want >= 6, the text starting with a sheet line")
        refs = set()
        for a, b in zip(sheets, sheets[1:] + [len(lines)]):
            block = lines[a + 1:b]
            if len(block) < 3 or "\t" in block[0] or not block[1].startswith("Ref\t"):
                out.append(f"{deck}:{a + 1}: sheet without a one-cell title row and a 'Ref' header row")
                continue
            for k, l in enumerate(block[2:], a + 4):
                ref = l.split("\t")[0]
                if not re.fullmatch(r"[A-Z]\d{1,2}", ref) or ref in refs:
                    out.append(f"{deck}:{k}: row without a unique reference like 'H12'")
                refs.add(ref)
    if name.endswith(".wiki"):
        if not any(l.startswith("%title ") for l in lines):
            out.append(f"{deck}: no %title line")
        heads = 0
        for k, l in enumerate(lines, 1):
            m = re.fullmatch(r"(=+) (.+) (=+)", l)
            if m:
                if m.group(1) != m.group(3):
                    out.append(f"{deck}:{k}: heading '=' runs differ")
                heads += len(m.group(1)) == 2
            bm = re.match(r"^( +)[*-] ", l)
            if bm and len(bm.group(1)) % 2:
                out.append(f"{deck}:{k}: bullet indented by an odd number of spaces")
        inside = False
        for k, l in enumerate(lines, 1):
            if l.startswith("{{$"):
                inside = True
                continue
            if l.startswith("}}$"):
                inside = False
                continue
            if not inside and l.count("$") % 2:
                out.append(f"{deck}:{k}: unbalanced $ maths")
        if inside:
            out.append(f"{deck}: {{{{$ math block not closed")
        trows = [l.strip() for l in lines if l.strip().startswith("|")]
        if len(trows) < 3 or not re.fullmatch(r"\|(-+\|)+", trows[1]) or len({l.count("|") for l in trows}) != 1:
            out.append(f"{deck}: want a | table with a |---| separator and equal cells")
        defs = sum(1 for l in lines if re.match(r"^\s*\S[^:]*:: \S", l))
        tasks = sum(1 for l in lines if re.match(r"^\s*[*-] \[[ X.oO]\] ", l))
        if heads < 8 or defs < 3 or tasks < 2:
            out.append(f"{deck}: {heads} '== ' headings, {defs} 'Term:: definition' lines, {tasks} tasks; want >= 8, 3, 2")
    if re.fullmatch(r"[0-9a-f]{32}\.md", name):   # Joplin raw export
        if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
            out.append(f"{deck}: want a title line then a blank line")
        k = len(lines)
        while k > 0 and re.match(r"^[a-z_]+:( .*)?$", lines[k - 1]):
            k -= 1
        meta = dict((l.split(":", 1)[0], l.split(":", 1)[1].strip()) for l in lines[k:])
        if k == 0 or lines[k - 1] != "" or meta.get("id") != name[:-3] or lines[-1] != "type_: 1" \
                or meta.get("markup_language") != "1" or not {"created_time", "updated_time", "parent_id"} <= set(meta):
            out.append(f"{deck}: want a metadata block (blank line, id = file name, created/updated_time, parent_id, markup_language: 1, type_: 1 last)")
        for j, l in enumerate(lines[:k], 1):
            if l.count("==") % 2:
                out.append(f"{deck}:{j}: unbalanced == mark")
        for link in re.findall(r"\]\(:/([^)]*)\)", text):
            if not re.fullmatch(r"[0-9a-f]{32}", link):
                out.append(f"{deck}: Joplin link :/{link} is not 32 hex digits")
    if name.endswith(".textile"):
        h1 = sum(1 for l in lines if l.startswith("h1. "))
        h2 = sum(1 for l in lines if l.startswith("h2. "))
        bullets = sum(1 for l in lines if re.match(r"^\*+ \S", l))
        numbered = sum(1 for l in lines if re.match(r"^#+ \S", l))
        if h1 != 1 or h2 < 8 or bullets < 80 or numbered < 5:
            out.append(f"{deck}: {h1} h1., {h2} h2. headings, {bullets} '*' bullets, {numbered} '#' items; want 1, >= 8, >= 80, >= 5")
        tables, cur = [], []
        for l in lines + [""]:
            if l.startswith("|"):
                cur.append(l)
            elif cur:
                tables.append(cur)
                cur = []
        if not tables:
            out.append(f"{deck}: no | table")
        for t in tables:
            if not t[0].startswith("|_.") or len({l.count("|") for l in t}) != 1:
                out.append(f"{deck}: table starting {t[0][:30]!r} without a |_. header or with unequal cells")
        for k, l in enumerate(lines, 1):
            body = re.sub(r"^[*#]+ ", "", l)
            if body.count("*") % 2:
                out.append(f"{deck}:{k}: unbalanced * bold")
        if not any(l.startswith("bq. ") for l in lines):
            out.append(f"{deck}: no bq. block")
        for n in re.findall(r"^fn(\d+)\. ", text, re.M):
            if f"[{n}]" not in text:
                out.append(f"{deck}: footnote fn{n}. never referenced as [{n}]")
    return out

XLSX_28 = {"Bricklaying_L1_theory.xlsx"}
BB_TAGS = ("b", "i", "u", "size", "color", "quote", "list", "table", "tr", "th", "td", "url", "hr")


def style_problems_28(deck, name, lines):
    """heldout28's styles: BBCode post .txt, gemtext .gmi, XlsxWriter .xlsx, txt2tags .t2t, ReportLab .pdf,
    DiscordChatExporter .txt."""
    out = []
    text = "\n".join(lines)
    path = os.path.join(HERE, "decks", deck, name)
    if name.endswith(".txt") and "[list]" in text and "[*]" in text:   # a BBCode forum post
        for t in BB_TAGS:
            opens = len(re.findall(r"\[%s(=[^\]]*)?\]" % t, text))
            closes = text.count(f"[/{t}]")
            if opens != closes:
                out.append(f"{deck}: BBCode [{t}] opened {opens} times, closed {closes} times")
        depth = 0
        for k, l in enumerate(lines, 1):
            for m in re.finditer(r"\[(/?)list(=[^\]]*)?\]|\[\*\]", l):
                if m.group(0) == "[*]":
                    if depth < 1:
                        out.append(f"{deck}:{k}: [*] outside a [list]")
                elif m.group(1):
                    depth -= 1
                else:
                    depth += 1
                if depth < 0 or depth > 2:
                    out.append(f"{deck}:{k}: [list] nesting {depth}")
            for t in ("b", "i", "u", "url"):
                if len(re.findall(r"\[%s(=[^\]]*)?\]" % t, l)) != l.count(f"[/{t}]"):
                    out.append(f"{deck}:{k}: [{t}] not closed on its line")
        items = sum(l.count("[*]") for l in lines)
        heads = sum(1 for l in lines if re.match(r"^\[size=1\d\d\]\[b\]\[u\]", l))
        rows = [l for l in lines if l.startswith("[tr]")]
        cells = {l.count("[td]") + l.count("[th]") for l in rows}
        if items < 80 or heads < 8 or not rows or len(cells) != 1:
            out.append(f"{deck}: {items} [*] items, {heads} headings, table rows with cell counts {cells}; want >= 80, >= 8, one count")
    if name.endswith(".gmi"):
        if not lines or not lines[0].startswith("# "):
            out.append(f"{deck}: gemtext page should open with a '# ' heading")
        if sum(1 for l in lines if l.startswith("```")) % 2:
            out.append(f"{deck}: unbalanced ``` preformatted toggles")
        pre = False
        bullets = heads = 0
        for k, l in enumerate(lines, 1):
            if l.startswith("```"):
                pre = not pre; continue
            if pre:
                continue
            if l.startswith("=>") and not re.match(r"^=>[ \t]*\S+([ \t]+\S.*)?$", l):
                out.append(f"{deck}:{k}: bad link line")
            if re.match(r"^\s+[*-] ", l) or l.startswith(("- ", "** ")):
                out.append(f"{deck}:{k}: gemtext has no nested or '-' bullets, only '* ' lines")
            if re.match(r"^#{4,}", l):
                out.append(f"{deck}:{k}: gemtext has only three heading levels")
            bullets += l.startswith("* ")
            heads += l.startswith("## ")
        if bullets < 80 or heads < 8:
            out.append(f"{deck}: {bullets} '* ' lines and {heads} '## ' headings; want >= 80 and >= 8")
    if name in XLSX_28:
        try:
            z = zipfile.ZipFile(path)
            app = z.read("docProps/app.xml").decode("utf-8")
            names = z.namelist()
        except (zipfile.BadZipFile, KeyError) as e:
            return out + [f"{deck}: not an Excel workbook: {e}"]
        if names[0] != "[Content_Types].xml" or "<Application>Microsoft Excel</Application>" not in app:
            out.append(f"{deck}: want [Content_Types].xml first and Application 'Microsoft Excel' (XlsxWriter's)")
        sheets = [n for n in names if re.match(r"xl/worksheets/sheet\d+\.xml$", n)]
        for n in sheets:
            x = z.read(n).decode("utf-8")
            if '<mergeCell ref="A1:D1"/>' not in x or 'state="frozen"' not in x or "<autoFilter" not in x:
                out.append(f"{deck}: {n} without a merged A1:D1 title, a frozen pane or an autofilter")
        z.close()
        starts = [i for i, l in enumerate(lines) if re.fullmatch(r"== .+ ==", l)]
        if len(sheets) < 6 or len(starts) != len(sheets):
            out.append(f"{deck}: {len(sheets)} worksheets ({len(starts)} in the text), want >= 6")
        seen, data = set(), 0
        for k, i in enumerate(starts):
            block = lines[i:starts[k + 1] if k + 1 < len(starts) else len(lines)]
            if len(block) < 3 or "\t" in block[1] or block[2] != "Ref\tTopic\tKey point\tTutor note":
                out.append(f"{deck}: sheet {block[0]} lacks a one-cell title row and a Ref/Topic/Key point/Tutor note header")
                continue
            for l in block[3:]:
                m = re.match(r"^([A-Z]\d{1,2})\t[^\t]+\t[^\t]+(\t[^\t]+)?$", l)
                if not m or m.group(1) in seen:
                    out.append(f"{deck}: bad or repeated row {l[:40]!r}")
                    continue
                seen.add(m.group(1)); data += 1
        if data < 100:
            out.append(f"{deck}: only {data} data rows, want >= 100")
    if name.endswith(".t2t"):
        if len(lines) < 4 or not lines[0].strip() or not lines[1].strip() or not lines[2].strip() or lines[3].strip():
            out.append(f"{deck}: want txt2tags' 3 header lines then a blank line")
        if not any(l.startswith("%!target:") for l in lines):
            out.append(f"{deck}: no %!target: setting")
        heads = 0
        for k, l in enumerate(lines, 1):
            m = re.match(r"^(=+) .+ (=+)$", l)
            if m:
                heads += m.group(1) == "="
                if len(m.group(1)) != len(m.group(2)):
                    out.append(f"{deck}:{k}: title with unequal '=' runs")
            if l.startswith("%"):
                continue
            body = re.sub(r"\S+://\S+", "", l)
            for mark in ("**", "//", "``"):
                if body.count(mark) % 2:
                    out.append(f"{deck}:{k}: unbalanced {mark}")
        tables = [l for l in lines if l.startswith(("||", "| "))]
        if not tables or not tables[0].startswith("||") or len({l.strip().strip("|").count("|") for l in tables}) != 1:
            out.append(f"{deck}: want a '||' header row and table rows with equal cells")
        items = sum(1 for l in lines if re.match(r"^ *- ", l))
        if heads < 8 or items < 60:
            out.append(f"{deck}: {heads} '= … =' titles and {items} '- ' items; want >= 8 and >= 60")
    if name.endswith(".pdf"):
        data = open(path, "rb").read()
        if not data.startswith(b"%PDF-1.") or not data.rstrip().endswith(b"%%EOF"):
            out.append(f"{deck}: not a PDF file (header/%%EOF)")
        if b"/Producer (ReportLab" not in data:
            out.append(f"{deck}: want ReportLab's /Producer")
        pages = len(re.findall(rb"/Type /Page\b(?!s)", data))
        footers = [l for l in lines if re.fullmatch(r"Page \d+", l)]
        if pages < 2 or len(footers) != pages:
            out.append(f"{deck}: {pages} pages, {len(footers)} 'Page n' footers in the text layer; want >= 2 and equal")
        if sum(1 for l in lines if l.startswith("• ")) < 80:
            out.append(f"{deck}: fewer than 80 '• ' bullet lines in the text layer")
    if name.endswith(".txt") and lines and lines[0].startswith("=====") and any(l.startswith("Guild: ") for l in lines[:4]):
        if not (lines[1].startswith("Guild: ") and lines[2].startswith("Channel: ") and set(lines[-1]) == {"="}):
            out.append(f"{deck}: want DiscordChatExporter's header (Guild:, Channel:) and footer rules")
        heads = [l for l in lines if re.match(r"^\[\d\d/\d\d/\d{4} \d\d:\d\d\] \S", l)]
        stamps = [(h[7:11], h[4:6], h[1:3], h[12:17]) for h in heads]
        if stamps != sorted(stamps):
            out.append(f"{deck}: message timestamps out of order")
        m = re.search(r"^Exported (\d+) message\(s\)$", text, re.M)
        if not m or int(m.group(1)) != len(heads):
            out.append(f"{deck}: footer count {m.group(1) if m else None} != {len(heads)} messages")
        if len(heads) < 20:
            out.append(f"{deck}: only {len(heads)} messages, want >= 20")
    return out


def read_lines(path):
    return lines_of(path)


def deck_lines(deck):
    folder = os.path.join(HERE, "decks", deck)
    files = sorted(f for f in os.listdir(folder) if not f.startswith("."))
    if len(files) != 1:
        return files, None
    return files, lines_of(os.path.join(folder, files[0]))


def main():
    problems = []
    bad = problems.append
    try:
        with open(os.path.join(HERE, "heldout28.yaml"), encoding="utf-8") as f:
            data = yaml.safe_load(f)
    except yaml.YAMLError as e:
        print("FAIL: heldout28.yaml is not valid YAML:", e); return 1
    if not isinstance(data, dict):
        print("FAIL: heldout28.yaml is not a mapping"); return 1
    if len(data) != EXPECTED_DECKS:
        bad(f"expected {EXPECTED_DECKS} decks, found {len(data)}")
    on_disk = sorted(os.listdir(os.path.join(HERE, "decks")))
    if sorted(data) != on_disk:
        bad(f"yaml decks {sorted(data)} != folders {on_disk}")

    n_ans = n_none = 0
    for deck, cases in data.items():
        if not os.path.isdir(os.path.join(HERE, "decks", deck)):
            bad(f"{deck}: no folder decks/{deck}"); continue
        try:
            files, lines = deck_lines(deck)
        except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, ET.ParseError) as e:
            bad(f"{deck}: cannot read its text: {e}"); continue
        if lines is None:
            bad(f"{deck}: expected exactly one file, found {files}"); continue
        beside = os.path.join(HERE, deck, files[0])
        if not os.path.isfile(beside):
            bad(f"{deck}: no copy {deck}/{files[0]} beside heldout28.yaml")
        elif open(beside, "rb").read() != open(os.path.join(HERE, "decks", deck, files[0]), "rb").read():
            bad(f"{deck}: {deck}/{files[0]} beside heldout28.yaml differs from decks/{deck}/{files[0]}")
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
        for p in style_problems_19(deck, files[0], lines) + style_problems_20(deck, files[0], lines) + style_problems_21(deck, files[0], lines) + style_problems_24(deck, files[0], lines) + style_problems_25(deck, files[0], lines) + style_problems_26(deck, files[0], lines) + style_problems_27(deck, files[0], lines) + style_problems_28(deck, files[0], lines):
            bad(p)
        if not files[0].endswith("_notes.md"):   # heldout18 rules for its other styles
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
            if files[0].endswith(".csv") and '","' in fact:
                bad(f"{deck}: fact spans a CSV field separator: {fact!r}")
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
