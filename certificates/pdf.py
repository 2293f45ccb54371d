"""The certificate as a PDF: a pure function from a context to bytes, so tests call it directly.

WeasyPrint renders a Django template to a tagged PDF/UA-1 document (real text, language nl). It may
fetch nothing from the network and no file outside the project's own static assets: the QR code is
inlined as a data: URI and the fetcher refuses everything else, so a hostile name or logo URL in the
content cannot make the server fetch anything.
"""

from __future__ import annotations

import threading
from pathlib import Path

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

_local = threading.local()


def _font_config() -> FontConfiguration:
    """One font configuration per thread, reused: a new one per document leaked about 0.2 MiB a
    render (1,200 renders: 203 → 448 MiB); reused, memory stays flat and renders are faster.
    Per thread, because Pango's font map is not meant to be shared between threads."""
    if not hasattr(_local, "font_config"):
        _local.font_config = FontConfiguration()
    return _local.font_config


class AssetsOnlyFetcher(URLFetcher):
    """Allows data: URIs and files under the project's static directories; refuses the rest."""

    def __init__(self, **kwargs):
        super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False, **kwargs)
        self.refused: list[str] = []
        self.roots = [Path(p).resolve() for p in settings.STATICFILES_DIRS]

    def fetch(self, url, headers=None):
        if url.startswith("file://"):
            path = Path(url.removeprefix("file://").split("?")[0]).resolve()
            if not any(path.is_relative_to(root) for root in self.roots):
                self.refused.append(url)
                raise ValueError(f"not a project asset: {url}")
        elif not url.startswith("data:"):
            self.refused.append(url)
            raise ValueError(f"refused: {url}")
        return super().fetch(url, headers)


def qr_data_uri(url: str) -> str:
    """The verification URL as a QR code (SVG), error correction M, dark on white."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=2)


def render_certificate_pdf(context: dict, *, fetcher: AssetsOnlyFetcher | None = None) -> bytes:
    """`context` holds the certificate's copied fields plus `verification_url`; see
    certificates.selectors.pdf_context. Returns the PDF bytes."""
    fetcher = fetcher or AssetsOnlyFetcher()
    with translation.override("nl"):
        html = render_to_string(
            "certificates/pdf/certificate.html", {**context, "qr": qr_data_uri(context["verification_url"])}
        )
    base_url = Path(settings.STATICFILES_DIRS[0]).resolve().as_uri() + "/"
    return HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf(
        pdf_variant="pdf/ua-1", font_config=_font_config()
    )


def render_overview_pdf(context: dict) -> bytes:
    """One person's certificates and accreditation points, for re-registration (SKJ, BIG)."""
    with translation.override("nl"):
        html = render_to_string("certificates/pdf/overview.html", context)
    base_url = Path(settings.STATICFILES_DIRS[0]).resolve().as_uri() + "/"
    return HTML(string=html, base_url=base_url, url_fetcher=AssetsOnlyFetcher()).write_pdf(
        pdf_variant="pdf/ua-1", font_config=_font_config()
    )
