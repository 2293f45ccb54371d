from __future__ import annotations

import time
from datetime import UTC, datetime

from django.conf import settings
from django.contrib import messages
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

SESSION_TOUCH_KEY = "_touched"


class IdleSessionMiddleware:
    """Sessions end after SESSION_IDLE_TIMEOUT seconds without a request.

    Django renews a session's expiry only when the session is saved. Saving on every request
    (SESSION_SAVE_EVERY_REQUEST) would write on every page view; instead the session is touched
    at most once per SESSION_REFRESH_SECONDS, so the real idle limit lies between
    SESSION_IDLE_TIMEOUT - SESSION_REFRESH_SECONDS and SESSION_IDLE_TIMEOUT.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is not None and not session.modified and not session.is_empty():
            now = int(time.time())
            if now - session.get(SESSION_TOUCH_KEY, 0) >= settings.SESSION_REFRESH_SECONDS:
                # Marking the session modified makes SessionMiddleware save it and re-send the
                # cookie with a fresh max-age: one write per refresh period at most.
                session[SESSION_TOUCH_KEY] = now
        return response


#: Paths a staff member without a second factor may still reach: setting it up, logging out,
#: the public pages, and assets.
MFA_EXEMPT_PREFIXES = ("/account/", "/static/", "/media/", "/healthz", "/uitnodiging/", "/i18n/")
#: Paths a session that skipped its second factor may still reach: assets and the health check.
ALWAYS_OPEN_PREFIXES = ("/static/", "/media/", "/healthz")


class StaffMFAMiddleware:
    """With REQUIRE_STAFF_MFA on, trainers, managers, programme staff and superusers must activate
    TOTP before any other page, and their session must have passed it. Employees are not affected.

    allauth's login asks for the second factor by itself; the second check guards against any
    other way of getting a session (a framework login form someone forgot to switch off, like
    Wagtail's /_util/login/ was), which would otherwise need only the password.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.REQUIRE_STAFF_MFA:
            state = self._mfa_state(request)
            if state == "missing":
                return self._ask_to_set_up(request)
            if state == "skipped":
                return self._log_out(request)
        return self.get_response(request)

    @staticmethod
    def _mfa_state(request) -> str:
        """One of "ok", "missing" (no second factor yet) or "skipped" (this session did not prove it)."""
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or request.path.startswith(ALWAYS_OPEN_PREFIXES):
            return "ok"
        if not user.requires_mfa:
            return "ok"
        from allauth.mfa.utils import is_mfa_enabled

        if not is_mfa_enabled(user):
            return "ok" if request.path.startswith(MFA_EXEMPT_PREFIXES) else "missing"
        return "ok" if _session_proved_mfa(request, user) else "skipped"

    @staticmethod
    def _ask_to_set_up(request):
        if request.path.startswith("/api/") or request.headers.get("Accept") == "application/json":
            from django.http import JsonResponse

            return JsonResponse({"detail": _("Tweestapsverificatie is verplicht voor uw rol.")}, status=403)
        messages.warning(
            request,
            _("Voor uw rol is tweestapsverificatie verplicht. Stel een authenticator-app in om verder te gaan."),
        )
        return redirect(reverse("mfa_activate_totp") + "?next=" + request.get_full_path())

    @staticmethod
    def _log_out(request):
        from django.contrib.auth import logout

        logout(request)
        messages.warning(request, _("Log opnieuw in, met de code uit uw authenticator-app."))
        return redirect(reverse("account_login") + "?next=" + request.get_full_path())


def _session_proved_mfa(request, user) -> bool:
    """Whether this session passed a second factor, or set up every factor the account has.

    allauth records each step of a login in the session ("password", "mfa"). A factor activated
    later in the same session was proven by the code typed to activate it, so it does not force
    a new login.
    """
    from allauth.account.authentication import get_authentication_records

    records = get_authentication_records(request, user)
    if any(record.get("method") == "mfa" for record in records):
        return True
    started = min((record["at"] for record in records if "at" in record), default=None)
    if started is None:
        return False
    from allauth.mfa.models import Authenticator

    earlier = Authenticator.objects.filter(user=user, created_at__lt=datetime.fromtimestamp(started, tz=UTC))
    return not earlier.exists()


class CMSContentSecurityPolicyMiddleware:
    """Wagtail's editor needs inline styles; the rest of the site does not get them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/cms/"):
            response._csp_config = settings.CMS_CSP
        return response


class PlatformLanguageMiddleware(LocaleMiddleware):
    """Dutch unless the person chose English with the language switch.

    Django's LocaleMiddleware also follows the browser's Accept-Language, which would show an
    English interface to every Dutch employee whose browser happens to be set to English.
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = {code for code, _name in settings.LANGUAGES}
        translation.activate(chosen if chosen in supported else settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()
