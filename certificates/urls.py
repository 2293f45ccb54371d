from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("certificaten/", views.certificate_list, name="list"),
    path("certificaten/<int:pk>/download/", views.download, name="download"),
    path("certificaten/<int:pk>/opnieuw-maken/", views.reissue, name="reissue"),
    path("certificaten/mijn-overzicht.pdf", views.my_overview, name="my_overview"),
    path("certificaten/intrekken/", views.revoke, name="revoke"),
    path("certificaten/bundel/", views.bundle_request, name="bundle_request"),
    path("certificaten/bundel/<int:pk>/", views.bundle, name="bundle"),
    path("certificaten/bundel/<int:pk>/status/", views.bundle_status, name="bundle_status"),
    path("certificaten/bundel/<int:pk>/download/", views.bundle_download, name="bundle_download"),
    path("certificaten/verifieer/", views.verify, name="verify"),
    path("certificaten/verifieer/<str:code>/", views.verify_code, name="verify_code"),
]
