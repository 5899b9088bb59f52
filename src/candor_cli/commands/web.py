"""``candor web ...``: run and administer the web application.

Django is imported only when a ``web`` subcommand runs, so the analysis
commands never need it.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "web", help="run and administer the web application", description=__doc__
    )
    web = parser.add_subparsers(dest="web_command", metavar="ACTION", required=True)

    init = web.add_parser("init", help="create the data directory and secret key, then migrate")
    init.set_defaults(handler=_init)

    migrate = web.add_parser("migrate", help="apply database migrations")
    migrate.set_defaults(handler=lambda a: _manage(["migrate", "--noinput"]))

    check = web.add_parser("check", help="run Django's and candor's system checks")
    check.add_argument("--deploy", action="store_true", help="include production checks")
    check.set_defaults(handler=lambda a: _manage(["check", *(["--deploy"] if a.deploy else [])]))

    createuser = web.add_parser("createuser", help="create an administrator account")
    createuser.set_defaults(handler=lambda a: _manage(["createsuperuser"]))

    serve = web.add_parser("serve", help="serve the app (gunicorn) on 127.0.0.1")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=2)
    serve.set_defaults(handler=_serve)

    manage = web.add_parser("manage", help="any Django management command", add_help=False)
    manage.add_argument("args", nargs=argparse.REMAINDER)
    manage.set_defaults(handler=lambda a: _manage(a.args))


def _manage(argv: list[str]) -> int:
    from candor_web.manage import run_management

    try:
        run_management(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def _init(args: argparse.Namespace) -> int:
    from candor_web.conf import parse_data_dir
    from candor_web.manage import init_data_dir

    data_dir = parse_data_dir(os.environ, __import__("pathlib").Path.cwd())
    key = init_data_dir(data_dir)
    print(f"Data directory: {data_dir} (secret key in {key.name})")
    return _manage(["migrate", "--noinput"])


def _serve(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "candor_web.settings")
    from gunicorn.app.wsgiapp import WSGIApplication

    sys.argv = [
        "gunicorn",
        "--bind",
        f"{args.host}:{args.port}",
        "--workers",
        str(args.workers),
        "--access-logfile",
        "-",
        "candor_web.wsgi:application",
    ]
    print(f"Serving candor on http://{args.host}:{args.port}/ (Ctrl+C to stop)")
    WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]").run()
    return 0
