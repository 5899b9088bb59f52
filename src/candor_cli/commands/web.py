"""``candor web ...``: run and administer the web application.

Django is imported only when a ``web`` subcommand runs, so the analysis
commands never need it.
"""

from __future__ import annotations

import argparse
import errno
import os
import socket
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

    createuser = web.add_parser(
        "createuser",
        help="create a staff account in an organisation (created if new), or a platform operator",
        description="Create a staff account. The password is read from the terminal, or from "
        "CANDOR_NEW_PASSWORD when set (for scripts).",
    )
    createuser.add_argument("username", nargs="?")
    createuser.add_argument(
        "--organisation", help="organisation name (created if it does not exist)"
    )
    createuser.add_argument(
        "--role", choices=["admin", "recruiter", "interviewer", "analyst"], default="admin"
    )
    createuser.add_argument("--email", default="")
    createuser.add_argument("--first-name", default="")
    createuser.add_argument("--last-name", default="")
    createuser.add_argument(
        "--operator",
        action="store_true",
        help="a platform operator (Django superuser for /admin/, no organisation)",
    )
    createuser.set_defaults(handler=_createuser)

    audit = web.add_parser("audit", help="the audit log")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser(
        "verify", help="check every organisation's hash chain; exit 1 if any link is broken"
    )
    verify.set_defaults(handler=_audit_verify)

    worker = web.add_parser(
        "worker",
        help="send queued e-mail (the outbox) and run reminders and expiry",
        description="Deliver the outbox over the configured mail backend (CANDOR_SMTP_*, see "
        "docs/configuration.md), retrying with backoff; expire unverified requests and queue "
        "reminders. Runs until stopped unless --once or --batch is given.",
    )
    mode = worker.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="one pass, then exit")
    mode.add_argument("--batch", action="store_true", help="send until nothing is due, then exit")
    worker.add_argument(
        "--interval", type=float, default=5.0, help="seconds between polls when idle (default 5)"
    )
    worker.add_argument(
        "--lease",
        type=int,
        default=120,
        help="seconds a claimed message is reserved before another worker may retry it",
    )
    worker.set_defaults(handler=_worker)

    ingest = web.add_parser(
        "ingest-mail",
        help="read .eml files or a Maildir into feedback requests (unmatched ones to triage)",
    )
    ingest.add_argument("path", help="an .eml file, a folder of .eml files, or a Maildir")
    ingest.add_argument(
        "--organisation",
        metavar="SLUG",
        help="the organisation the mailbox belongs to (required when there are several)",
    )
    ingest.set_defaults(handler=_ingest_mail)

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
    problem = port_problem(args.host, args.port)
    if problem:
        print(f"candor web serve: {problem}", file=sys.stderr)
        return 1
    return serve(host=args.host, port=args.port, workers=args.workers)


def port_problem(host: str, port: int) -> str:
    """A sentence saying why ``host:port`` cannot be served on, or ``""``."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return (
                    f"port {port} on {host} is already in use (another candor or another "
                    f"program?). Stop it, or choose another port with --port {port + 1}."
                )
            return f"cannot listen on {host}:{port}: {exc.strerror}"
    return ""


def serve(*, host: str, port: int, workers: int, announce: bool = True) -> int:
    """Serve the app with gunicorn until interrupted (Ctrl+C); return the exit status."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "candor_web.settings")
    from gunicorn.app.wsgiapp import WSGIApplication

    if "django" in sys.modules:
        # Do not hand an open database connection to the forked workers.
        from django.db import connections

        connections.close_all()
    sys.argv = [
        "gunicorn",
        "--bind",
        f"{host}:{port}",
        "--workers",
        str(workers),
        "--access-logfile",
        "-",
        "candor_web.wsgi:application",
    ]
    if announce:
        print(f"Serving candor on http://{host}:{port}/ (Ctrl+C to stop)")
    try:
        WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]").run()
    except SystemExit as exc:
        return int(exc.code or 0)
    except KeyboardInterrupt:
        return 0
    return 0


def _createuser(args: argparse.Namespace) -> int:
    if args.operator:
        return _manage(
            ["createsuperuser", *(["--username", args.username] if args.username else [])]
        )
    if not args.username or not args.organisation:
        print(
            "candor web createuser: give a USERNAME and --organisation NAME "
            "(or --operator for a platform operator)",
            file=sys.stderr,
        )
        return 2
    password = os.environ.get("CANDOR_NEW_PASSWORD", "")
    if not password:
        import getpass

        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            print("candor web createuser: the passwords differ", file=sys.stderr)
            return 2
    from candor_web.manage import setup

    setup()
    from candor_web.accounts.operations import staff_create
    from candor_web.errors import ServiceError

    try:
        user = staff_create(
            organisation_name=args.organisation,
            username=args.username,
            password=password,
            role=args.role,
            email=args.email,
            first_name=args.first_name,
            last_name=args.last_name,
        )
    except ServiceError as exc:
        print(f"candor web createuser: {exc.message}", file=sys.stderr)
        return 2
    print(f"Created {user.username} ({user.role}) in {user.organisation}.")
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    from candor_web.manage import setup

    setup()
    from candor_web.audit.selectors import audit_chain_verify_all

    reports = audit_chain_verify_all()
    broken = 0
    for r in reports:
        if r.ok:
            print(f"ok      {r.organisation}: {r.events} events")
        else:
            broken += 1
            print(f"BROKEN  {r.organisation}: event #{r.broken_at}: {r.problem}")
    if not reports:
        print("no organisations yet")
    return 1 if broken else 0


def _worker(args: argparse.Namespace) -> int:
    from candor_web.manage import setup

    setup()
    from django.conf import settings

    from candor_web.outbox.worker import run_worker

    backend = str(settings.EMAIL_BACKEND).rsplit(".", 2)[-2]
    where = {
        "smtp": f"SMTP {settings.EMAIL_HOST}:{settings.EMAIL_PORT}",
        "filebased": f"files in {getattr(settings, 'EMAIL_FILE_PATH', '')} (set CANDOR_SMTP_HOST to send)",
        "console": "the console",
        "locmem": "memory (tests)",
    }.get(backend, backend)
    print(f"candor worker: sending to {where}", file=sys.stderr)
    return run_worker(
        once=args.once,
        batch=args.batch,
        interval=args.interval,
        lease=args.lease,
        out=lambda line: print(line, file=sys.stderr),
    )


def _ingest_mail(args: argparse.Namespace) -> int:
    from candor_web.manage import setup

    setup()
    from candor_web.feedback.intake import feedback_ingest_mail
    from candor_web.organisations.models import Organisation

    if args.organisation:
        organisation = Organisation.objects.filter(slug=args.organisation).first()
        if organisation is None:
            print(f"candor web ingest-mail: no organisation {args.organisation!r}", file=sys.stderr)
            return 2
    else:
        found = list(Organisation.objects.order_by("pk")[:2])
        if len(found) != 1:
            print(
                "candor web ingest-mail: "
                + (
                    "there are several organisations; say which mailbox this is with "
                    "--organisation SLUG"
                    if found
                    else "no organisations yet"
                ),
                file=sys.stderr,
            )
            return 2
        organisation = found[0]
    report = feedback_ingest_mail(organisation=organisation, path=args.path)
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    print(
        f"{report.requests} request(s), {report.triage} to triage, "
        f"{report.duplicates} already seen, {len(report.problems)} problem(s)"
    )
    return 1 if report.problems else 0
