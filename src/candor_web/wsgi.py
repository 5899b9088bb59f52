"""WSGI entry point (gunicorn, and `candor web serve`)."""

import os
import threading

from django.core.wsgi import get_wsgi_application

from candor.language.engine import default_engine

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "candor_web.settings")
application = get_wsgi_application()

# Building the screening engine takes a few seconds; start it now in the background so
# that the first scorecard or letter screened by this worker does not wait for it.
threading.Thread(target=default_engine, name="candor-warm-language", daemon=True).start()
