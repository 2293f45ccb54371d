"""Everything the platform holds about one person, for their own download (AVG art. 15 and 20).

Organisations is the lowest app on the ladder, yet most of a person's data lives higher up: their
enrolments, attempts, certificates, readiness rows. So each upper app registers a *section* here in
its `AppConfig.ready()` — a function in its own `selectors.py` that returns that person's data — and
`collect` calls whatever is registered without importing those apps.

A section returns plain data: a dict or a list of dicts whose values are str, int, float, bool,
None, date or datetime, lists of those, or lists of dicts (nested records, e.g. the answers of an
attempt). Keys are stable English identifiers (the JSON is for machines too); the readable PDF
shows them with the Dutch labels a section registers.

The PDF is rendered here with WeasyPrint rather than through `certificates.pdf`, which sits higher
on the ladder; like that module it fetches nothing from the network (data: URIs and project static
files only) and writes tagged PDF/UA-1 in Dutch.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format, number_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

if TYPE_CHECKING:
    from organisations.models import User

#: (user) -> that person's data for one app: a dict of named lists, or a list of records.
Section = Callable[["User"], list | dict]


@dataclass(frozen=True)
class _Registered:
    section: Section
    title: str | Promise
    labels: Mapping[str, str | Promise] = field(default_factory=dict)


_sections: dict[str, _Registered] = {}


def register(
    section_name: str,
    section: Section,
    *,
    title: str | Promise | None = None,
    labels: Mapping[str, str | Promise] | None = None,
) -> Section:
    """Add (or replace: `ready()` may run twice in tests) the section `section_name`.

    `title` heads the section in the PDF; `labels` maps the section's keys to Dutch labels.
    """
    _sections[section_name] = _Registered(section, title or section_name, labels or {})
    return section


def registered_sections() -> list[str]:
    return list(_sections)


# --- Organisations' own sections ----------------------------------------------------------------

LABELS: dict[str, str | Promise] = {
    "export": gettext_lazy("Over deze export"),
    "generated_at": gettext_lazy("Gemaakt op"),
    "platform": gettext_lazy("Platform"),
    "account": gettext_lazy("Account"),
    "name": gettext_lazy("Naam"),
    "first_name": gettext_lazy("Voornaam"),
    "last_name": gettext_lazy("Achternaam"),
    "email": gettext_lazy("E-mailadres"),
    "date_joined": gettext_lazy("Account aangemaakt op"),
    "last_login": gettext_lazy("Laatst ingelogd"),
    "is_active": gettext_lazy("Actief"),
    "deactivated_at": gettext_lazy("Gedeactiveerd op"),
    "invitations": gettext_lazy("Uitnodigingen"),
    "created_at": gettext_lazy("Aangemaakt op"),
    "expires_at": gettext_lazy("Verloopt op"),
    "sent_at": gettext_lazy("Verstuurd op"),
    "used_at": gettext_lazy("Gebruikt op"),
    "revoked_at": gettext_lazy("Ingetrokken op"),
    "second_factors": gettext_lazy("Tweede factor (MFA)"),
    "type": gettext_lazy("Soort"),
    "last_used_at": gettext_lazy("Laatst gebruikt"),
    "sessions": gettext_lazy("Sessies"),
    "ip": gettext_lazy("IP-adres"),
    "user_agent": gettext_lazy("Browser"),
    "last_seen_at": gettext_lazy("Laatst actief"),
    "memberships": gettext_lazy("Loopbaan binnen Veilig Thuis"),
    "region": gettext_lazy("Regio"),
    "team": gettext_lazy("Team"),
    "function": gettext_lazy("Functie"),
    "background": gettext_lazy("Achtergrond"),
    "role": gettext_lazy("Rol"),
    "valid_from": gettext_lazy("Vanaf"),
    "valid_to": gettext_lazy("Tot en met"),
    "audit_events": gettext_lazy("Gebeurtenissen in het auditlog over u"),
    "action": gettext_lazy("Handeling"),
    "at": gettext_lazy("Wanneer"),
    "actor": gettext_lazy("Gedaan door"),
    "details": gettext_lazy("Details"),
}


def _account(user: User) -> dict:
    from allauth.mfa.models import Authenticator
    from allauth.usersessions.models import UserSession

    return {
        "name": user.get_full_name(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_active": user.is_active,
        "deactivated_at": user.deactivated_at,
        # Dates only: the token's hash and the secrets of a second factor are no data *about* the
        # person, and handing them out would only weaken the account.
        "invitations": [
            {
                "created_at": i.created_at,
                "expires_at": i.expires_at,
                "sent_at": i.sent_at,
                "used_at": i.used_at,
                "revoked_at": i.revoked_at,
            }
            for i in user.invitations.order_by("created_at", "pk")
        ],
        "second_factors": [
            {"type": a.get_type_display(), "created_at": a.created_at, "last_used_at": a.last_used_at}
            for a in Authenticator.objects.filter(user=user).order_by("created_at", "pk")
        ],
        "sessions": [
            {"ip": s.ip, "user_agent": s.user_agent, "created_at": s.created_at, "last_seen_at": s.last_seen_at}
            for s in UserSession.objects.filter(user=user).order_by("created_at", "pk")
        ],
    }


def _memberships(user: User) -> list[dict]:
    rows = user.memberships.select_related("region", "team", "function").order_by("valid_from", "pk")
    return [
        {
            "region": m.region.name if m.region else _("landelijk"),
            "team": m.team.name if m.team else None,
            "function": m.function.name if m.function else None,
            "background": m.get_background_display(),
            "role": m.get_role_display(),
            "valid_from": m.valid_from,
            "valid_to": m.valid_to,
        }
        for m in rows
    ]


def _actor_label(event, user: User, roles: dict[int, str]) -> str:
    """Who did it, as a role: a name or e-mail of a colleague is their personal data, not yours."""
    if event.actor_id is None:
        return _("het systeem")
    if event.actor_id == user.pk:
        return _("uzelf")
    return roles.get(event.actor_id) or _("een beheerder")


def _audit_events(user: User) -> list[dict]:
    from organisations.models import AuditEvent, Membership, Role

    events = list(AuditEvent.objects.filter(subject=user).order_by("at", "pk"))
    actor_ids = {e.actor_id for e in events if e.actor_id}
    labels = dict(Role.choices)
    roles = {
        m.user_id: str(labels.get(m.role, m.role))
        for m in Membership.objects.filter(user_id__in=actor_ids, valid_to__isnull=True)
    }
    return [
        {
            "action": event.get_action_display(),
            "at": event.at,
            "actor": _actor_label(event, user, roles),
            "details": event.details or None,
        }
        for event in events
    ]


# --- Collecting ----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """JSON-ready values: lazy strings evaluated, datetimes in local time, decimals as numbers.
    Dates and datetimes stay objects so the PDF can format them; the JSON writes them as ISO."""
    if isinstance(value, Promise):
        return str(value)
    if isinstance(value, datetime):
        return timezone.localtime(value) if timezone.is_aware(value) else value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def collect(user: User) -> dict:
    """All data held about `user`, section by section: their own account, memberships and audit
    trail first, then what each upper app registered, in registration order.

    Assumes the caller is `user` (or acts for them); reads only, may run any number of times.
    """
    data: dict[str, Any] = {
        "export": {"platform": "AMHK Academie", "generated_at": timezone.now()},
        "account": _account(user),
        "memberships": _memberships(user),
        "audit_events": _audit_events(user),
    }
    for name, registered in _sections.items():
        data[name] = registered.section(user)
    return _plain(data)


def to_json(data: dict) -> bytes:
    """UTF-8, pretty-printed, dates and datetimes as ISO 8601."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2).encode("utf-8")


# --- The readable version ------------------------------------------------------------------------


def _label(key: str, labels: Mapping[str, str | Promise]) -> str:
    return str(labels.get(key) or LABELS.get(key) or key.replace("_", " ").capitalize())


def _text(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if isinstance(value, datetime):
        return date_format(timezone.localtime(value) if timezone.is_aware(value) else value, "j F Y, H:i")
    if isinstance(value, date):
        return date_format(value, "j F Y")
    if isinstance(value, int | float):
        return number_format(value)
    if isinstance(value, Mapping):
        return "; ".join(f"{key}: {_text(item)}" for key, item in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_text(item) for item in value)
    return str(value)


def _is_records(value: Any) -> bool:
    """A list of records (an empty list counts: it is shown as 'none' under its own heading)."""
    return isinstance(value, list) and all(isinstance(item, Mapping) for item in value)


def _record(row: Mapping, labels: Mapping, *, depth: int) -> dict:
    """One record as label/text pairs; its lists of records become child groups (one level deep,
    deeper ones are flattened into text)."""
    fields, children = [], []
    for key, value in row.items():
        if depth == 0 and _is_records(value):
            children.append({"title": _label(key, labels), "records": [_record(i, labels, depth=1) for i in value]})
        elif _is_records(value):
            fields.append((_label(key, labels), " | ".join(_text(item) for item in value) or "—"))
        else:
            fields.append((_label(key, labels), _text(value)))
    return {"fields": fields, "children": children}


def readable(data: dict) -> list[dict]:
    """`collect`'s output as sections of titled groups of records, for the PDF template."""
    sections = []
    for name, value in data.items():
        registered = _sections.get(name)
        labels = registered.labels if registered else {}
        title = str(registered.title) if registered else _label(name, labels)
        groups = []
        if isinstance(value, Mapping):
            scalars = {key: item for key, item in value.items() if not _is_records(item)}
            if scalars:
                groups.append({"title": "", "records": [_record(scalars, labels, depth=0)]})
            for key, item in value.items():
                if key not in scalars:
                    heading = _label(key, labels)
                    groups.append(
                        {
                            "title": "" if heading == title else heading,
                            "records": [_record(i, labels, depth=0) for i in item],
                        }
                    )
        else:
            groups.append({"title": "", "records": [_record(row, labels, depth=0) for row in value or []]})
        sections.append({"name": name, "title": title, "groups": groups})
    return sections


_local = threading.local()


def _font_config():
    """One WeasyPrint font configuration per thread, reused (see certificates.pdf for the leak a
    new one per document caused)."""
    from weasyprint.text.fonts import FontConfiguration

    if not hasattr(_local, "font_config"):
        _local.font_config = FontConfiguration()
    return _local.font_config


def _assets_only_fetcher():
    """A URL fetcher that allows data: URIs and files under the project's static directories and
    refuses everything else, so text in someone's data can never make the server fetch a URL."""
    from weasyprint.urls import URLFetcher

    class AssetsOnlyFetcher(URLFetcher):
        def __init__(self, **kwargs):
            super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False, **kwargs)
            self.roots = [Path(p).resolve() for p in settings.STATICFILES_DIRS]

        def fetch(self, url, headers=None):
            if url.startswith("file://"):
                path = Path(url.removeprefix("file://").split("?")[0]).resolve()
                if not any(path.is_relative_to(root) for root in self.roots):
                    raise ValueError(f"not a project asset: {url}")
            elif not url.startswith("data:"):
                raise ValueError(f"refused: {url}")
            return super().fetch(url, headers)

    return AssetsOnlyFetcher()


def render_personal_data_pdf(data: dict) -> bytes:
    """`collect`'s output as a readable, tagged PDF/UA-1 document in Dutch. Pure: no database."""
    from weasyprint import HTML

    with translation.override("nl"):
        html = render_to_string(
            "organisations/personal_data.html",
            {
                "name": data.get("account", {}).get("name") or data.get("account", {}).get("email", ""),
                "generated_at": data.get("export", {}).get("generated_at"),
                "sections": readable({k: v for k, v in data.items() if k != "export"}),
            },
        )
    base_url = Path(settings.STATICFILES_DIRS[0]).resolve().as_uri() + "/"
    return HTML(string=html, base_url=base_url, url_fetcher=_assets_only_fetcher()).write_pdf(
        pdf_variant="pdf/ua-1", font_config=_font_config()
    )
