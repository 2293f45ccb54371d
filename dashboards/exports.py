"""The readiness export as a file: rows from `selectors.export_rows` in, CSV or Excel out.

Pure writers over a binary file handle, so the service streams rows from the database into a
temporary file without holding the region in memory, and tests can read the result back.
Both formats carry the same columns; text a spreadsheet could take for a formula stays text.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import IO

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dashboards.models import ExportFormat, RequirementSource
from organisations.files import spreadsheet_safe
from organisations.models import Background

#: Column headings and Excel widths in characters.
COLUMNS = (
    (gettext_lazy("Regio"), 22),
    (gettext_lazy("Team"), 26),
    (gettext_lazy("Functie"), 22),
    (gettext_lazy("Achtergrond"), 28),
    (gettext_lazy("Naam"), 30),
    (gettext_lazy("E-mailadres"), 34),
    (gettext_lazy("Cursuscode"), 12),
    (gettext_lazy("Cursus"), 40),
    (gettext_lazy("Bron"), 12),
    (gettext_lazy("Deadline"), 12),
    (gettext_lazy("Status"), 26),
    (gettext_lazy("Certificaat geldig tot"), 20),
)

CONTENT_TYPES = {
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def headings() -> list[str]:
    return [str(label) for label, _width in COLUMNS]


def status_labels() -> dict[str, str]:
    return {
        "met": _("Gereed"),
        "expiring": _("Gereed, verloopt binnen 90 dagen"),
        "overdue": _("Deadline verstreken"),
        "in_progress": _("Bezig"),
        "not_started": _("Niet begonnen"),
    }


class RowFormatter:
    """Turns a tuple of `selectors.EXPORT_FIELDS` into the export's cells (labels in the active
    language; dates stay dates, each writer formats them)."""

    def __init__(self) -> None:
        self.statuses = status_labels()
        self.backgrounds = {value: str(label) for value, label in Background.choices}
        self.sources = {value: str(label) for value, label in RequirementSource.choices}

    def __call__(self, row: tuple) -> list:
        region, team, function, background, first_name, last_name, email = row[:7]
        code, title, source, deadline, status, until = row[7:]
        return [
            region,
            team or "",
            function or "",
            self.backgrounds.get(background, background),
            f"{first_name} {last_name}".strip(),
            email,
            code or "",
            title,
            self.sources.get(source, source),
            deadline,
            self.statuses[status],
            until,
        ]


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return spreadsheet_safe(value)


class CsvWriter:
    """UTF-8 with a byte-order mark and semicolons, so Dutch Excel opens it in columns with the
    accents intact."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.text, delimiter=";", lineterminator="\r\n")
        self.writer.writerow(headings())

    def write(self, cells: list) -> None:
        self.writer.writerow([csv_cell(value) for value in cells])

    def close(self) -> None:
        self.text.flush()
        # Leave the binary handle open for the caller, who stores it.
        self.text.detach()


class XlsxWriter:
    """openpyxl in write-only mode: rows go to a temporary file as they come, memory stays flat.
    Header in bold and frozen, fixed column widths, dates as dates."""

    def __init__(self, handle: IO[bytes]) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self.handle = handle
        self.workbook = Workbook(write_only=True)
        self.sheet = self.workbook.create_sheet(_("Gereedheid"))
        self.cell = WriteOnlyCell
        # In write-only mode, widths and panes must be set before the first row is written.
        for index, (_name, width) in enumerate(COLUMNS, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        self.sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for text in headings():
            cell = WriteOnlyCell(self.sheet, value=text)
            cell.font = bold
            header.append(cell)
        self.sheet.append(header)

    def write(self, cells: list) -> None:
        row = []
        for value in cells:
            if isinstance(value, date):
                cell = self.cell(self.sheet, value=value)
                cell.number_format = "DD-MM-YYYY"
            elif isinstance(value, str) and value.startswith("="):
                # openpyxl stores text starting with "=" as a formula; typed as text it stays text.
                cell = self.cell(self.sheet, value=value)
                cell.data_type = "s"
            else:
                cell = value
            row.append(cell)
        self.sheet.append(row)

    def close(self) -> None:
        self.workbook.save(self.handle)


def writer_for(format: str, handle: IO[bytes]) -> CsvWriter | XlsxWriter:
    return XlsxWriter(handle) if format == ExportFormat.XLSX else CsvWriter(handle)
