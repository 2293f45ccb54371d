from __future__ import annotations

import time

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


class StaffMFAMiddleware:
    """With REQUIRE_STAFF_MFA on, trainers, managers, programme staff and superusers must activate
    TOTP before any other page. Employees are not affected."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.REQUIRE_STAFF_MFA and self._must_set_up(request):
            if request.path.startswith("/api/") or request.headers.get("Accept") == "application/json":
                from django.http import JsonResponse

                return JsonResponse({"detail": _("Tweestapsverificatie is verplicht voor uw rol.")}, status=403)
            messages.warning(
                request,
                _("Voor uw rol is tweestapsverificatie verplicht. Stel een authenticator-app in om verder te gaan."),
            )
            return redirect(reverse("mfa_activate_totp") + "?next=" + request.get_full_path())
        return self.get_response(request)

    @staticmethod
    def _must_set_up(request) -> bool:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or request.path.startswith(MFA_EXEMPT_PREFIXES):
            return False
        if not user.requires_mfa:
            return False
        from allauth.mfa.utils import is_mfa_enabled

        return not is_mfa_enabled(user)


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
