"""Turn a posted form into an answer. The same fields come from a plain submit and from autosave."""

from __future__ import annotations

from django.http import QueryDict
from django.utils.translation import gettext as _

from assessments.scoring import InvalidAnswer


def answer_from_post(snapshot: dict, data: QueryDict, *, is_casus: bool) -> dict:
    """Parse; `scoring.clean_answer` (questions) or the casus service validates against the key."""
    if is_casus:
        return {"step": data.get("step", ""), "option": data.get("option", "")}
    kind = snapshot["kind"]
    ids = [o["id"] for o in snapshot["options"]]
    if kind == "single":
        return {"option": data.get("option", "")}
    if kind == "multiple":
        return {"options": data.getlist("options")}
    if kind == "ordering":
        try:
            positions = {option_id: int(data[f"position-{option_id}"]) for option_id in ids}
        except (KeyError, ValueError):
            raise InvalidAnswer(_("Geef elk onderdeel een plaats in de volgorde.")) from None
        if sorted(positions.values()) != list(range(1, len(ids) + 1)):
            raise InvalidAnswer(_("Geef elk onderdeel een eigen plaats: elke positie mag maar één keer voorkomen."))
        return {"order": sorted(ids, key=positions.__getitem__)}
    if kind == "matching":
        return {"matches": {option_id: data.get(f"match-{option_id}", "") for option_id in ids}}
    return {"text": data.get("text", "")}


def rubric_levels_from_post(snapshot: dict, data: QueryDict) -> list[int]:
    try:
        return [int(data[f"criterion-{index}"]) for index in range(len(snapshot["rubric"]))]
    except (KeyError, ValueError):
        raise InvalidAnswer(_("Kies voor elk criterium een niveau.")) from None
