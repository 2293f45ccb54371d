"""Courses listens to news from organisations, allauth and Wagtail (its own pages)."""

from allauth.account.signals import user_logged_in
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from courses.fragments import media_changed
from courses.models import CourseCatalogPage, CoursePage, HomePage, LessonPage, ModulePage
from courses.pagecache import tree_changed
from courses.routing import SITE_VERSION, VIEW_RESTRICTIONS_VERSION
from organisations import versions
from organisations.signals import membership_changed


@receiver(membership_changed)
def enrol_in_learning_path(sender, user, **kwargs):
    from courses.services import sync_path_enrolments

    sync_path_enrolments(user=user)


@receiver(user_logged_in)
def refresh_learning_path_on_login(sender, request, user, **kwargs):
    # Trainers may have added courses to a path since the last visit.
    from courses.services import sync_path_enrolments

    sync_path_enrolments(user=user)


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def forget_the_site(sender, **kwargs):
    versions.replace([SITE_VERSION])


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def forget_whether_pages_are_private(sender, **kwargs):
    versions.replace([VIEW_RESTRICTIONS_VERSION])


#: Saving a page row (a revision saved, a publish, a change in code), deleting one, or moving a
#: subtree changes what courses.pagecache keeps. Moves update descendants with a queryset update,
#: which sends no post_save: post_page_move covers them.
_TREE_MODELS = (Page, HomePage, CourseCatalogPage, CoursePage, ModulePage, LessonPage)


def forget_the_tree(sender, **kwargs):
    tree_changed()


for _model in _TREE_MODELS:
    post_save.connect(forget_the_tree, sender=_model, dispatch_uid=f"tree-saved-{_model._meta.label}")
    post_delete.connect(forget_the_tree, sender=_model, dispatch_uid=f"tree-deleted-{_model._meta.label}")
for _signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
    _signal.connect(forget_the_tree, dispatch_uid=f"tree-{id(_signal)}")


def forget_rendered_media(sender, **kwargs):
    media_changed()


# A replaced image or document changes the lesson HTML that shows it (courses.fragments).
for _model in (get_image_model(), get_document_model()):
    post_save.connect(forget_rendered_media, sender=_model, dispatch_uid=f"media-saved-{_model._meta.label}")
    post_delete.connect(forget_rendered_media, sender=_model, dispatch_uid=f"media-deleted-{_model._meta.label}")
