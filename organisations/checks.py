"""System check: every region-owned model is reachable only through a scoped queryset."""

from django.apps import apps
from django.core import checks


@checks.register()
def check_region_scoped_managers(app_configs=None, **kwargs):
    from organisations.models import Region
    from organisations.scoping import RegionScopedQuerySet

    errors = []
    project_apps = {"organisations", "courses", "assessments", "certificates", "dashboards"}
    for model in apps.get_models():
        if model._meta.app_label not in project_apps or model is Region:
            continue
        owns_region = getattr(model, "region_owned", False) or any(
            getattr(field, "related_model", None) is Region and field.many_to_one
            for field in model._meta.get_fields()
            if field.concrete
        )
        if not owns_region:
            continue
        queryset = model._default_manager.get_queryset()
        if not isinstance(queryset, RegionScopedQuerySet):
            errors.append(
                checks.Error(
                    f"{model._meta.label} belongs to a region but its default manager is not "
                    "region-scoped.",
                    hint="Give it a manager built from a RegionScopedQuerySet subclass "
                    "(organisations.scoping) so that views can call visible_to(user).",
                    obj=model,
                    id="organisations.E001",
                )
            )
    return errors
