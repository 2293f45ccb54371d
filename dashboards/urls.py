from django.urls import path

from dashboards import views

app_name = "dashboards"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/team/<int:pk>/", views.team, name="team"),
    path("dashboard/medewerker/<int:pk>/", views.person, name="person"),
    path("dashboard/actie/<str:status>/", views.actions, name="actions"),
    path("dashboard/herinneren/", views.remind, name="remind"),
    path("dashboard/landelijk/", views.national, name="national"),
    path("dashboard/landelijk/<slug:slug>/", views.national_region, name="national_region"),
]
