"""Files the platform builds for people (certificate ZIPs, readiness exports): shared by the apps
above, which differ in what they write but not in how a finished file is stored or made safe."""

from __future__ import annotations

from django.core.files import File
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.fields.files import FieldFile

#: A cell starting with one of these is a formula to a spreadsheet (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value) -> str:
    """The cell's text, with a quote in front when a spreadsheet would read it as a formula."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def store_finished_file(running: QuerySet, field_file: FieldFile, folder: str, name: str, scratch, **fields) -> bool:
    """Store the built file and mark the row finished with `fields`; False when the row is no longer
    running (`running` selects it only while it is).

    Two runs of one build at once (a duplicate delivery, a redelivery while the first run still
    works) both get here with the same file name: under the row lock one writes the file and
    finishes, the other finds the row finished and leaves the file alone.
    """
    with transaction.atomic():
        if running.select_for_update().first() is None:
            return False  # finished by the other run, or replaced while we worked
        storage = field_file.storage
        for old in {field_file.name, f"{folder}/{name}"} - {""}:
            if storage.exists(old):
                storage.delete(old)
        field_file.save(name, File(scratch, name=name), save=False)
        running.update(file=field_file.name, **fields)
    return True
