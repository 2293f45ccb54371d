"""System check: every region-owned model is reachable only through a scoped queryset."""

from django.apps import apps
from django.core import checks

PROJECT_APPS = {"organisations", "courses", "assessments", "certificates", "dashboards"}


def unscoped_region_models(models=None) -> list:
    """Models that belong to a region (a foreign key to Region, or `region_owned = True`) but
    whose default manager has no `visible_to`."""
    from organisations.models import Region
    from organisations.scoping import RegionScopedQuerySet

    candidates = models if models is not None else apps.get_models()
    found = []
    for model in candidates:
        if model._meta.app_label not in PROJECT_APPS or model is Region:
            continue
        owns_region = getattr(model, "region_owned", False) or any(
            field.many_to_one and field.related_model is Region for field in model._meta.get_fields() if field.concrete
        )
        if owns_region and not isinstance(model._default_manager.get_queryset(), RegionScopedQuerySet):
            found.append(model)
    return found


@checks.register()
def check_region_scoped_managers(app_configs=None, **kwargs):
    return [
        checks.Error(
            f"{model._meta.label} belongs to a region but its default manager is not region-scoped.",
            hint="Give it a manager built from a RegionScopedQuerySet subclass (organisations.scoping) "
            "so that views can call visible_to(user).",
            obj=model,
            id="organisations.E001",
        )
        for model in unscoped_region_models()
    ]
