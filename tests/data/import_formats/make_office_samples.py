"""Writes the slide, spreadsheet and PDF samples beside this file with the real libraries a
teacher's tools use to write them (python-pptx, openpyxl, fpdf2), so the importers are tested on
files as those programs lay them out. Run from the repository root after changing a sample:

    python tests/data/import_formats/make_office_samples.py [FUNCTION …]

The outputs are committed; the tests read them and never run this script.
"""

from __future__ import annotations

import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def orchids_pptx() -> None:
    """A lesson deck as PowerPoint writes one: a title slide, title-and-content slides with
    nested bullets and bold key terms, speaker notes, a table, a slide carried on as
    "(cont.)", a hidden slide, slide numbers and a footer typed on every slide."""
    from pptx import Presentation
    from pptx.util import Inches, Pt

    deck = Presentation()
    title_layout, content_layout, title_only = deck.slide_layouts[0], deck.slide_layouts[1], deck.slide_layouts[5]

    def footer(slide, number: int) -> None:
        box = slide.shapes.add_textbox(Inches(0.5), Inches(7.0), Inches(4), Inches(0.3))
        box.text_frame.text = "Y11 Biology – Mrs Okafor"
        page = slide.shapes.add_textbox(Inches(9.0), Inches(7.0), Inches(0.6), Inches(0.3))
        page.text_frame.text = str(number)

    def bullets(slide, lines: list[tuple[int, str]]) -> None:
        frame = slide.placeholders[1].text_frame
        first = True
        for level, text in lines:
            paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
            first = False
            paragraph.level = level
            if text.startswith("**"):
                term, rest = text[2:].split("**", 1)
                run = paragraph.add_run()
                run.text = term
                run.font.bold = True
                paragraph.add_run().text = rest
            else:
                paragraph.text = text

    slide = deck.slides.add_slide(title_layout)
    slide.shapes.title.text = "Orchids: Structure and Survival"
    slide.placeholders[1].text = "Plant diversity unit, lesson 4"

    number = 2
    content = [
        (
            "What is an orchid?",
            [
                (0, "Orchids make up the family Orchidaceae, one of the two largest families of flowering plants."),
                (0, "There are about 28,000 accepted species."),
                (1, "They grow on every continent except Antarctica."),
                (0, "**Monocot**: a flowering plant with one seed leaf and parallel leaf veins."),
            ],
            "Ask the class to name an orchid they have seen in a supermarket. Most will say Phalaenopsis, the moth orchid.",
        ),
        (
            "Flower structure",
            [
                (0, "Every orchid flower has three sepals and three petals."),
                (1, "One petal is enlarged into the lip, called the labellum."),
                (2, "The labellum is a landing platform for pollinators."),
                (0, "**Column**: the fused male and female parts of the flower."),
                (0, "Pollen is packed into sticky masses called pollinia."),
            ],
            "The column is the feature that identifies an orchid at a glance.",
        ),
        (
            "Flower structure (cont.)",
            [
                (0, "Most orchid flowers twist through 180 degrees as they develop, which is called resupination."),
                (0, "Resupination turns the labellum so it hangs at the bottom of the flower."),
            ],
            "",
        ),
        (
            "Roots and growth habits",
            [
                (0, "**Epiphyte**: a plant that grows on another plant without taking nutrients from it."),
                (0, "Epiphytic orchids have aerial roots covered in velamen."),
                (1, "Velamen is a spongy layer of dead cells that soaks up rainwater quickly."),
                (0, "**Terrestrial** orchids grow in soil, often from tubers."),
                (0, "**Lithophyte**: a plant that grows on rocks."),
            ],
            "Pass round the Dendrobium specimen so students can feel the velamen.",
        ),
        (
            "Seeds and fungi",
            [
                (0, "Orchid seeds are dust-like and have almost no food store."),
                (0, "A seed germinates only with the help of a mycorrhizal fungus that feeds it sugars."),
                (1, "This partnership is called mycorrhiza."),
                (0, "One seed capsule can hold over a million seeds."),
            ],
            "Common misconception: students think orchids are parasites. Stress that epiphytes are not.",
        ),
    ]
    for title, lines, notes in content:
        slide = deck.slides.add_slide(content_layout)
        slide.shapes.title.text = title
        bullets(slide, lines)
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
        footer(slide, number)
        number += 1

    hidden = deck.slides.add_slide(content_layout)
    hidden.shapes.title.text = "Spare slide"
    hidden.placeholders[1].text = "Extension task answers go here."
    hidden._element.set("show", "0")

    slide = deck.slides.add_slide(title_only)
    slide.shapes.title.text = "Pollination tricks"
    rows = [
        ("Orchid", "Trick", "Pollinator"),
        ("Bee orchid", "The lip looks like a female bee", "Male solitary bees"),
        ("Bucket orchid", "Traps the insect in a fluid-filled bucket", "Euglossine bees"),
        ("Darwin's orchid", "Nectar at the end of a 30 cm spur", "A hawk moth with a long tongue"),
    ]
    shape = slide.shapes.add_table(len(rows), 3, Inches(0.5), Inches(1.5), Inches(9), Inches(3))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            shape.table.cell(r, c).text = value
            for paragraph in shape.table.cell(r, c).text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(14)
    slide.notes_slide.notes_text_frame.text = (
        "Darwin predicted the hawk moth in 1862 from the length of the spur; it was found in 1903."
    )
    footer(slide, number)
    deck.save(HERE / "orchids.pptx")


def animation_pptx() -> None:
    """Slides as Google Slides exports them: no title slide, section header slides, text boxes
    rather than a body placeholder on some slides, a grouped diagram's labels, and a closing
    "Any questions?" slide with nothing on it."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    content_layout, title_only = deck.slide_layouts[1], deck.slide_layouts[5]
    section_layout = deck.slide_layouts[2]
    deck.slides.add_slide(section_layout).shapes.title.text = "Hand-made animation"
    slide = deck.slides.add_slide(content_layout)
    slide.shapes.title.text = "Traditional animation"
    frame = slide.placeholders[1].text_frame
    frame.text = "Cel animation: drawings are inked onto clear celluloid sheets laid over a painted background."
    for level, text in [
        (1, "Only the moving parts are redrawn for each frame."),
        (0, "Film runs at 24 frames per second."),
        (1, "Animating on twos means one drawing is held for two frames, so 12 drawings per second."),
        (0, "Key frames are drawn first by the lead animator."),
        (1, "In-betweeners draw the frames between the keys."),
    ]:
        paragraph = frame.add_paragraph()
        paragraph.text = text
        paragraph.level = level
    slide.notes_slide.notes_text_frame.text = "Show the Snow White (1937) clip here."

    slide = deck.slides.add_slide(title_only)
    slide.shapes.title.text = "Stop motion"
    box = slide.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(9), Inches(3))
    lines = [
        "Stop motion photographs a real object, moving it a little between each frame.",
        "Claymation uses plasticine models over a wire armature.",
        "Pixilation uses live actors posed frame by frame.",
    ]
    box.text_frame.text = lines[0]
    for text in lines[1:]:
        box.text_frame.add_paragraph().text = text
    group = slide.shapes.add_group_shape()
    label = group.shapes.add_textbox(Inches(0.5), Inches(5), Inches(4), Inches(0.5))
    label.text_frame.text = "An armature is the posable skeleton inside a puppet."

    deck.slides.add_slide(section_layout).shapes.title.text = "Digital animation"
    slide = deck.slides.add_slide(content_layout)
    slide.shapes.title.text = "Computer animation"
    frame = slide.placeholders[1].text_frame
    frame.text = "Tweening: the computer works out the in-between frames from the key frames."
    for level, text in [
        (0, "Rigging gives a 3D model a skeleton of joints that animators pose."),
        (0, "Motion capture records an actor's movements with markers and cameras."),
        (1, "The recorded motion is applied to a digital character's rig."),
        (0, "Rendering turns the 3D scene into finished 2D frames."),
    ]:
        paragraph = frame.add_paragraph()
        paragraph.text = text
        paragraph.level = level

    slide = deck.slides.add_slide(content_layout)
    slide.shapes.title.text = "The twelve principles"
    frame = slide.placeholders[1].text_frame
    frame.text = "Squash and stretch gives a sense of weight and flexibility."
    for text in [
        "Anticipation prepares the audience for a main action.",
        "Follow-through means loose parts keep moving after the body stops.",
        "Timing is the number of frames an action takes.",
    ]:
        frame.add_paragraph().text = text
    slide.notes_slide.notes_text_frame.text = (
        "The twelve principles come from Disney animators Ollie Johnston and Frank Thomas, "
        "published in The Illusion of Life in 1981."
    )
    slide = deck.slides.add_slide(title_only)
    slide.shapes.title.text = "The production pipeline"
    add_smartart(
        slide,
        [
            ("Storyboard", ["A comic-strip plan of every shot."]),
            ("Animatic", ["The storyboard timed to the soundtrack."]),
            ("Animation", []),
            ("Rendering", ["Each frame is computed from the 3D scene."]),
        ],
    )
    deck.slides.add_slide(title_only).shapes.title.text = "Any questions?"
    deck.save(HERE / "animation.pptx")


def add_smartart(slide, nodes: list[tuple[str, list[str]]]) -> None:
    """A SmartArt process diagram on `slide`, stored as PowerPoint stores one: a graphic frame
    pointing at a diagram data part of points and parent-of connections. python-pptx cannot
    draw SmartArt, so the data part is written here as the Office Open XML standard lays it out
    (the layout, style and colour parts PowerPoint adds only draw it)."""
    from lxml import etree
    from pptx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI

    dgm = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    points = ['<dgm:pt modelId="{D0}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>']
    links = []

    def node(key: str, text: str, parent: str, order: int) -> None:
        points.append(
            f'<dgm:pt modelId="{{{key}}}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/><dgm:t><a:bodyPr/>'
            f'<a:p><a:r><a:rPr lang="en-GB"/><a:t>{text}</a:t></a:r></a:p></dgm:t></dgm:pt>'
            f'<dgm:pt modelId="{{{key}P}}" type="parTrans" cxnId="{{{key}C}}"><dgm:prSet/><dgm:spPr/></dgm:pt>'
            f'<dgm:pt modelId="{{{key}S}}" type="sibTrans" cxnId="{{{key}C}}"><dgm:prSet/><dgm:spPr/></dgm:pt>'
            f'<dgm:pt modelId="{{{key}R}}" type="pres"><dgm:prSet presName="node"/><dgm:spPr/></dgm:pt>'
        )
        links.append(
            f'<dgm:cxn modelId="{{{key}C}}" srcId="{{{parent}}}" destId="{{{key}}}" srcOrd="{order}" '
            f'destOrd="0" parTransId="{{{key}P}}" sibTransId="{{{key}S}}"/>'
            f'<dgm:cxn modelId="{{{key}Q}}" type="presOf" srcId="{{{key}}}" destId="{{{key}R}}" srcOrd="0" destOrd="0"/>'
        )

    for index, (text, children) in enumerate(nodes):
        key = f"N{index}"
        node(key, text, "D0", index)
        for number, child in enumerate(children):
            node(f"{key}K{number}", child, key, number)
    data = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:dataModel xmlns:dgm="{dgm}" xmlns:a="{a}">'
        f"<dgm:ptLst>{''.join(points)}</dgm:ptLst><dgm:cxnLst>{''.join(links)}</dgm:cxnLst>"
        "<dgm:bg/><dgm:whole/></dgm:dataModel>"
    ).encode()
    part = Part(PackURI("/ppt/diagrams/data1.xml"), CONTENT_TYPE.DML_DIAGRAM_DATA, slide.part.package, data)
    rid = slide.part.relate_to(part, RELATIONSHIP_TYPE.DIAGRAM_DATA)
    frame = etree.fromstring(
        '<p:graphicFrame xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        f'xmlns:a="{a}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<p:nvGraphicFramePr><p:cNvPr id="40" name="Diagram 1"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>'
        '<p:xfrm><a:off x="457200" y="1600200"/><a:ext cx="8229600" cy="4525963"/></p:xfrm>'
        f'<a:graphic><a:graphicData uri="{dgm}"><dgm:relIds xmlns:dgm="{dgm}" r:dm="{rid}"/></a:graphicData></a:graphic>'
        "</p:graphicFrame>"
    )
    slide.shapes._spTree.append(frame)


def bicycle_xlsx() -> None:
    """A key-term workbook as Excel saves one: a bold header row with a third column, one sheet
    per era, a number column typed as numbers, and an empty default sheet left in."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheets = {
        "Early machines": [
            ("Term", "Definition", "Year"),
            ("Draisine", "a two-wheeled running machine with no pedals, pushed along by the rider's feet", 1817),
            ("Karl Drais", "the German inventor of the running machine", 1817),
            ("Velocipede", "a machine with pedals fixed to the front wheel's hub", 1860),
            ("Boneshaker", "the nickname of the velocipede, from its iron tyres on cobbled roads", 1869),
        ],
        "High wheelers": [
            ("Term", "Definition", "Year"),
            ("Penny-farthing", "a bicycle with a very large front wheel and a small rear wheel", 1871),
            ("Header", "a fall forwards over the handlebars of a high wheeler", None),
            ("James Starley", "the English engineer called the father of the bicycle industry", 1870),
        ],
        "Safety bicycle": [
            ("Term", "Definition", "Year"),
            ("Rover safety bicycle", "John Kemp Starley's chain-driven bicycle with two wheels of equal size", 1885),
            ("Pneumatic tyre", "an air-filled tyre, made practical for bicycles by John Boyd Dunlop", 1888),
            ("Diamond frame", "the frame of two triangles still used by most bicycles", 1890),
            ("Freewheel", "a mechanism that lets the rear wheel turn while the pedals stay still", 1898),
        ],
    }
    first = True
    for name, rows in sheets.items():
        sheet = book.active if first else book.create_sheet(name)
        sheet.title = name
        first = False
        for row in rows:
            sheet.append(list(row))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    book.create_sheet("Sheet4")
    book.save(HERE / "bicycle_terms.xlsx")


def animation_xlsx() -> None:
    """A glossary as a teacher types one into Sheets: one sheet, no header row, two columns,
    a blank row between groups and a question whose answer is in the next column."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    rows = [
        ("Frame rate", "the number of frames shown each second"),
        ("Onion skinning", "seeing faint copies of the previous and next drawings while drawing a frame"),
        ("Rotoscoping", "tracing over live-action film frame by frame"),
        (None, None),
        ("Zoetrope", "a spinning drum with slits that shows a strip of drawings as motion"),
        ("Persistence of vision", "the old explanation that the eye holds an image for a moment after it goes"),
        ("Who invented the rotoscope?", "Max Fleischer, in 1915"),
    ]
    for row in rows:
        sheet.append(list(row))
    book.save(HERE / "animation_glossary.xlsx")


def bicycle_pdf() -> None:
    """A handout as a word processor prints one to PDF: a large title, headings in a bigger
    bold font, bullets, wrapped paragraphs and a page number in the footer of each page."""
    from fpdf import FPDF

    class Handout(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 10, f"Page {self.page_no()}", align="C")

    pdf = Handout()
    pdf.set_creation_date(datetime.datetime(2026, 12, 7, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.cell(0, 12, "A Short History of the Bicycle", new_x="LMARGIN", new_y="NEXT")
    sections = [
        (
            "Running machines",
            [
                "In 1817 Karl Drais rode his running machine, the draisine, in Mannheim.",
                "It had two wheels in line and a steerable front wheel, but no pedals.",
            ],
            "Drais built it partly because a volcanic eruption in 1815 had caused crop failures and horses were expensive to feed.",
        ),
        (
            "Pedals and velocipedes",
            [
                "In the 1860s the Michaux workshop in Paris fitted pedals to the front wheel.",
                "These velocipedes were called boneshakers in Britain.",
            ],
            "",
        ),
        (
            "The high wheeler",
            [
                "The penny-farthing of the 1870s had a front wheel up to 1.5 metres across.",
                "A bigger front wheel went further with each turn of the pedals.",
                "Riders sat high above the wheel and could be thrown over the handlebars.",
            ],
            "",
        ),
        (
            "The safety bicycle",
            [
                "John Kemp Starley's Rover of 1885 had two wheels of similar size and a chain drive to the rear wheel.",
                "John Boyd Dunlop's pneumatic tyre of 1888 made riding far more comfortable.",
                "By the 1890s cycling was a craze, and bicycles gave many women a new freedom to travel.",
            ],
            "Susan B. Anthony said in 1896 that the bicycle had done more to emancipate women than anything else in the world.",
        ),
    ]
    for heading, points, paragraph in sections:
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 15)
        pdf.cell(0, 9, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        for point in points:
            pdf.multi_cell(0, 6, f"- {point}", new_x="LMARGIN", new_y="NEXT")
        if paragraph:
            pdf.ln(2)
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        if heading == "Pedals and velocipedes":
            pdf.add_page()
    pdf.output(str(HERE / "bicycle_history.pdf"))


def orchid_care_pdf() -> None:
    """A plain care sheet: one font size throughout, "Heading:" lines and numbered steps, as a
    PDF printed from a plain editor."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 12, 7, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    lines = [
        "Caring for a Moth Orchid",
        "",
        "Light:",
        "- Bright light but no direct midday sun, which scorches the leaves.",
        "- An east-facing windowsill is ideal.",
        "",
        "Watering:",
        "- Water about once a week, when the roots in the pot look silvery.",
        "- Green roots have enough water.",
        "- Never leave the pot standing in water, or the roots rot.",
        "",
        "Repotting:",
        "1. Repot every two years, after flowering.",
        "2. Use a bark-based orchid compost, never garden soil.",
        "3. Cut away dead, papery roots with clean scissors.",
    ]
    for line in lines:
        if line:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(4)
    pdf.output(str(HERE / "orchid_care.pdf"))


def animation_pdf() -> None:
    """A printed study guide: a running header on every page, "Page n of m" footers, two heading
    sizes under the title, and paragraphs wrapped at the page's width across page breaks."""
    from fpdf import FPDF

    class Guide(FPDF):
        def header(self) -> None:
            self.set_font("Times", "I", 9)
            self.cell(0, 8, "Media Studies - Animation Techniques study guide", align="R")
            self.ln(12)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Times", size=9)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Guide()
    pdf.set_creation_date(datetime.datetime(2026, 12, 7, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("Times", "B", 20)
    pdf.cell(0, 12, "Animation Techniques", new_x="LMARGIN", new_y="NEXT")
    parts = [
        ("Hand-drawn animation", [
            ("Cel animation", "In cel animation each character is painted onto a transparent celluloid sheet, so one painted background can be used for many frames while only the moving parts are redrawn. Studios used it from the 1910s until computers replaced it in the 1990s."),
            ("Limited animation", "Limited animation reuses drawings and moves only parts of a character, such as the mouth, to save money. Television studios such as Hanna-Barbera relied on it in the 1960s."),
        ]),
        ("Stop-motion animation", [
            ("Puppets and clay", "Stop-motion animators move a puppet a tiny amount, photograph it, and repeat, so that twenty-four photographs make one second of film. Aardman Animations made Wallace and Gromit with plasticine figures built over metal armatures."),
            ("Cut-out animation", "Cut-out animation moves flat shapes of paper or card under a camera. Lotte Reiniger used intricate silhouette cut-outs for The Adventures of Prince Achmed in 1926, the oldest surviving animated feature film."),
        ]),
        ("Digital animation", [
            ("Keyframes and interpolation", "A digital animator sets keyframes for a character's pose and the software interpolates the frames between them. Easing makes the motion speed up and slow down instead of moving at a constant rate, which looks mechanical."),
        ]),
    ]
    for part, sections in parts:
        pdf.ln(3)
        pdf.set_font("Times", "B", 16)
        pdf.cell(0, 10, part, new_x="LMARGIN", new_y="NEXT")
        for heading, text in sections:
            pdf.set_font("Times", "B", 13)
            pdf.cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Times", size=11)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        if part == "Hand-drawn animation":
            pdf.add_page()
    pdf.output(str(HERE / "animation_guide.pdf"))


def orchid_ods() -> None:
    """A workbook saved by LibreOffice Calc as .ods (needs `soffice`; skipped without it): a
    bold header naming a third column, a sheet with no header, and a sheet of questions.
    LibreOffice writes the empty rows below each sheet's last as one row repeated a million
    times, as every real .ods has."""
    import shutil
    import subprocess
    import tempfile

    from openpyxl import Workbook
    from openpyxl.styles import Font

    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: orchid_genera.ods left as it is")
        return
    book = Workbook()
    genera = book.active
    genera.title = "Genera"
    for row in [
        ("Genus", "Growth habit", "Native to"),
        ("Phalaenopsis", "epiphyte with broad, flat leaves and no pseudobulbs", "South-east Asia"),
        ("Cattleya", "epiphyte with large pseudobulbs and showy scented flowers", "Central and South America"),
        ("Ophrys", "terrestrial orchid whose lip mimics a female insect", "Europe and the Mediterranean"),
        ("Vanilla", "climbing vine whose seed pods give the spice vanilla", "Mexico"),
    ]:
        genera.append(list(row))
    for cell in genera[1]:
        cell.font = Font(bold=True)
    parts = book.create_sheet("Parts of the flower")
    for row in [
        ("Sepal", "one of the three outer parts that protect the bud"),
        ("Labellum", "the enlarged lower petal, also called the lip"),
        ("Pollinium", "a sticky mass of pollen grains carried away whole by a pollinator"),
        ("Spur", "a hollow tube behind the lip that holds nectar"),
    ]:
        parts.append(list(row))
    quiz = book.create_sheet("Quiz")
    quiz.append(["What kind of fungus must an orchid seed meet to germinate?", "a mycorrhizal fungus"])
    quiz.append(["Which orchid gives us a spice?", "Vanilla"])
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "orchid_genera.xlsx"
        book.save(source)
        subprocess.run(
            [soffice, "--headless", "--convert-to", "ods", "--outdir", folder, str(source)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.copy(Path(folder) / "orchid_genera.ods", HERE / "orchid_genera.ods")


def libreoffice_copies() -> None:
    """Files as LibreOffice writes them (needs `soffice` with Impress and Writer; skipped
    without it): the orchids slides saved again as .pptx, both decks of slides exported as PDF
    (slides shared as a PDF), and a Word handout on bicycle design printed to PDF by Writer
    (justified paragraphs, Symbol-font bullets, a table, a page header and page-number footer)."""
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: the LibreOffice copies are left as they are")
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copy(HERE / "orchids.pptx", work / "orchids_libreoffice.pptx")
        shutil.copy(HERE / "animation.pptx", work / "animation_slides.pptx")
        shutil.copy(HERE / "orchids.pptx", work / "orchids_slides.pptx")
        bicycle_docx(work / "bicycle_design.docx")
        out = work / "out"
        for target, name in [
            ("pptx", "orchids_libreoffice.pptx"),
            ("pdf", "animation_slides.pptx"),
            ("pdf", "orchids_slides.pptx"),
            ("pdf", "bicycle_design.docx"),
        ]:
            subprocess.run(
                [soffice, "--headless", "--convert-to", target, "--outdir", str(out), str(work / name)],
                check=True,
                capture_output=True,
                timeout=300,
            )
        made = ("orchids_libreoffice.pptx", "animation_slides.pdf", "orchids_slides.pdf")
        for name in (*made, "bicycle_design.pdf"):
            shutil.copy(out / name, HERE / name)


def bicycle_docx(path: Path) -> None:
    """A Word handout with a header, a page-number field in the footer, a Title, two heading
    levels, bullets, justified paragraphs and a table whose cells wrap (printed to PDF by
    `libreoffice_copies`)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Design & Technology: The Bicycle"
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = footer.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        element = OxmlElement("w:fldChar" if kind else "w:instrText")
        if kind:
            element.set(qn("w:fldCharType"), kind)
        else:
            element.text = text
        run._r.append(element)

    def paragraph(text: str) -> None:
        doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    doc.add_heading("How the Bicycle Changed", 0)
    doc.add_heading("Materials and frames", 1)
    paragraph(
        "Early velocipedes had heavy frames of wrought iron and wooden wheels with iron tyres, "
        "which is why riders in Britain called them boneshakers. By the 1880s makers had switched "
        "to hollow steel tubing, which is much lighter for the same strength, and in the twentieth "
        "century aluminium, titanium and carbon fibre followed."
    )
    doc.add_heading("Key developments", 2)
    for text in [
        "The chain drive let the rider turn the rear wheel through gears instead of pedalling the front wheel directly.",
        "The tension-spoked wheel, patented by William Stanley Hillman and James Starley in 1874, made wheels light and strong.",
        "Ball bearings reduced friction at the hubs and pedals.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("Bicycles and society", 1)
    paragraph(
        "In the 1890s the bicycle boom gave ordinary workers cheap, independent transport for the "
        "first time, so people could live further from the factories where they worked."
    )
    paragraph(
        "Cycling clubs campaigned for better road surfaces before there were many cars, and the "
        "Roads Improvement Association was founded in Britain in 1886 with their support."
    )
    paragraph(
        "Long skirts caught in the chain, so the loose trousers called bloomers became a symbol "
        "of the new woman of the 1890s."
    )
    doc.add_heading("Parts of a bicycle", 2)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for term, meaning in [
        ("Part", "What it does"),
        ("Derailleur", "moves the chain from one sprocket to another to change gear"),
        ("Bottom bracket", "the bearing that lets the crank arms and pedals turn"),
        ("Fork", "holds the front wheel and turns with the handlebars to steer"),
    ]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = term, meaning
    doc.add_page_break()
    doc.add_heading("Racing", 1)
    paragraph(
        "The first Tour de France was held in 1903 and was organised by the newspaper L'Auto to "
        "sell more copies. Maurice Garin won it, riding about 2,400 kilometres in six stages."
    )
    doc.save(path)


def _bulleted(slide, lines: list[tuple[int, str]]) -> None:
    """The body placeholder's bullets, a `**term**` at the start of a line in bold."""
    frame = slide.placeholders[1].text_frame
    for index, (level, text) in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.level = level
        if text.startswith("**"):
            term, rest = text[2:].split("**", 1)
            run = paragraph.add_run()
            run.text, run.font.bold = term, True
            paragraph.add_run().text = rest
        else:
            paragraph.text = text


PERFUME_SLIDES = [
    ("Raw materials", [
        (0, "**Essential oils** are distilled from flowers, leaves, bark and peel."),
        (1, "It takes about 4,000 kg of Damask rose petals to make 1 kg of rose oil."),
        (0, "**Absolutes** are extracted with solvents from delicate flowers such as jasmine."),
        (0, "Ambergris comes from sperm whales; most perfumers now use synthetic Ambroxan."),
    ]),
    ("Extraction methods", [
        (0, "**Steam distillation**: steam carries the volatile oils out of lavender or rose."),
        (0, "**Expression**: citrus peel is pressed to release bergamot, lemon and orange oils."),
        (0, "**Enfleurage**: petals are laid on cold fat, which absorbs their scent over weeks."),
    ]),
    ("The fragrance pyramid", [
        (0, "**Top notes** are smelt first and fade within about 15 minutes (bergamot, lemon)."),
        (0, "**Heart notes** last several hours (rose, jasmine, lavender)."),
        (0, "**Base notes** fix the scent and last all day (sandalwood, vanilla, musk)."),
    ]),
    ("Concentrations", [
        (0, "Parfum (extrait) holds 20–30% aromatic compounds."),
        (0, "Eau de parfum holds 15–20%; eau de toilette 5–15%; eau de Cologne 2–4%."),
        (0, "Perfume is diluted in ethanol and left to mature for several weeks."),
    ]),
]

FOSSIL_SLIDES = [
    ("How fossils form", [
        (0, "The animal is buried quickly in mud, sand or volcanic ash."),
        (0, "**Permineralisation**: minerals fill the pores of bone and shell."),
        (0, "A **trace fossil** records behaviour: footprints, burrows, coprolites."),
    ]),
    ("Early fossil hunters", [
        (0, "Mary Anning found the first complete Ichthyosaurus at Lyme Regis."),
        (0, "William Buckland named Megalosaurus in 1824, the first dinosaur named."),
        (0, "Gideon Mantell named Iguanodon in 1825 from its teeth."),
    ]),
    ("Dating fossils", [
        (0, "Radiometric dating of volcanic ash above and below a fossil brackets its age."),
        (0, "The Cretaceous ended 66 million years ago with the Chicxulub impact."),
    ]),
]


def perfume_pptx() -> None:
    """A perfume-making lesson as PowerPoint makes one: a Title Slide (title and subtitle) and
    title-and-content slides with bold key terms (also exported as PDF: `slide_pdfs`)."""
    from pptx import Presentation

    deck = Presentation()
    cover = deck.slides.add_slide(deck.slide_layouts[0])
    cover.shapes.title.text = "The Art of Perfume Making"
    cover.placeholders[1].text = "Y10 Chemistry club – session 3"
    for title, lines in PERFUME_SLIDES:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        _bulleted(slide, lines)
    deck.save(HERE / "perfume.pptx")


def fossils_pptx() -> None:
    """Slides on fossils whose first slide is laid out by hand, as Canva or a teacher does: a
    blank slide with the title typed in a big text box and a smaller one under it, no title
    placeholder; the other slides are title-and-content ones."""
    from pptx import Presentation
    from pptx.util import Inches, Pt

    deck = Presentation()
    cover = deck.slides.add_slide(deck.slide_layouts[6])  # Blank
    for text, size, top in (("Dinosaurs and Fossils", 48, 2.5), ("Year 8 Science", 24, 4.0)):
        box = cover.shapes.add_textbox(Inches(1), Inches(top), Inches(8), Inches(1.2))
        run = box.text_frame.paragraphs[0].add_run()
        run.text, run.font.size = text, Pt(size)
    for title, lines in FOSSIL_SLIDES:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        _bulleted(slide, lines)
    deck.save(HERE / "fossils.pptx")


def bridge_terms() -> None:
    """A bridges key-term workbook with a hidden sheet of the teacher's test answers, saved by
    openpyxl as .xlsx and by LibreOffice Calc as .ods (needs `soffice` for the .ods): Calc's Hide
    Sheet writes `table:display="false"` on the sheet's table style."""
    import shutil
    import subprocess
    import tempfile

    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    terms = book.active
    terms.title = "Key terms"
    for row in [
        ("Term", "Meaning"),
        ("Abutment", "the support at each end of a bridge that takes the thrust of an arch"),
        ("Pier", "an intermediate support between the abutments"),
        ("Cantilever", "a beam fixed at one end only"),
        ("Truss", "a frame of triangles whose members are in pure tension or compression"),
        ("Anchorage", "the block in the ground that holds a suspension bridge's main cables"),
    ]:
        terms.append(list(row))
    for cell in terms[1]:
        cell.font = Font(bold=True)
    answers = book.create_sheet("Test answers")
    answers.append(["Q1", "Tacoma Narrows Bridge"])
    answers.append(["Q2", "aeroelastic flutter"])
    answers.sheet_state = "hidden"
    book.save(HERE / "bridge_terms.xlsx")
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: bridge_terms.ods left as it is")
        return
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [soffice, "--headless", "--convert-to", "ods", "--outdir", folder, str(HERE / "bridge_terms.xlsx")],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.copy(Path(folder) / "bridge_terms.ods", HERE / "bridge_terms.ods")


def slide_pdfs() -> None:
    """perfume.pptx and fossils.pptx exported as PDF by LibreOffice Impress (needs `soffice`)."""
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: the slide PDFs are left as they are")
        return
    with tempfile.TemporaryDirectory() as folder:
        for name in ("perfume", "fossils"):
            shutil.copy(HERE / f"{name}.pptx", Path(folder) / f"{name}_slides.pptx")
            subprocess.run(
                [soffice, "--headless", "--convert-to", "pdf", "--outdir", folder,
                 str(Path(folder) / f"{name}_slides.pptx")],
                check=True,
                capture_output=True,
                timeout=300,
            )
            shutil.copy(Path(folder) / f"{name}_slides.pdf", HERE / f"{name}_slides.pdf")


if __name__ == "__main__":
    import sys

    if len(sys.argv) > 1:  # only the samples named: `make_office_samples.py perfume_pptx`
        for name in sys.argv[1:]:
            globals()[name]()
        raise SystemExit(0)
    orchids_pptx()
    animation_pptx()
    bicycle_xlsx()
    animation_xlsx()
    bicycle_pdf()
    orchid_care_pdf()
    animation_pdf()
    orchid_ods()
    libreoffice_copies()
    perfume_pptx()
    fossils_pptx()
    slide_pdfs()
    bridge_terms()
