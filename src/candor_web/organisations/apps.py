from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "candor_web.organisations"
    label = "organisations"
    verbose_name = "Organisations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from candor_web import checks  # noqa: F401  (registers the system checks)
