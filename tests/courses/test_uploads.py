"""Uploads in the CMS are checked by type, content and size (issue 7): a trainer uploads through
Wagtail's own views, as in the browser, and the refusals come back in Dutch."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from courses.uploads import content_matches_extension
from organisations.models import Role
from tests.factories import make_person

pytestmark = pytest.mark.django_db

SMALL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
#: The first bytes of a Windows executable (MZ header, "This program cannot be run in DOS mode").
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"This program cannot be run in DOS mode." * 20


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
XLSX = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
PPTX = _zip({"[Content_Types].xml": b"<Types/>", "ppt/presentation.xml": b"<presentation/>"})
ODT = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office:document/>"})


def _png(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def trainer_client(no_staff_mfa):
    client = Client()
    client.force_login(
        make_person(role=Role.TRAINER, region_slug="utrecht"),
        backend="organisations.auth_backends.CachedPermissionsBackend",
    )
    return client


def _upload_document(client, name: str, content: bytes):
    return client.post(
        "/cms/documents/add/",
        {
            "title": "Werkblad",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def _errors(response) -> str:
    assert response.status_code == 200, response.status_code  # the form again, with its errors
    return " ".join(str(e) for e in response.context["form"].errors.get("file", []))


def test_a_real_small_pdf_is_accepted(trainer_client):
    response = _upload_document(trainer_client, "werkblad.pdf", SMALL_PDF)
    assert response.status_code == 302, _errors(response)
    document = Document.objects.get()
    assert document.file_extension == "pdf"
    assert document.file.read() == SMALL_PDF


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("werkblad.docx", DOCX),
        ("tabel.xlsx", XLSX),
        ("dia's.pptx", PPTX),
        ("tekst.odt", ODT),
        ("lees.txt", "Één regel.\n".encode()),
    ],
)
def test_each_allowed_kind_is_accepted_when_its_content_matches(trainer_client, name, content):
    response = _upload_document(trainer_client, name, content)
    assert response.status_code == 302, _errors(response)
    assert Document.objects.count() == 1


def test_an_executable_renamed_to_pdf_is_refused(trainer_client):
    errors = _errors(_upload_document(trainer_client, "werkblad.pdf", EXE))
    assert "De inhoud van dit bestand past niet bij de extensie .pdf" in errors
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("pagina.pdf", b"<html><script>alert(1)</script></html>"),
        ("werkblad.docx", _zip({"payload.exe": EXE})),  # a ZIP, but no Word document
        ("werkblad.docx", ODT),  # an ODF text saved under the wrong name
        ("tekst.odt", DOCX),
        ("tabel.xlsx", DOCX),
        ("lees.txt", EXE),
        ("lees.txt", "Ç".encode("latin-1") + b" niet in UTF-8"),
    ],
)
def test_content_that_does_not_match_the_extension_is_refused(trainer_client, name, content):
    errors = _errors(_upload_document(trainer_client, name, content))
    assert "past niet bij de extensie" in errors
    assert not Document.objects.exists()


@pytest.mark.parametrize("name", ["programma.exe", "pagina.html", "beeld.svg", "script.js", "werkblad.pdf.exe"])
def test_extensions_outside_the_list_are_refused(trainer_client, name):
    errors = _errors(_upload_document(trainer_client, name, SMALL_PDF))
    assert "Dit soort bestand kan niet worden geüpload" in errors
    assert not Document.objects.exists()


def test_an_oversized_document_is_refused(trainer_client):
    limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    assert limit and limit <= 50 * 1024 * 1024
    content = SMALL_PDF + b"%" + b"0" * (limit - len(SMALL_PDF))
    assert len(content) == limit + 1
    errors = _errors(_upload_document(trainer_client, "groot.pdf", content))
    assert "Dit bestand is te groot" in errors
    assert not Document.objects.exists()


def test_the_multiple_uploader_applies_the_same_checks(trainer_client):
    collection = Collection.get_first_root_node().pk
    refused = trainer_client.post(
        "/cms/documents/multiple/add/",
        {"collection": collection, "files[]": SimpleUploadedFile("werkblad.pdf", EXE)},
    )
    assert refused.status_code == 200
    assert refused.json()["success"] is False
    assert "past niet bij de extensie .pdf" in refused.json()["error_message"]
    assert not Document.objects.exists()

    accepted = trainer_client.post(
        "/cms/documents/multiple/add/",
        {"collection": collection, "files[]": SimpleUploadedFile("werkblad.pdf", SMALL_PDF)},
    )
    assert accepted.json()["success"] is True
    assert Document.objects.count() == 1


def test_replacing_the_file_of_a_document_is_checked_too(trainer_client):
    assert _upload_document(trainer_client, "werkblad.pdf", SMALL_PDF).status_code == 302
    document = Document.objects.get()
    response = trainer_client.post(
        f"/cms/documents/edit/{document.pk}/",
        {
            "title": "Werkblad",
            "file": SimpleUploadedFile("werkblad.pdf", EXE),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert "past niet bij de extensie .pdf" in _errors(response)
    document.refresh_from_db()
    assert document.file.read() == SMALL_PDF
    # And editing only the title keeps the stored file without checking it again.
    renamed = trainer_client.post(
        f"/cms/documents/edit/{document.pk}/",
        {"title": "Nieuw werkblad", "collection": Collection.get_first_root_node().pk},
    )
    assert renamed.status_code == 302
    document.refresh_from_db()
    assert document.title == "Nieuw werkblad"


def test_a_kind_allowed_without_a_content_check_is_refused_not_trusted():
    assert not content_matches_extension(io.BytesIO(b"anything"), "rtf")


# --- Images: Wagtail's own checks, with SVG switched off -----------------------------------------


def _upload_image(client, name: str, content: bytes):
    return client.post(
        "/cms/images/add/",
        {"title": "Logo", "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk},
    )


def test_a_real_png_is_accepted(trainer_client):
    response = _upload_image(trainer_client, "logo.png", _png())
    assert response.status_code == 302
    assert Image.objects.get().width == 2


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'),
        ("logo.png", b"<html><script>alert(1)</script></html>"),
        ("logo.png", EXE),
        ("logo.jpg", _png()),  # a PNG under a JPEG name
    ],
)
def test_svg_and_images_whose_content_does_not_match_are_refused(trainer_client, name, content):
    response = _upload_image(trainer_client, name, content)
    assert response.status_code == 200
    assert response.context["form"].errors.get("file")
    assert not Image.objects.exists()


def test_an_oversized_image_is_refused(trainer_client):
    big = _png() + b"\x00" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    response = _upload_image(trainer_client, "logo.png", big)
    assert response.status_code == 200
    assert response.context["form"].errors.get("file")
    assert not Image.objects.exists()
