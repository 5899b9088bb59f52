from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "candor_web.feedback"
    label = "feedback"
    verbose_name = "Feedback requests"
    default_auto_field = "django.db.models.BigAutoField"
