from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import Assignment, CoursePage
from organisations.models import Team, User
from organisations.scoping import scope_for


class AssignCourseForm(forms.Form):
    course = forms.ModelChoiceField(label=_("Cursus"), queryset=CoursePage.objects.none())
    person = forms.ModelChoiceField(
        label=_("Persoon"), queryset=User.objects.none(), required=False, empty_label=_("— geen: een heel team —")
    )
    team = forms.ModelChoiceField(
        label=_("Of een heel team"), queryset=Team.objects.none(), required=False, empty_label=_("— geen —")
    )
    deadline = forms.DateField(label=_("Deadline"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, actor: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.actor = actor
        scope = scope_for(actor)
        self.actor_may_assign = scope.all_regions or scope.region_id is not None
        self.fields["course"].queryset = CoursePage.objects.live().order_by("code", "title")
        self.fields["person"].queryset = (
            User.objects.visible_to(actor).filter(is_active=True).order_by("last_name", "first_name")
        )
        self.fields["team"].queryset = Team.objects.visible_to(actor).select_related("region")

    def clean(self):
        data = super().clean()
        if bool(data.get("person")) == bool(data.get("team")):
            raise forms.ValidationError(_("Kies een persoon óf een team."))
        deadline = data.get("deadline")
        if deadline and deadline < timezone.localdate():
            self.add_error("deadline", _("De deadline ligt in het verleden."))
        return data

    def assignment_kwargs(self) -> dict:
        data = self.cleaned_data
        return {
            "course": data["course"],
            "deadline": data["deadline"],
            "user": data.get("person"),
            "team": data.get("team"),
        }

    def recent_assignments(self):
        return (
            Assignment.objects.visible_to(self.actor)
            .select_related("course", "user", "team")
            .order_by("-created_at")[:20]
        )
