#!/usr/bin/env python3
"""Write decks/bio_infection/Infection and response.canvas (JSON Canvas 1.0, laid out and serialised as Obsidian
writes it: tab indent, one node / edge a line, 16-hex ids) from src/canvas_src.txt."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(29)


def nid():
    return "%016x" % random.getrandbits(64)


groups, extra = [], []
for raw in open(os.path.join(HERE, "canvas_src.txt"), encoding="utf-8").read().splitlines():
    if raw.startswith("# ") or not raw.strip():
        continue
    if raw.startswith("## ") or raw == "## ":
        groups.append({"label": raw[3:].strip(), "hub": None, "cards": []})
    elif raw.startswith(("> ", "- ")):
        text, colour = raw[2:], None
        if " ! " in text:
            text, colour = text.rsplit(" ! ", 1)
        card = {"text": text.replace("\\n", "\n"), "color": colour}
        if raw.startswith("> "):
            groups[-1]["hub"] = card
        else:
            groups[-1]["cards"].append(card)
    elif raw.startswith("~ "):
        a, rest = raw[2:].split(" -> ", 1)
        b, label = rest.split(" : ", 1) if " : " in rest else (rest, "")
        extra.append((a.strip(), b.strip(), label.strip()))

nodes, edges, cards = [], [], []
gx = 0
for gi, g in enumerate(groups):
    col, row = gi % 4, gi // 4
    x0, y0 = col * 1400 - 2800, row * 1300 - 1500
    h = 140 + 60 * (len(g["cards"]) + 1) + 40 * sum(c["text"].count("\n") for c in g["cards"])
    if g["label"]:
        nodes.append({"id": nid(), "type": "group", "x": x0 - 40, "y": y0 - 60, "width": 1240,
                      "height": max(h, 520), "label": g["label"]})
    hub = g["hub"]
    hub.update(id=nid(), x=x0, y=y0, width=400, height=80 + 30 * hub["text"].count("\n"))
    cards.append(hub)
    y = y0
    for c in g["cards"]:
        lines = c["text"].count("\n") + 1
        c.update(id=nid(), x=x0 + 520, y=y, width=640 if len(c["text"]) > 90 else 420, height=40 + 30 * lines)
        y += c["height"] + 30
        cards.append(c)
        if len(cards) - cards.index(hub) <= 4:   # arrows from the hub to the first 3 cards only (the rest just sit in the group)
            edges.append({"id": nid(), "fromNode": hub["id"], "fromSide": "right", "toNode": c["id"], "toSide": "left"})


def find(prefix):
    hits = [c for c in cards if c["text"].startswith(prefix)]
    assert len(hits) == 1, (prefix, len(hits))
    return hits[0]


for a, b, label in extra:
    e = {"id": nid(), "fromNode": find(a)["id"], "fromSide": "bottom", "toNode": find(b)["id"], "toSide": "top"}
    if label:
        e["label"] = label
    edges.append(e)

for c in cards:
    n = {"id": c["id"], "type": "text", "text": c["text"], "x": c["x"], "y": c["y"], "width": c["width"],
         "height": c["height"]}
    if c["color"]:
        n["color"] = c["color"]
    nodes.append(n)

# Obsidian sorts nothing: groups first here because they were drawn first
out = ["{", '\t"nodes":[']
out += ["\t\t" + json.dumps(n, ensure_ascii=False, separators=(",", ":")) + ("," if i < len(nodes) - 1 else "")
        for i, n in enumerate(nodes)]
out += ["\t],", '\t"edges":[']
out += ["\t\t" + json.dumps(e, ensure_ascii=False, separators=(",", ":")) + ("," if i < len(edges) - 1 else "")
        for i, e in enumerate(edges)]
out += ["\t]", "}"]
dst = os.path.join(os.path.dirname(HERE), "decks", "bio_infection", "Infection and response.canvas")
with open(dst, "w", encoding="utf-8") as f:
    f.write("\n".join(out))
json.load(open(dst, encoding="utf-8"))
print(dst, len(out), "lines,", len(nodes), "nodes,", len(edges), "edges")
