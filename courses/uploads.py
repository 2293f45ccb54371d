"""Checks on documents that trainers upload in the CMS (worksheets, handouts).

Wagtail checks a document's extension against WAGTAILDOCS_EXTENSIONS, and its size against
WAGTAILDOCS_MAX_UPLOAD_SIZE, but not whether the content is what the extension promises: an
executable or an HTML page renamed to .pdf would be stored and offered to every learner as a PDF.
This form (WAGTAILDOCS_DOCUMENT_FORM_BASE) looks at the bytes. Wagtail uses it for the single upload,
the multiple uploader and the chooser's upload tab alike.

Images need nothing here: Wagtail's own image field opens each upload with Willow and refuses a
format that does not match its extension, and SVG is left out of WAGTAILIMAGES_EXTENSIONS.
"""

from __future__ import annotations

import codecs
import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.documents.forms import BaseDocumentForm

#: The member that only a real document of that kind has (Office Open XML keeps its main part
#: there; a plain ZIP renamed to .docx lacks it).
OOXML_PARTS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
ODF_MIMETYPES = {"odt": b"application/vnd.oasis.opendocument.text"}
#: PDF readers accept the header anywhere in the first kilobyte.
PDF_HEADER_WINDOW = 1024
TEXT_CHUNK = 64 * 1024


def _head(upload, size: int) -> bytes:
    upload.seek(0)
    data = upload.read(size)
    upload.seek(0)
    return data


def _is_pdf(upload) -> bool:
    return b"%PDF-" in _head(upload, PDF_HEADER_WINDOW)


def _open_zip(upload) -> zipfile.ZipFile | None:
    if not _head(upload, 4).startswith(b"PK\x03\x04"):
        return None
    try:
        return zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def _is_ooxml(upload, extension: str) -> bool:
    archive = _open_zip(upload)
    try:
        return archive is not None and OOXML_PARTS[extension] in archive.namelist()
    finally:
        upload.seek(0)


def _is_odf(upload, extension: str) -> bool:
    archive = _open_zip(upload)
    try:
        if archive is None or "mimetype" not in archive.namelist():
            return False
        # The mimetype member is a few dozen bytes; reading a bounded amount keeps a crafted
        # archive from making us inflate a large member.
        with archive.open("mimetype") as member:
            return member.read(200).strip() == ODF_MIMETYPES[extension]
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return False
    finally:
        upload.seek(0)


def _is_text(upload) -> bool:
    """UTF-8 throughout (a BOM is fine) and no NUL bytes, which no text file contains."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    upload.seek(0)
    try:
        for chunk in iter(lambda: upload.read(TEXT_CHUNK), b""):
            if b"\x00" in chunk:
                return False
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        upload.seek(0)
    return True


def content_matches_extension(upload, extension: str) -> bool:
    """Whether the bytes of `upload` are a document of type `extension` (one of WAGTAILDOCS_EXTENSIONS)."""
    if extension == "pdf":
        return _is_pdf(upload)
    if extension in OOXML_PARTS:
        return _is_ooxml(upload, extension)
    if extension in ODF_MIMETYPES:
        return _is_odf(upload, extension)
    if extension == "txt":
        return _is_text(upload)
    # An extension allowed in the settings without a check here is refused rather than trusted.
    return False


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, with the file's type, content and size checked (messages in Dutch)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            field.error_messages["file_too_large"] = gettext_lazy(
                "Dit bestand is te groot (%(file_size)s). Een document mag hoogstens %(max_filesize)s zijn."
            )
            field.error_messages["file_too_large_unknown_size"] = _(
                "Dit bestand is te groot. Een document mag hoogstens %(max_filesize)s zijn."
            ) % {"max_filesize": filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)}

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # Editing a document without choosing a new file hands back the stored file: checked already.
        if not isinstance(upload, UploadedFile):
            return upload
        allowed = [e.lower() for e in settings.WAGTAILDOCS_EXTENSIONS]
        extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
        if extension not in allowed:
            raise ValidationError(
                _("Dit soort bestand kan niet worden geüpload. Toegestaan zijn: %(extensions)s.")
                % {"extensions": ", ".join(f".{e}" for e in allowed)},
                code="invalid_extension",
            )
        if not content_matches_extension(upload, extension):
            raise ValidationError(
                _(
                    "De inhoud van dit bestand past niet bij de extensie .%(extension)s. Sla het document "
                    "opnieuw op als .%(extension)s en upload het dan."
                )
                % {"extension": extension},
                code="content_mismatch",
            )
        return upload
