from django.urls import path

from organisations import erasure_views, privacy_views, views

app_name = "organisations"

urlpatterns = [
    path("mensen/", views.people_list, name="people_list"),
    path("mensen/nieuw/", views.person_create, name="person_create"),
    path("mensen/<int:pk>/", views.person_detail, name="person_detail"),
    path("mensen/<int:pk>/wijzigen/", views.person_edit, name="person_edit"),
    path("mensen/<int:pk>/deactiveren/", views.person_deactivate, name="person_deactivate"),
    path("mensen/<int:pk>/activeren/", views.person_reactivate, name="person_reactivate"),
    path("mensen/<int:pk>/uitnodiging/", views.person_resend_invitation, name="person_resend_invitation"),
    path("mensen/<int:pk>/wissen/", erasure_views.person_erase, name="person_erase"),
    path("uitnodiging/<str:token>/", views.accept_invitation, name="accept_invitation"),
    path("privacy/", privacy_views.privacy, name="privacy"),
    path("mijn-gegevens/", privacy_views.my_data, name="my_data"),
    path("mijn-gegevens/export.json", privacy_views.my_data_json, name="my_data_json"),
    path("mijn-gegevens/export.pdf", privacy_views.my_data_pdf, name="my_data_pdf"),
]
