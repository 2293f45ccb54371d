from django.urls import path

from assessments import views

app_name = "assessments"

urlpatterns = [
    path("toetsen/<int:pk>/", views.assessment_detail, name="assessment"),
    path("toetsen/<int:pk>/statistiek/", views.assessment_statistics, name="statistics"),
    path("toetsen/poging/<int:pk>/", views.attempt_resume, name="attempt"),
    path("toetsen/poging/<int:pk>/vraag/<int:position>/", views.attempt_item, name="item"),
    path("toetsen/poging/<int:pk>/verlengen/", views.attempt_extend, name="extend"),
    path("toetsen/poging/<int:pk>/inleveren/", views.attempt_submit, name="submit"),
    path("toetsen/poging/<int:pk>/uitslag/", views.attempt_result, name="result"),
    path("toetsen/herbeoordelen/<str:kind>/<int:pk>/", views.regrade, name="regrade"),
    path("beoordelen/", views.grading_queue, name="grading_queue"),
    path("beoordelen/<int:pk>/", views.grade, name="grade"),
]
