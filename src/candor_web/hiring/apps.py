from django.apps import AppConfig


class HiringConfig(AppConfig):
    name = "candor_web.hiring"
    label = "hiring"
    verbose_name = "Hiring"
    default_auto_field = "django.db.models.BigAutoField"
