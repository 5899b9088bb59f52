from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "candor_web.accounts"
    label = "accounts"
    verbose_name = "People and roles"
    default_auto_field = "django.db.models.BigAutoField"
