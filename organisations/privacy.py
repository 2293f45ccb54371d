"""Spotting personal data in authored content: casus and questions must be invented (DOMAIN §8.1).

Real Veilig Thuis client data is special-category data about children and victims; the legal basis
that lets Veilig Thuis process it does not extend to an e-learning platform. So when an author saves
text with something that looks like a citizen service number (BSN) or a real street address, the CMS
warns. It only warns and never blocks: an invented example may look real on purpose, and a check
that refuses to save teaches authors to work around it.

`looks_like_personal_data` is a pure function on text; `texts_in` pulls the strings out of field
values (plain text, rich text HTML, StreamField raw data) so the Wagtail hooks of the apps that own
the content can call both without knowing each other.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from django.contrib import messages
from django.utils.translation import gettext as _

#: Weights of the Dutch 11-test ("elfproef") for a BSN: 9 … 2 for the first eight digits, −1 for
#: the last. A number passes when the weighted sum is a multiple of 11.
BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)

# Nine digits, optionally grouped with dots or (non-breaking) spaces: 123456782, 1234.56.782,
# 123 456 782. Not part of a longer run of digits, so phone numbers and IBANs do not match.
_BSN_CANDIDATE = re.compile(r"(?<!\d)(?<!\d[ .\u00a0])\d(?:[ .\u00a0]?\d){8}(?![ .\u00a0]?\d)")

# Dutch street names end in one of these words (Kerkstraat, Van Goghlaan; Lange Voorhout is missed:
# a heuristic, not a register). Endings that also close ordinary words in this platform's texts
# (leerpad, loopbaan, vergadering) are left out. A capitalised word with such an ending, then a
# house number with an optional letter or addition: "Kerkstraat 12", "Lindenlaan 4a", "Dorpsplein 1-3".
_STREET_ENDINGS = (
    "straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|markt|plantsoen|allee|boulevard|kanaal|hof|wal"
)
_STREET = re.compile(
    rf"(?<![\w-])((?:[A-Z][\w'-]*\s+)?[A-Z][\w'-]*(?:{_STREET_ENDINGS}))"
    r"\s+(\d{1,5}(?:\s?[a-zA-Z](?!\w)|-\d{1,4})?)(?![\w-])"
)
# A Dutch postcode: four digits (not starting with 0), optional space, two capitals; the letter
# pairs SA, SD and SS are never issued.
_POSTCODE = re.compile(r"(?<![\w-])([1-9]\d{3})[ \u00a0]?(?!SA|SD|SS)([A-Z]{2})(?![\w-])")
#: How far after a street a postcode still counts as part of the same address.
_ADDRESS_SPAN = 40

_TAG = re.compile(r"<[^>]+>")


def passes_bsn_11_test(digits: str) -> bool:
    """True for nine digits whose weighted sum is a multiple of 11 (and that are not all zeros)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    return sum(weight * int(digit) for weight, digit in zip(BSN_WEIGHTS, digits, strict=True)) % 11 == 0


def _plain(text: str) -> str:
    """Rich text as plain text: tags become spaces (so "<p>Kerkstraat</p><p>12</p>" stays two
    words) and entities are decoded."""
    return html.unescape(_TAG.sub(" ", text))


def looks_like_personal_data(text: str) -> list[str]:
    """Dutch warnings for whatever in `text` looks like a BSN or a real address; [] when nothing does.

    A BSN is reported by its last three digits only, so the number itself does not travel further
    (into a message cookie, a log) than the text it was typed in.
    """
    if not text:
        return []
    plain = _plain(text)
    warnings: list[str] = []
    for match in _BSN_CANDIDATE.finditer(plain):
        digits = re.sub(r"\D", "", match.group())
        if passes_bsn_11_test(digits):
            warnings.append(
                _("Er staat een nummer in dat de elfproef voor een BSN doorstaat (eindigt op …%(end)s).")
                % {"end": digits[-3:]}
            )
    postcodes = list(_POSTCODE.finditer(plain))
    used: set[int] = set()
    for street in _STREET.finditer(plain):
        address = f"{street.group(1)} {street.group(2)}"
        for index, postcode in enumerate(postcodes):
            if index not in used and 0 <= postcode.start() - street.end() <= _ADDRESS_SPAN:
                used.add(index)
                address += f", {postcode.group(1)} {postcode.group(2)}"
                break
        warnings.append(_("Er staat iets in dat op een echt adres lijkt: ‘%(address)s’.") % {"address": address})
    for index, postcode in enumerate(postcodes):
        if index not in used:
            warnings.append(
                _("Er staat iets in dat op een postcode lijkt: ‘%(postcode)s’.")
                % {"postcode": f"{postcode.group(1)} {postcode.group(2)}"}
            )
    return warnings


#: StreamField keys that hold machinery, not text an author wrote.
_SKIP_KEYS = frozenset({"id", "type"})


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _SKIP_KEYS:
                yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def texts_in(value: object) -> list[str]:
    """The author-written strings in a field value: a str, a RichText, or a StreamValue (walked
    through its raw JSON data, skipping block ids and types)."""
    if value is None:
        return []
    raw = getattr(value, "raw_data", None)  # StreamValue
    if raw is not None:
        return list(_strings(list(raw)))
    source = getattr(value, "source", None)  # wagtail.rich_text.RichText
    if isinstance(source, str):
        return [source]
    return list(_strings(value))


def personal_data_warnings(obj: object, field_names: Iterable[str]) -> list[str]:
    """Warnings for the named fields of `obj`, in field order, without repeats."""
    found: list[str] = []
    for name in field_names:
        for text in texts_in(getattr(obj, name, None)):
            for warning in looks_like_personal_data(text):
                if warning not in found:
                    found.append(warning)
    return found


def warn_about_personal_data(request, obj: object, field_names: Iterable[str]) -> list[str]:
    """Add one clear warning message to the CMS response when `obj` looks like it holds real
    personal data. Saving has already happened; this never blocks it. Returns the warnings.

    A save that expects JSON (the editor's autosave) gets no message: it would pile up unseen
    until the next page; the author's own save from the form warns."""
    found = personal_data_warnings(obj, field_names)
    if found and request.accepts("text/html"):
        messages.warning(
            request,
            _(
                "Let op bij ‘%(title)s’: %(found)s Casus moeten verzonnen zijn: gebruik nooit een echt BSN, "
                "een bestaand adres of andere gegevens van echte cliënten. Het opslaan is gelukt; pas de tekst "
                "aan als dit geen verzonnen voorbeeld is."
            )
            % {"title": str(obj), "found": " ".join(found)},
        )
    return found
