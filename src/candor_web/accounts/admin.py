from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from candor_web.accounts.models import User


@admin.register(User)
class CandorUserAdmin(UserAdmin):  # type: ignore[type-arg]
    """Platform operators manage accounts here; organisation admins use /people/."""

    list_display = ("username", "first_name", "last_name", "organisation", "role", "is_active")
    list_filter = ("organisation", "role", "is_active")
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        ("candor", {"fields": ("organisation", "role", "job_title")}),
    )
