from django.apps import AppConfig


class ScorecardsConfig(AppConfig):
    name = "candor_web.scorecards"
    label = "scorecards"
    verbose_name = "Scorecards"
    default_auto_field = "django.db.models.BigAutoField"
