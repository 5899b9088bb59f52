"""The candor web application (Django 5.2 LTS) around the pure core."""
