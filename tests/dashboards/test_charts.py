"""The SVG charts: valid SVG in a Dutch page (no decimal commas in coordinates), numbers written on
every cell and bar, and text that keeps a 4.5:1 contrast on its colour."""

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from dashboards import charts

SVG = "{http://www.w3.org/2000/svg}"
NUMERIC = {"x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height"}


def _svg(template: str, chart: dict) -> ET.Element:
    with translation.override("nl"):
        html = render_to_string(f"dashboards/charts/{template}", {"chart": chart, "id": "t", "title": "Titel"})
    start, end = html.index("<svg"), html.index("</svg>") + len("</svg>")
    return ET.fromstring(html[start:end])  # noqa: S314  (our own template output)


def _check_numbers(root: ET.Element) -> None:
    for element in root.iter():
        for name, value in element.attrib.items():
            if name in NUMERIC:
                float(value)  # "97,0" would fail here


def test_heatmap_writes_every_percentage_and_marks_empty_cells():
    chart = charts.heatmap(
        ["Team Noord", "Team Zuid"],
        ["M01", "M02"],
        [[{"percent": 92.3, "met": 12, "total": 13}, None], [{"percent": 10.0, "met": 1, "total": 10}, None]],
    )
    root = _svg("heatmap.html", chart)
    _check_numbers(root)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert {"92%", "10%", "–", "M01", "Team Noord"} <= set(texts)
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert "Team Noord, M01: 92% (12 van 13)" in titles and "Team Zuid, M02: niet vereist" in titles


def test_line_chart_coordinates_survive_the_dutch_locale():
    points = [{"month": date(2026, m, 1), "percent": 10.0 + m * 3.3} for m in range(1, 12)]
    points.append({"month": date(2026, 12, 2), "percent": 50.5, "current": True})
    root = _svg("line.html", charts.line(points))
    _check_numbers(root)
    path = next(root.iter(f"{SVG}path")).attrib["d"]
    assert path.startswith("M") and "," in path and path.count("L") == 11
    assert list(root.iter(f"{SVG}circle"))[-1].attrib["r"] == "6"  # today stands out


def test_bars_write_their_value():
    root = _svg(
        "bars.html", charts.bars([{"label": "Onderzoeker", "percent": 33.4}, {"label": "Jurist", "percent": None}])
    )
    _check_numbers(root)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "33%" in texts and "–" in texts


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("lower, fill, text", charts.BINS)
def test_every_bin_keeps_text_readable(lower, fill, text):
    light, dark = sorted((_luminance(fill), _luminance(text)), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5, (fill, text)
