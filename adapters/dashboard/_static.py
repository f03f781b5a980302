"""The dashboard's stylesheet and script, served from memory (no build step, nothing to download).

Colours are chosen for contrast (text on every band passes WCAG AA); the script only adds sorting to
tables marked `sortable`, so every page reads the same with JavaScript off.
"""

from __future__ import annotations

CSS = """
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --link: #0b4f9c; }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: #fff; margin: 0 auto;
  max-width: 72rem; padding: 0 1rem 3rem; }
a { color: var(--link); }
a:focus, button:focus, th button:focus { outline: 3px solid #f9a825; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
header nav ul { list-style: none; display: flex; gap: 1.5rem; padding: 0; margin: 0; }
header nav a[aria-current="page"] { font-weight: bold; text-decoration: none; }
.mode, .period { color: var(--muted); }
table { border-collapse: collapse; margin: 1rem 0; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #bbb; padding: .3rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f5; }
th button { font: inherit; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
.scroll { overflow-x: auto; }
.heatmap td { text-align: center; min-width: 3.5rem; }
td.good { background: #c8e6c9; color: #0f3d12; }
td.fair { background: #fff3c4; color: #4a3700; }
td.poor { background: #ffcdd2; color: #6b0b0b; }
td.none { background: #eeeeee; color: #4a4a4a; }
svg.chart { max-width: 42rem; width: 100%; height: auto; font: 13px system-ui, sans-serif; }
svg.chart text { fill: var(--ink); }
g.good rect { fill: #2e7d32; } g.fair rect { fill: #b26a00; } g.poor rect { fill: #c62828; }
form { display: inline; }
button[type="submit"] { font: inherit; padding: .2rem .6rem; }
.error { background: #ffcdd2; color: #6b0b0b; padding: 1rem; border-radius: .3rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
"""

JS = """
// Sorting for tables marked "sortable": each column heading becomes a button.
document.querySelectorAll("table.sortable").forEach((table) => {
  table.querySelectorAll("thead th").forEach((heading, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = heading.textContent;
    button.setAttribute("aria-label", "Sort by " + heading.textContent);
    heading.textContent = "";
    heading.appendChild(button);
    let ascending = true;
    button.addEventListener("click", () => {
      const body = table.tBodies[0];
      const rows = Array.from(body.rows);
      const key = (row) => row.cells[column].textContent.trim();
      rows.sort((a, b) => {
        const x = parseFloat(key(a)), y = parseFloat(key(b));
        const order = !isNaN(x) && !isNaN(y) ? x - y : key(a).localeCompare(key(b));
        return ascending ? order : -order;
      });
      ascending = !ascending;
      table.querySelectorAll("thead th").forEach((th) => th.removeAttribute("aria-sort"));
      heading.setAttribute("aria-sort", ascending ? "descending" : "ascending");
      rows.forEach((row) => body.appendChild(row));
    });
  });
});
"""
