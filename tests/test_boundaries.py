"""The core is pure: importing it must not pull in Django (architecture.md)."""

import subprocess
import sys

CORE_MODULES = ["candor", "candor.plans", "candor.scoring", "candor.tables", "candor.candidates"]


def test_importing_the_core_leaves_django_out() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import candor\n"
        "for m in pkgutil.walk_packages(candor.__path__, 'candor.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n == 'django' or n.startswith(('django.', 'candor_web', 'candor_cli')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"the core imported: {out.stdout.strip()}"


def test_cli_help_does_not_import_django_or_scipy() -> None:
    code = (
        "import sys\n"
        "from candor_cli.main import build_parser\n"
        "build_parser()\n"
        "print(','.join(n for n in ('django', 'scipy.stats', 'weasyprint') if n in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
