from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("mijn-leren/", views.my_learning, name="my_learning"),
    path("leren/toewijzen/", views.assign, name="assign"),
]
