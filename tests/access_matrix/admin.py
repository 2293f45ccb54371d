"""The Wagtail admin (/cms/) in the matrix: a representative list of Wagtail's own pages, and every
admin URL that our apps add (snippet viewsets, settings, `register_admin_urls` hooks), found by
walking the URL configuration so that a new one is covered without an edit here.

Trainers are the CMS's editors (organisations/migrations/0003, courses/migrations/0004,
assessments/migrations/0002, certificates/migrations/0003): they enter the admin, edit pages, images,
documents, the question bank, casus, assessments, learning paths and the certificate settings —
but delete nothing, and never reach users, groups, sites, workflows' set-up or other admin-only
pages. Nobody else enters the admin: everyone without `wagtailadmin.access_admin` is sent to the
login page (Wagtail's answer to a signed-in person without access).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.urls import reverse

from tests.access_matrix.world import World

OUR_APPS = ("organisations", "courses", "assessments", "certificates", "dashboards")

#: Trainers only; "302" for a trainer is Wagtail sending them back to the dashboard with a message.
TRAINER = "login login 200 login login login"
ADMIN_ONLY = "login login 302 login login login"


@dataclass(frozen=True)
class AdminPage:
    name: str
    row: str
    args: Callable[[World], list] | None = None


def _course(world: World) -> list:
    return [world.courses["certified"].pk]


#: Wagtail's own pages, a representative list: what trainers use, and what they must not reach.
WAGTAIL_PAGES = [
    AdminPage("wagtailadmin_home", TRAINER),
    # The explorer opens at the trainer's part of the tree; revisions are shown in the history.
    AdminPage("wagtailadmin_explore_root", "login login 302 login login login"),
    AdminPage("wagtailadmin_explore", TRAINER, lambda world: [world.courses["certified"].get_parent().pk]),
    AdminPage("wagtailadmin_pages:edit", TRAINER, _course),
    AdminPage("wagtailadmin_pages:add_subpage", TRAINER, _course),
    AdminPage("wagtailadmin_pages:history", TRAINER, _course),
    AdminPage("wagtailadmin_pages:revisions_index", "login login 302 login login login", _course),
    AdminPage("wagtailadmin_pages:search", TRAINER),
    AdminPage("wagtailadmin_choose_page", TRAINER),
    AdminPage("wagtailimages:index", TRAINER),
    AdminPage("wagtaildocs:index", TRAINER),
    AdminPage("wagtaildocs:edit", TRAINER, lambda world: [world.document.pk]),
    AdminPage("wagtailsnippets:index", TRAINER),
    AdminPage("wagtailadmin_reports:locked_pages", ADMIN_ONLY),
    AdminPage("wagtailadmin_reports:workflow", TRAINER),
    AdminPage("wagtailadmin_reports:workflow_tasks", TRAINER),
    AdminPage("wagtailadmin_reports:site_history", TRAINER),
    AdminPage("wagtailadmin_reports:aging_pages", TRAINER),
    AdminPage("wagtailadmin_reports:page_types_usage", TRAINER),
    AdminPage("wagtailadmin_account", TRAINER),
    # Accounts and the site's set-up are the administrator's: the people in them are the learners.
    AdminPage("wagtailusers_users:index", ADMIN_ONLY),
    AdminPage("wagtailusers_users:edit", ADMIN_ONLY, lambda world: [world.people["B.employee"].user.pk]),
    AdminPage("wagtailusers_groups:index", ADMIN_ONLY),
    AdminPage("wagtailusers_groups:edit", ADMIN_ONLY, lambda world: [_trainers_group()]),
    AdminPage("wagtailadmin_workflows:index", ADMIN_ONLY),
    AdminPage("wagtailadmin_workflows:task_index", ADMIN_ONLY),
    AdminPage("wagtailadmin_collections:index", ADMIN_ONLY),
    AdminPage("wagtailsites:index", ADMIN_ONLY),
    AdminPage("wagtailredirects:index", ADMIN_ONLY),
    # Form pages' submissions (none exist: the platform has no form pages) are for page editors.
    AdminPage("wagtailforms:index", TRAINER),
    # Wagtail's own password reset is switched off (WAGTAIL_PASSWORD_RESET_ENABLED): allauth's only.
    AdminPage("wagtailadmin_password_reset", "404 404 404 404 404 404"),
]


def _trainers_group() -> int:
    from django.contrib.auth.models import Group

    return Group.objects.get(name="Trainers").pk


# --- Our own admin URLs, found in the URL configuration ---------------------------------------------

SNIPPET_NAME = re.compile(
    rf"^wagtailsnippet(?:s|choosers)_(?P<app>{'|'.join(OUR_APPS)})_(?P<model>\w+):(?P<action>\w+)$"
)

#: What a trainer gets from each action of a snippet viewset: they add and change, never delete.
SNIPPET_ACTIONS = {"delete": ADMIN_ONLY}


def snippet_row(action: str) -> str:
    return SNIPPET_ACTIONS.get(action, TRAINER)


def our_admin_pages(admin_patterns) -> list[AdminPage]:
    """Every admin URL of a snippet of our apps, and the edit page of every setting of our apps."""
    from wagtail.contrib.settings.registry import registry

    pages = []
    for name, _route, pattern in admin_patterns:
        match = SNIPPET_NAME.match(name)
        if not match:
            continue
        model = apps.get_model(match["app"], match["model"])
        takes_pk = bool(pattern.pattern.converters)

        def args(world, model=model, takes_pk=takes_pk):
            return [model._default_manager.order_by("pk").first().pk] if takes_pk else []

        pages.append(AdminPage(name, snippet_row(match["action"]), args))
    for model in registry:
        if model._meta.app_label in OUR_APPS:
            label = [model._meta.app_label, model._meta.model_name]

            def setting(world, model=model, label=label):
                return [*label, model.load().pk]

            pages.append(AdminPage(f"wagtailsettings:edit {'.'.join(label)}", TRAINER, setting))
    return pages


def admin_url(page: AdminPage, world: World) -> str:
    name = page.name.split(" ")[0]
    return reverse(name, args=page.args(world) if page.args else [])
