"""The region's readiness report as a PDF: a pure function from a context to bytes, so tests call it
directly and the monthly mail and the on-demand download make the same document.

The charts are the dashboard's own server-side SVG (dashboards.charts and the chart templates),
inlined in the HTML; WeasyPrint draws them as vectors. Rendering reuses the certificates' safe
fetcher (no network, project assets only) and their per-thread font configuration, and writes a
tagged PDF/UA-1 document in Dutch.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML

from certificates.pdf import AssetsOnlyFetcher, _font_config
from dashboards import charts


def chart_context(data: dict) -> dict:
    """The geometry of the dashboard's charts for `selectors.region_dashboard` data: the web page
    and the PDF report draw the same pictures from it."""
    heat = charts.heatmap(
        [row["label"] for row in data["heat_rows"]],
        [course.code or course.title for course in data["heat_columns"]],
        [row["cells"] for row in data["heat_rows"]],
    )
    return {
        "heat": heat,
        "function_bars": charts.bars(data["by_function"]),
        "background_bars": charts.bars(data["by_background"]),
        "competence_bars": charts.bars(
            [{"label": f"{c['code']} {c['name']}", "percent": c["percent"]} for c in data["competences"]]
        ),
        "trend_chart": charts.line(data["trend"]) if data["trend"] else None,
    }


def render_region_report(context: dict) -> bytes:
    """`context` is `selectors.region_report(region)`. Returns the PDF bytes."""
    with translation.override("nl"):
        html = render_to_string("dashboards/pdf/region_report.html", {**context, **chart_context(context)})
    base_url = Path(settings.STATICFILES_DIRS[0]).resolve().as_uri() + "/"
    return HTML(string=html, base_url=base_url, url_fetcher=AssetsOnlyFetcher()).write_pdf(
        pdf_variant="pdf/ua-1", font_config=_font_config()
    )


def report_file_name(context: dict) -> str:
    return f"gereedheid-{context['region'].slug}-{context['today'].isoformat()}.pdf"
