"""Learning content (Wagtail pages) and learning records (plain models).

Pages hold content: HomePage → CourseCatalogPage → CoursePage → (ModulePage →) LessonPage.
Records — enrolments, lesson completions, reflections — are plain models that point at pages with
PROTECT and keep the course version they were made against.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.widgets import AdminDateInput
from wagtail.fields import RichTextField, StreamField
from wagtail.models import AbstractGroupApprovalTask, Orderable, Page, PageViewRestriction
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from courses.blocks import LessonStreamBlock
from organisations.models import Background, Function
from organisations.scoping import RegionScopedQuerySet

# --- Reference data, editable by trainers as snippets ------------------------------------------


class Competence(models.Model):
    """A competence of the framework (DOMAIN §10), e.g. C3 Veiligheid en risico taxeren."""

    code = models.CharField(_("code"), max_length=10, unique=True)
    name = models.CharField(_("naam"), max_length=120)
    description = models.TextField(_("omschrijving"), blank=True)

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("description")]

    class Meta:
        ordering = ["code"]
        verbose_name = _("competentie")
        verbose_name_plural = _("competenties")

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class FormOfViolence(models.Model):
    slug = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("naam"), max_length=120)

    panels = [FieldPanel("slug"), FieldPanel("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("vorm van geweld")
        verbose_name_plural = _("vormen van geweld")

    def __str__(self) -> str:
        return self.name


register_snippet(Competence)
register_snippet(FormOfViolence)


# --- Pages -------------------------------------------------------------------------------------


class ViewRestrictionsCheckedOnce:
    """Wagtail checks every served page for view restrictions (private pages) on it and its
    ancestors: two queries per page view. The platform has none unless an editor makes a page
    private, so that question is answered from the cache until one exists (courses.routing)."""

    def get_view_restrictions(self):
        from courses.routing import any_view_restrictions

        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class HomePage(ViewRestrictionsCheckedOnce, Page):
    """The front door: what AMHK Academie is, for whom, and where to start."""

    lead = models.TextField(_("inleiding"), blank=True)
    body = RichTextField(_("tekst"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseCatalogPage"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")
        verbose_name_plural = _("startpagina's")


class CourseCatalogPage(ViewRestrictionsCheckedOnce, Page):
    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("cursuscatalogus")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import catalogue_for

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_for(request.user, params=request.GET, catalogue=self))
        return context


class AccreditationBody(models.TextChoices):
    NONE = "", _("Geen accreditatie")
    SKJ = "SKJ", "SKJ"
    NIP_NVO = "NIP/NVO", "NIP/NVO"
    KNMG = "KNMG", _("KNMG (ABAN)")


class CoursePageForm(WagtailAdminPageForm):
    """Adds the "major revision" switch: a form-only choice, so it is never carried over from the
    previous revision by accident."""

    is_major_revision = forms.BooleanField(
        label=_("Grote herziening"),
        required=False,
        initial=False,
        help_text=_(
            "Aanvinken als deze publicatie de inhoud wezenlijk verandert. Het versienummer gaat omhoog en "
            "certificaten van oudere versies moeten worden vernieuwd."
        ),
    )

    renew_by = forms.DateField(
        label=_("Oudere certificaten vernieuwen vóór"),
        required=False,
        widget=AdminDateInput,
        help_text=_(
            "Verplicht bij een grote herziening: tot deze datum blijven certificaten van eerdere versies "
            "geldig; de houders worden ingeschreven voor de vernieuwing."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        major, renew_by = cleaned.get("is_major_revision"), cleaned.get("renew_by")
        if major and not renew_by:
            self.add_error(
                "renew_by", _("Kies de datum waarvóór certificaten van eerdere versies vernieuwd moeten zijn.")
            )
        elif renew_by and not major:
            self.add_error("renew_by", _("Een vernieuwingsdatum hoort bij een grote herziening: vink die ook aan."))
        elif renew_by and renew_by <= timezone.localdate():
            self.add_error("renew_by", _("Kies een datum in de toekomst."))
        return cleaned

    def save(self, commit=True):
        self.instance.major_revision_pending = self.cleaned_data.get("is_major_revision", False)
        self.instance.renewal_deadline_pending = self.cleaned_data.get("renew_by")
        return super().save(commit=commit)


class CoursePage(ViewRestrictionsCheckedOnce, Page):
    base_form_class = CoursePageForm

    code = models.CharField(_("code"), max_length=10, blank=True, help_text=_("Bijvoorbeeld M04."))
    summary = models.TextField(_("samenvatting"))
    learning_objectives = models.TextField(
        _("leerdoelen"), blank=True, help_text=_("Eén leerdoel per regel. 'De lerende kan …'")
    )
    for_all_functions = models.BooleanField(_("voor alle functies"), default=False)
    target_functions = ParentalManyToManyField(Function, blank=True, related_name="+", verbose_name=_("functies"))
    forms_of_violence = ParentalManyToManyField(
        FormOfViolence, blank=True, related_name="courses", verbose_name=_("vormen van geweld")
    )
    competences = ParentalManyToManyField(
        Competence, blank=True, related_name="courses", verbose_name=_("competenties")
    )
    study_load_hours = models.DecimalField(
        _("studiebelasting (uren)"), max_digits=4, decimal_places=1, validators=[MinValueValidator(0)]
    )
    accreditation_body = models.CharField(
        _("accreditatie door"), max_length=10, choices=AccreditationBody.choices, blank=True
    )
    accreditation_number = models.CharField(_("accreditatienummer"), max_length=60, blank=True)
    accreditation_points = models.PositiveSmallIntegerField(_("punten"), null=True, blank=True)
    accreditation_valid_until = models.DateField(_("accreditatie geldig tot"), null=True, blank=True)
    prerequisites = ParentalManyToManyField(
        "self", blank=True, symmetrical=False, related_name="unlocks", verbose_name=_("voorkennis (cursussen)")
    )
    certificate_validity_months = models.PositiveSmallIntegerField(_("geldigheid certificaat (maanden)"), default=36)
    version = models.PositiveIntegerField(_("versie"), default=1, editable=False)
    #: Completions of versions below this one need recertification (see CoursePage.save()).
    recertify_below_version = models.PositiveIntegerField(default=1, editable=False)
    major_revision_pending = models.BooleanField(default=False, editable=False)
    #: Chosen with the major revision (kept in the draft revision until it is published).
    renewal_deadline_pending = models.DateField(null=True, editable=False)
    #: Completions (certificates) of versions below `recertify_below_version` count until this date.
    renewal_deadline = models.DateField(_("vernieuwen vóór"), null=True, blank=True, editable=False)
    #: The revision whose publication last raised the version, so that publishing it again does not.
    major_revision_id = models.PositiveIntegerField(null=True, editable=False)

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
        index.SearchField("code"),
        index.FilterField("for_all_functions"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("code"), FieldPanel("study_load_hours")]),
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        MultiFieldPanel(
            [
                FieldPanel("for_all_functions"),
                FieldPanel("target_functions"),
                FieldPanel("forms_of_violence"),
                FieldPanel("competences"),
                FieldPanel("prerequisites"),
            ],
            heading=_("Voor wie en waarover"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("accreditation_body"), FieldPanel("accreditation_number")]),
                FieldRowPanel([FieldPanel("accreditation_points"), FieldPanel("accreditation_valid_until")]),
                FieldPanel("certificate_validity_months"),
            ],
            heading=_("Accreditatie en certificaat"),
        ),
        MultiFieldPanel([FieldPanel("is_major_revision"), FieldPanel("renew_by")], heading=_("Versie")),
    ]

    parent_page_types = ["courses.CourseCatalogPage"]
    subpage_types = ["courses.ModulePage", "courses.LessonPage"]

    class Meta:
        verbose_name = _("cursus")
        verbose_name_plural = _("cursussen")

    def save(self, *args, **kwargs):
        # The version lives in the database row, not in revisions: a revision made before the last
        # major publication must not bring an old number back. It goes up only when a revision
        # marked as a major revision is published.
        if self.pk:
            stored = (
                CoursePage.objects.filter(pk=self.pk)
                .values_list("version", "recertify_below_version", "major_revision_id", "renewal_deadline")
                .first()
            )
            if stored:
                self.version, self.recertify_below_version, self.major_revision_id, self.renewal_deadline = stored
        publishing = self.pk and self.live and not self.has_unpublished_changes and self.live_revision_id
        revised = self.major_revision_pending and publishing and self.live_revision_id != self.major_revision_id
        if revised:
            self.version += 1
            self.recertify_below_version = self.version
            self.major_revision_id = self.live_revision_id
            self.renewal_deadline = self.renewal_deadline_pending
        if publishing:
            self.major_revision_pending = False
            self.renewal_deadline_pending = None
        result = super().save(*args, **kwargs)
        if revised:
            from django.db import transaction

            from courses.services import major_revision_published

            course = self
            transaction.on_commit(lambda: major_revision_published.send(sender=CoursePage, course=course))
        return result

    def get_context(self, request, *args, **kwargs):
        from courses.extensions import sections_for
        from courses.selectors import course_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(course_overview(request.user, self))
        context["extra_sections"] = sections_for(request, self, context["enrolment"])
        return context

    def serve(self, request, *args, **kwargs):
        from courses.views import serve_course

        return serve_course(request, self, super().serve)

    @property
    def objectives(self) -> list[str]:
        return [line.strip() for line in self.learning_objectives.splitlines() if line.strip()]


class ModulePage(ViewRestrictionsCheckedOnce, Page):
    """An optional group of lessons inside a course."""

    intro = models.TextField(_("inleiding"), blank=True)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        from django.shortcuts import redirect

        return redirect(self.get_parent().url)


class LessonPage(ViewRestrictionsCheckedOnce, Page):
    summary = models.TextField(_("samenvatting"), blank=True)
    duration_minutes = models.PositiveSmallIntegerField(_("duur (minuten)"), default=20)
    body = StreamField(LessonStreamBlock(), verbose_name=_("inhoud"))
    refresher = models.BooleanField(
        _("onderdeel van de opfrisronde"),
        default=False,
        help_text=_(
            "Bij hercertificering doet de lerende deze les opnieuw, naast de toets. Markeert u geen enkele "
            "les, dan bestaat hercertificering alleen uit de toets."
        ),
    )

    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("refresher")]),
        FieldPanel("body"),
    ]
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("les")
        verbose_name_plural = _("lessen")

    def serve(self, request, *args, **kwargs):
        from courses.views import serve_lesson

        return serve_lesson(request, self)

    def serve_preview(self, request, mode_name):
        # Wagtail's default renders the template with the page alone; a lesson needs its view
        # (request.is_preview keeps the trainer's visit out of the progress records).
        return self.serve(request)


class PeerReviewTask(AbstractGroupApprovalTask):
    """Approval by a member of the group who is not the person who submitted: four eyes."""

    def _requested_by(self, obj):
        state = getattr(obj, "current_workflow_state", None)
        return state.requested_by_id if state else None

    def get_actions(self, obj, user):
        if not user.is_superuser and self._requested_by(obj) == user.pk:
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states if user.is_superuser else states.exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _("Een andere trainer dan de indiener keurt goed")

    class Meta:
        verbose_name = _("beoordeling door een tweede trainer")
        verbose_name_plural = _("beoordelingen door een tweede trainer")


# --- Learning paths ----------------------------------------------------------------------------


class LearningPath(ClusterableModel):
    """An ordered set of courses for a function and/or background. Empty means "everyone"."""

    name = models.CharField(_("naam"), max_length=150)
    function = models.ForeignKey(
        Function,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="learning_paths",
        verbose_name=_("functie"),
        help_text=_("Leeg: voor alle functies."),
    )
    background = models.CharField(
        _("achtergrond"),
        max_length=10,
        choices=Background.choices,
        blank=True,
        help_text=_("Leeg: voor iedere achtergrond."),
    )
    description = models.TextField(_("toelichting"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("function"), FieldPanel("background")]),
        FieldPanel("description"),
        InlinePanel("items", label=_("Cursussen"), min_num=1),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("leerpad")
        verbose_name_plural = _("leerpaden")
        # One path per (function, background); "all functions" counts as one value. Two partial
        # constraints because NULLs are distinct in a plain unique constraint.
        constraints = [
            models.UniqueConstraint(
                fields=["function", "background"],
                condition=Q(function__isnull=False),
                name="one_path_per_function_background",
            ),
            models.UniqueConstraint(
                fields=["background"], condition=Q(function__isnull=True), name="one_general_path_per_background"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class LearningPathItem(Orderable):
    path = ParentalKey(LearningPath, on_delete=models.CASCADE, related_name="items")
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="+", verbose_name=_("cursus"))
    mandatory = models.BooleanField(_("verplicht"), default=True)
    due_within_days = models.PositiveSmallIntegerField(
        _("af te ronden binnen (dagen)"),
        null=True,
        blank=True,
        help_text=_("Gerekend vanaf de start van het lidmaatschap. Leeg: geen termijn."),
    )

    panels = [FieldPanel("course"), FieldPanel("mandatory"), FieldPanel("due_within_days")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["path", "course"], name="course_once_per_path")]


register_snippet(LearningPath)


# --- Learning records ---------------------------------------------------------------------------


class AssignmentQuerySet(RegionScopedQuerySet):
    region_lookup = "region"
    owner_lookup = "user"


class Assignment(models.Model):
    """A manager's extra course with a deadline, for one person or a whole team of their region."""

    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="assignments")
    region = models.ForeignKey("organisations.Region", on_delete=models.PROTECT, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="course_assignments"
    )
    team = models.ForeignKey(
        "organisations.Team", on_delete=models.PROTECT, null=True, blank=True, related_name="course_assignments"
    )
    deadline = models.DateField(_("deadline"))
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["deadline"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(user__isnull=False) & Q(team__isnull=True))
                | (Q(user__isnull=True) & Q(team__isnull=False)),
                name="assignment_person_xor_team",
            ),
        ]


class EnrolmentSource(models.TextChoices):
    PATH = "path", _("Leerpad")
    ASSIGNMENT = "assignment", _("Toegewezen door manager")
    SELF = "self", _("Zelf ingeschreven")
    RECERTIFICATION = "recertification", _("Herhaling voor hercertificering")


class EnrolmentQuerySet(RegionScopedQuerySet):
    owner_lookup = "user"

    def region_q(self, region) -> Q:
        return Q(user__memberships__region=region, user__memberships__valid_to__isnull=True)


class Enrolment(models.Model):
    """A person following a course in one cycle. Recertification opens a new cycle."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="enrolments")
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="enrolments")
    cycle = models.PositiveSmallIntegerField(default=1)
    source = models.CharField(max_length=20, choices=EnrolmentSource.choices)
    mandatory = models.BooleanField(default=True)
    deadline = models.DateField(null=True, blank=True)
    enrolled_at = models.DateTimeField(default=timezone.now)
    # Rewritten on every move to another lesson, the most frequent write of the platform. Left
    # unindexed (like last_activity_at) so that PostgreSQL can update the row in place (a HOT
    # update) instead of adding an entry to each of the table's six indexes; only a deleted lesson
    # looks rows up by it.
    last_lesson = models.ForeignKey(
        LessonPage, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", db_index=False
    )
    last_activity_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    completed_version = models.PositiveIntegerField(null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()
    region_owned = True

    class Meta:
        ordering = ["enrolled_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course", "cycle"], name="one_enrolment_per_course_cycle"),
            models.CheckConstraint(
                condition=Q(completed_at__isnull=True) | Q(completed_version__isnull=False),
                name="completion_records_version",
            ),
        ]
        indexes = [models.Index(fields=["user", "completed_at"], name="enrolment_user_completed")]


class LessonCompletion(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey(LessonPage, on_delete=models.PROTECT, related_name="+")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["enrolment", "lesson"], name="lesson_completed_once")]


class ReflectionAnswer(models.Model):
    """A learner's private answer to a reflection question. Nobody else reads it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    text = models.TextField(max_length=5000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson", "block_id"], name="one_reflection_per_question")
        ]


class ContentWarningAcknowledgement(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    acknowledged_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="warning_acknowledged_once")]
