"""Everything a response says, as text: HTML, JSON and CSV as they are, PDFs through pypdf, ZIPs and
Excel files member by member. The matrix searches this text for markers of data a role must not see."""

from __future__ import annotations

import io
import zipfile


def body_bytes(response) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    # Document metadata (title, author) is part of what a PDF tells its reader.
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    return f"{text}\n{metadata}"


def zip_text(data: bytes) -> str:
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            parts.append(f"== {name}")
            parts.append(text_of(archive.read(name), name))
    return "\n".join(parts)


def text_of(data: bytes, name: str = "", content_type: str = "") -> str:
    """The readable text of a file or body; its kind from the content type, the name or the bytes."""
    if data.startswith(b"%PDF") or content_type.startswith("application/pdf") or name.endswith(".pdf"):
        return pdf_text(data)
    if data.startswith(b"PK\x03\x04"):
        # A ZIP, or an Office file (which is one): every member's text, so an XLSX's shared strings too.
        return zip_text(data)
    return data.decode("utf-8", errors="replace")


def response_text(response) -> str:
    """The body of a response as text, whatever its format (after reading a streamed body)."""
    disposition = response.get("Content-Disposition", "")
    name = disposition.rpartition("filename=")[2].strip('"')
    return text_of(body_bytes(response), name, response.get("Content-Type", ""))
