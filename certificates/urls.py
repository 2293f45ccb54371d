from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("certificaten/", views.certificate_list, name="list"),
    path("certificaten/<int:pk>/download/", views.download, name="download"),
    path("certificaten/<int:pk>/opnieuw-maken/", views.reissue, name="reissue"),
    path("certificaten/mijn-overzicht.pdf", views.my_overview, name="my_overview"),
    path("certificaten/intrekken/", views.revoke, name="revoke"),
    path("certificaten/verifieer/", views.verify, name="verify"),
    path("certificaten/verifieer/<str:code>/", views.verify_code, name="verify_code"),
]
