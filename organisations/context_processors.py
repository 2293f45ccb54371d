"""Navigation by role, computed once per request from the current membership."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from organisations.models import Role
from organisations.selectors import can_manage_people


def navigation(request) -> dict:
    user = getattr(request, "user", None)
    items = [{"label": _("Home"), "url": "/"}]
    if user is None or not user.is_authenticated:
        return {"nav_items": items}
    if can_manage_people(user):
        items.append(
            {
                "label": _("Mensen"),
                "url": reverse("organisations:people_list"),
                "description": _("Collega's uitnodigen, zoeken, wijzigen of deactiveren."),
            }
        )
    if user.is_superuser or user.role == Role.TRAINER:
        items.append(
            {
                "label": _("CMS"),
                "url": "/cms/",
                "description": _("Cursussen, lessen en casussen schrijven en laten beoordelen."),
            }
        )
    items.append(
        {
            "label": _("Account"),
            "url": reverse("account_email"),
            "description": _("Wachtwoord, tweestapsverificatie en ingelogde apparaten."),
        }
    )
    path = request.path
    for item in items:
        item["current"] = item["url"] == path or (item["url"] != "/" and path.startswith(item["url"]))
    return {"nav_items": items}
