from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "candor_web.decisions"
    label = "decisions"
    verbose_name = "Decision records"
    default_auto_field = "django.db.models.BigAutoField"
