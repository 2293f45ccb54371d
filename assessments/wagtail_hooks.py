"""The question bank, casus and assessments in the CMS, under one menu item "Toetsing"."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from assessments.models import Assessment, Casus, Question


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Vragenbank")
    list_display = ["title", "kind", "difficulty", "version", "is_active"]
    list_filter = ["kind", "difficulty", "competences", "forms_of_violence", "is_active"]
    search_fields = ["title", "code"]


class CasusViewSet(SnippetViewSet):
    model = Casus
    icon = "doc-full"
    menu_label = _("Casussen")
    list_display = ["title", "version", "is_active"]
    list_filter = ["competences", "forms_of_violence", "is_active"]


class AssessmentViewSet(SnippetViewSet):
    model = Assessment
    icon = "tasks"
    menu_label = _("Toetsen")
    list_display = ["title", "course", "pass_mark_percent", "feedback_mode", "is_active"]
    list_filter = ["feedback_mode", "is_active"]


class AssessmentGroup(SnippetViewSetGroup):
    menu_label = _("Toetsing")
    menu_icon = "tasks"
    menu_order = 250
    items = (QuestionViewSet, CasusViewSet, AssessmentViewSet)


register_snippet(AssessmentGroup)


@hooks.register("register_snippet_listing_buttons")
def assessment_buttons(snippet, user, next_url=None):
    if not user.has_perm("assessments.view_item_statistics"):
        return
    if isinstance(snippet, Assessment):
        yield MenuItem(
            _("Itemstatistiek"), reverse("assessments:statistics", args=[snippet.pk]), icon_name="table", priority=90
        )
    elif isinstance(snippet, Question | Casus):
        kind = "vraag" if isinstance(snippet, Question) else "casus"
        yield MenuItem(
            _("Herbeoordelen"),
            reverse("assessments:regrade", args=[kind, snippet.pk]),
            icon_name="resubmit",
            priority=90,
        )


# --- Casus must be invented (DOMAIN §8.1) --------------------------------------------------------

#: Author-written fields of the bank, checked for a BSN or a real-looking address after each save.
PERSONAL_DATA_FIELDS = {
    Casus: ("title", "intro", "steps"),
    Question: ("title", "stem", "options", "rubric", "model_answer", "explanation"),
}


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_about_personal_data_in_bank(request, instance):
    """A warning, never a refusal: the save went through (organisations.privacy says why)."""
    from organisations.privacy import warn_about_personal_data

    fields = PERSONAL_DATA_FIELDS.get(type(instance))
    if fields:
        warn_about_personal_data(request, instance, fields)
