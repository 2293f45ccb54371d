"""Geometry for the server-rendered SVG charts (templates in dashboards/charts/ draw them).

Pure functions from figures to shapes, so the web page and the PDF report draw the same picture
and tests can check it without a browser. Every chart also has a table with the same numbers;
colour is never the only carrier: each cell and bar has its number written on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.formats import date_format
from django.utils.translation import gettext as _

#: (lower bound %, fill, text colour). Blue–orange stays distinguishable with the common forms of
#: colour blindness; every text colour has a contrast of at least 4.5:1 on its fill.
BINS = (
    (90, "#0b5160", "#ffffff"),
    (75, "#4f9fab", "#17212b"),
    (50, "#c3e4e8", "#17212b"),
    (25, "#f5c9a5", "#17212b"),
    (0, "#e8925a", "#17212b"),
)
EMPTY_FILL = "#ffffff"


def colours(percent: float | None) -> tuple[str, str]:
    if percent is None:
        return EMPTY_FILL, "#4a5568"
    for lower, fill, text in BINS:
        if percent >= lower:
            return fill, text
    return BINS[-1][1], BINS[-1][2]


def legend() -> list[dict]:
    labels = ["90–100%", "75–89%", "50–74%", "25–49%", "0–24%"]
    return [{"label": label, "fill": fill, "text": text} for label, (_l, fill, text) in zip(labels, BINS, strict=True)]


@dataclass
class HeatCell:
    x: int
    y: int
    fill: str
    text_colour: str
    label: str
    title: str


def heatmap(row_labels: list[str], column_labels: list[str], values: list[list[dict | None]]) -> dict:
    """`values[r][c]` is {"percent", "met", "total"} or None (nothing required there)."""
    left, top, cell_w, cell_h = 210, 44, 66, 34
    cells = []
    for r, (row_label, row) in enumerate(zip(row_labels, values, strict=True)):
        for c, value in enumerate(row):
            percent = value["percent"] if value else None
            fill, text = colours(percent)
            label = f"{percent:.0f}%" if percent is not None else "–"
            if value:
                title = _("%(row)s, %(column)s: %(label)s (%(met)s van %(total)s)") % {
                    "row": row_label,
                    "column": column_labels[c],
                    "label": label,
                    "met": value["met"],
                    "total": value["total"],
                }
            else:
                title = _("%(row)s, %(column)s: niet vereist") % {"row": row_label, "column": column_labels[c]}
            cells.append(HeatCell(left + c * cell_w, top + r * cell_h, fill, text, label, title))
    return {
        "width": left + max(len(column_labels), 1) * cell_w + 4,
        "height": top + max(len(row_labels), 1) * cell_h + 4,
        "cell_w": cell_w,
        "cell_h": cell_h,
        "cells": cells,
        "rows": [{"label": label, "y": top + r * cell_h + cell_h // 2 + 5} for r, label in enumerate(row_labels)],
        "columns": [{"label": label, "x": left + c * cell_w + cell_w // 2} for c, label in enumerate(column_labels)],
        "legend": legend(),
    }


def bars(items: list[dict], *, value_key: str = "percent", label_key: str = "label") -> dict:
    """Horizontal bars 0–100 % with the value written after each bar."""
    left, bar_max, bar_h, gap = 230, 300, 22, 10
    shapes = []
    for index, item in enumerate(items):
        value = item.get(value_key)
        y = 8 + index * (bar_h + gap)
        fill, _text = colours(value)
        shapes.append(
            {
                "label": item[label_key],
                "y": y,
                "text_y": y + bar_h - 6,
                "width": 0 if value is None else max(2, round(bar_max * value / 100)),
                "fill": fill,
                "value": "–" if value is None else f"{value:.0f}%",
                "value_x": left + (0 if value is None else max(2, round(bar_max * value / 100))) + 8,
            }
        )
    return {
        "width": left + bar_max + 60,
        "height": 8 + len(items) * (bar_h + gap),
        "left": left,
        "bar_h": bar_h,
        "bars": shapes,
    }


def line(points: list[dict]) -> dict:
    """A 0–100 % line through monthly points {"month": date, "percent": float | None}."""
    left, top, width, height = 44, 12, 560, 170
    usable = [p for p in points if p["percent"] is not None]
    step = width / max(len(points) - 1, 1)
    coords = []
    for index, point in enumerate(points):
        if point["percent"] is None:
            continue
        x = round(left + index * step, 1)
        y = round(top + height - height * point["percent"] / 100, 1)
        coords.append({"x": x, "y": y, "label": f"{point['percent']:.0f}%", "current": point.get("current", False)})
    return {
        "width": left + width + 30,
        "height": top + height + 40,
        "path": " ".join(("M" if i == 0 else "L") + f"{c['x']},{c['y']}" for i, c in enumerate(coords)),
        "points": coords,
        "grid": [
            {"y": round(top + height - height * value / 100, 1), "label": f"{value}%"} for value in (0, 25, 50, 75, 100)
        ],
        "months": [
            {"x": round(left + index * step, 1), "label": _month_label(point["month"], point.get("current", False))}
            for index, point in enumerate(points)
        ],
        "axis_y": top + height,
        "left": left,
        "right": left + width,
        "has_data": bool(usable),
    }


def _month_label(day: date, current: bool) -> str:
    return _("nu") if current else date_format(day, "M ’y")
