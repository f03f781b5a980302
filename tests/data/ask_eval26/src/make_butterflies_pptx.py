#!/usr/bin/env python3
"""Build decks/bio_butterflies/Lepidoptera_lesson.pptx from src/butterflies_src.txt (python-pptx).

'# Title' starts a slide; '- text' is a level-0 bullet, '  - text' a level-1 bullet. The first slide uses the
'Title Slide' layout (its two bullets become the subtitle's two paragraphs); the rest use 'Title and Content'."""
import os
from pptx import Presentation
from pptx.util import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
slides, cur = [], None
for line in open(os.path.join(HERE, "butterflies_src.txt"), encoding="utf-8").read().splitlines():
    if line.startswith("# "):
        cur = [line[2:], []]
        slides.append(cur)
    elif line.strip():
        level = (len(line) - len(line.lstrip(" "))) // 2
        cur[1].append((level, line.strip()[2:]))

prs = Presentation()
prs.core_properties.author = "D. Havers"
prs.core_properties.title = "Butterflies and Moths"
for n, (title, bullets) in enumerate(slides):
    s = prs.slides.add_slide(prs.slide_layouts[0 if n == 0 else 1])
    s.shapes.title.text = title
    body = s.placeholders[1].text_frame
    for k, (level, text) in enumerate(bullets):
        p = body.paragraphs[0] if k == 0 else body.add_paragraph()
        p.text = text
        p.level = level
        if n and len(bullets) > 6:
            p.font.size = Pt(20 if level == 0 else 18)
out = os.path.join(ROOT, "decks", "bio_butterflies")
os.makedirs(out, exist_ok=True)
prs.save(os.path.join(out, "Lepidoptera_lesson.pptx"))
print(len(slides), "slides")
