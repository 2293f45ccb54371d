"""The privacy statement and a person's download of their own data (AVG art. 13–15 and 20).

Kept apart from `views.py` (people management) because these pages serve everyone, not managers.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from organisations import personal_data, retention

#: Downloads of one's own data per person per hour (JSON and PDF together): more than anyone needs,
#: and a brake on a stolen session pulling the same file over and over.
EXPORTS_PER_HOUR = 10
_HOUR = 60 * 60


def _export_allowed(user) -> bool:
    """Counts this export; False once the person made EXPORTS_PER_HOUR in the current hour window."""
    key = f"personal-data-exports:{user.pk}"
    cache.add(key, 0, timeout=_HOUR)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=_HOUR)
        count = 1
    return count <= EXPORTS_PER_HOUR


def _too_many(request) -> HttpResponse:
    error = _(
        "U heeft uw gegevens het afgelopen uur al %(max)s keer gedownload. Dat is het maximum; "
        "probeer het over een uur opnieuw."
    ) % {"max": EXPORTS_PER_HOUR}
    return render(request, "organisations/my_data.html", {"error": error}, status=429)


def _attachment(content: bytes, content_type: str, extension: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    filename = f"mijn-gegevens-amhk-academie-{timezone.localdate():%Y-%m-%d}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# Self-exports are not written to the audit log: the log records who looked at or exported *other*
# people's data (DOMAIN §8.1), and AuditAction has no action for a person reading their own. The
# rate limit above is what guards against abuse of a stolen session.


@login_required
@require_GET
def my_data(request):
    """What we hold about you, with the two downloads."""
    return render(request, "organisations/my_data.html", {"exports_per_hour": EXPORTS_PER_HOUR})


@login_required
@require_GET
@never_cache
def my_data_json(request):
    """All of the person's data as UTF-8 JSON (machine-readable, AVG art. 20)."""
    if not _export_allowed(request.user):
        return _too_many(request)
    data = personal_data.collect(request.user)
    return _attachment(personal_data.to_json(data), "application/json; charset=utf-8", "json")


@login_required
@require_GET
@never_cache
def my_data_pdf(request):
    """The same data as a readable, accessible PDF in Dutch."""
    if not _export_allowed(request.user):
        return _too_many(request)
    with translation.override("nl"):
        data = personal_data.collect(request.user)
    return _attachment(personal_data.render_personal_data_pdf(data), "application/pdf", "pdf")


@require_GET
def privacy(request):
    """Public: the privacy statement."""
    return render(
        request,
        "organisations/privacy.html",
        {
            "idle_minutes": settings.SESSION_IDLE_TIMEOUT // 60,
            "staff_mfa": settings.REQUIRE_STAFF_MFA,
            "retention": retention.periods(),
        },
    )
