from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from courses.routing import serve_page
from elearning.health import healthz, livez

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("livez", livez, name="livez"),
    # Wagtail's own login form would be a second door without allauth's rate limits and MFA.
    path("cms/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    # Wagtail's front-end login for private pages is Django's bare LoginView: no rate limits and
    # no second factor. It shadows wagtail_urls below.
    path("_util/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("cms/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("account/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("organisations.urls")),
    path("", include("courses.urls")),
    path("", include("assessments.urls")),
    path("", include("certificates.urls")),
    path("", include("dashboards.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Wagtail's own pattern and name; the view finds a page in two queries (courses/routing.py)
    # and hands anything else to Wagtail's view.
    re_path(r"^((?:[\w\-]+/)*)$", serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]

handler403 = "elearning.errors.permission_denied"
handler404 = "elearning.errors.page_not_found"
handler500 = "elearning.errors.server_error"
