from django.urls import path

from dashboards import views

app_name = "dashboards"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/team/<int:pk>/", views.team, name="team"),
    path("dashboard/medewerker/<int:pk>/", views.person, name="person"),
    path("dashboard/actie/<str:status>/", views.actions, name="actions"),
    path("dashboard/herinneren/", views.remind, name="remind"),
    path("dashboard/export/", views.export_request, name="export_request"),
    path("dashboard/export/<int:pk>/", views.export, name="export"),
    path("dashboard/export/<int:pk>/status/", views.export_status, name="export_status"),
    path("dashboard/export/<int:pk>/download/", views.export_download, name="export_download"),
    path("dashboard/rapport.pdf", views.report, name="report"),
    path("dashboard/landelijk/", views.national, name="national"),
    path("dashboard/landelijk/<slug:slug>/", views.national_region, name="national_region"),
]
