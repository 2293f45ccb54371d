"""The main menu, composed from what each app contributes for this person's role.

Wiring lives here because only `elearning` may know every app; each app's `navigation.menu_items`
knows only its own pages.
"""

from django.utils.translation import gettext_lazy as _

from assessments import navigation as assessments_navigation
from certificates import navigation as certificates_navigation
from courses import navigation as courses_navigation
from dashboards import navigation as dashboards_navigation
from organisations import navigation as organisations_navigation

CONTRIBUTORS = [
    organisations_navigation,
    courses_navigation,
    assessments_navigation,
    certificates_navigation,
    dashboards_navigation,
]


def navigation(request) -> dict:
    user = getattr(request, "user", None)
    items = [{"label": _("Home"), "url": "/", "order": 0}]
    if user is not None and user.is_authenticated:
        for contributor in CONTRIBUTORS:
            items.extend(contributor.menu_items(user))
    items.sort(key=lambda item: item["order"])
    path = request.path
    for item in items:
        item["current"] = item["url"] == path or (item["url"] != "/" and path.startswith(item["url"]))
    return {"nav_items": items}
