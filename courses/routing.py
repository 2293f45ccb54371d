"""Serving CMS pages without walking the page tree.

Wagtail's serve view finds the site (a query), its root page and that page's type (two), then
walks down one URL segment at a time, loading each child and its specific type (two a level):
eight queries before a lesson's own view starts, a third of the lesson page's time. Every page
stores its full path (`url_path`), so the page behind a URL is one lookup, cached until an editor
changes the tree (courses.pagecache).

Whatever this does not answer directly goes to Wagtail's own view, which answers as it always
did: more than one site, an unknown path (404), or a URL below a routable page.
"""

from __future__ import annotations

from django.http import HttpResponse
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import PageViewRestriction, Site

from courses.pagecache import TREE_VERSION, page_at
from organisations import versions

#: Versions replaced by courses.receivers when a site, or a page's privacy, changes.
SITE_VERSION = versions.shared("courses:site-version")
VIEW_RESTRICTIONS_VERSION = versions.shared("courses:view-restrictions-version")


def _the_site() -> Site:
    return versions.remembered(f"courses:the-site:{versions.current(SITE_VERSION)}", Site.objects.get)


def any_view_restrictions() -> bool:
    """Whether any page is private."""
    return versions.remembered(
        f"courses:view-restrictions-exist:{versions.current(VIEW_RESTRICTIONS_VERSION)}",
        PageViewRestriction.objects.exists,
    )


def _site_root_paths() -> list:
    # Wagtail keeps these in the shared cache itself and clears them when a site or a root page's
    # path changes; kept here under the site and tree versions they come from this process's
    # copies, like the rest.
    return versions.remembered(
        f"courses:site-root-paths:{versions.current(SITE_VERSION, TREE_VERSION)}", Site.get_site_root_paths
    )


def serve_page(request, path: str):
    roots = _site_root_paths()
    # Where every {% pageurl %} of the page looks for them first.
    request._wagtail_cached_site_root_paths = roots
    # One site means every request is for it.
    if len(roots) != 1:
        return wagtail_views.serve(request, path)
    # What Site.find_for_request would look up again for every {% pageurl %} of the page.
    request._wagtail_site = _the_site()
    page = page_at(roots[0].root_path + path)
    if page is None:
        return wagtail_views.serve(request, path)
    # What Wagtail's `route` does at the last segment: a live page, or a routable page's view.
    page, args, kwargs = page.route(request, [])
    # From here on exactly wagtail.views.serve: its hooks (view restrictions among them), then
    # the page's own serve.
    on_serve_chain = wagtail_views.serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)
