"""Rendering released letters: plain text, Markdown, HTML e-mail and PDF.

Renderers accept only a :class:`~candor.letters.gate.ReleasedLetter`, so a
letter cannot be rendered without passing the safety gate. Layout lives in
Jinja2 templates under ``letters/templates/`` (gettext-ready through
``jinja2.ext.i18n``); the words of the letter come from the composer.

PDF goes through WeasyPrint (imported on first use): one HTML-to-PDF pass per
letter, with the stylesheet and font configuration parsed once per process.
An organisation can replace the letterhead with its own template (policy
``letterhead.template``) that ``{% extends "letter_pdf.html.j2" %}`` and
overrides ``{% block letterhead %}``.

Template IDs: ``letter.txt@1``, ``letter.md@1``, ``letter.html@1``, ``letter.pdf@1``.
"""

from __future__ import annotations

import functools
import gettext
import re
import textwrap
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any, Literal

import jinja2
from markupsafe import Markup, escape

from candor.errors import InputError, Problem
from candor.letters.compose import format_date
from candor.letters.gate import ReleasedLetter
from candor.letters.policy import Letterhead

__all__ = [
    "FORMATS",
    "TEMPLATE_IDS",
    "Format",
    "render",
    "render_html",
    "render_markdown",
    "render_pdf",
    "render_pdf_html",
    "render_text",
]

Format = Literal["text", "md", "html", "pdf"]
FORMATS: tuple[Format, ...] = ("text", "md", "html", "pdf")
TEMPLATE_IDS: dict[str, str] = {
    "text": "letter.txt@1",
    "md": "letter.md@1",
    "html": "letter.html@1",
    "pdf": "letter.pdf@1",
}
_TEMPLATES = {
    "text": "letter.txt.j2",
    "md": "letter.md.j2",
    "html": "letter_email.html.j2",
    "pdf": "letter_pdf.html.j2",
}
_URL = re.compile(r"(https?://[^\s<>\"']+[^\s<>\"'.,;:)])")
_MD_SPECIAL = re.compile(r"([\\`*\[\]<>])")


@functools.lru_cache(maxsize=8192)
def _wrap(text: str, width: int = 72, indent: str = "") -> str:
    return textwrap.fill(
        text,
        width=width,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _linkify(text: str) -> Markup:
    escaped = str(escape(text))
    return Markup(_URL.sub(r'<a href="\1" style="color:inherit;">\1</a>', escaped))  # noqa: S704


def _cssstr(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


@functools.lru_cache(maxsize=16)
def _environment(
    translations: gettext.NullTranslations | None, custom: str | None
) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if custom is not None:
        loaders.append(jinja2.FileSystemLoader(str(Path(custom).parent)))
    loaders.append(jinja2.PackageLoader("candor.letters", "templates"))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(["html.j2", "html"], default_for_string=False),
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        keep_trailing_newline=True,
        trim_blocks=False,
    )
    env.filters.update(wrap=_wrap, md=_md, linkify=_linkify, cssstr=_cssstr)
    if translations is None:
        env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    else:
        env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]
    return env


def _render(
    released: ReleasedLetter,
    fmt: Format,
    *,
    letterhead: Letterhead,
    translations: gettext.NullTranslations | None,
) -> str:
    custom = letterhead.template if fmt == "pdf" else None
    name = Path(custom).name if custom else _TEMPLATES[fmt]
    letter = released.letter
    footer = " · ".join(
        x
        for x in (letterhead.name or letter.organisation, *letterhead.address, letterhead.website)
        if x
    )
    try:
        template = _environment(translations, custom).get_template(name)
        return template.render(
            letter=letter,
            letterhead=letterhead,
            date=format_date(letter.date, translations),
            footer=footer,
        )
    except jinja2.TemplateSyntaxError as exc:
        raise InputError(
            Problem(f"template error: {exc.message}", source=exc.filename or name, line=exc.lineno)
        ) from None
    except jinja2.TemplateError as exc:
        raise InputError(Problem(f"template error: {exc}", source=custom or name)) from None


def render_text(
    released: ReleasedLetter,
    *,
    letterhead: Letterhead | None = None,
    translations: gettext.NullTranslations | None = None,
) -> str:
    """Plain-text e-mail, wrapped at 72 columns."""
    out = _render(
        released, "text", letterhead=letterhead or Letterhead(), translations=translations
    )
    return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"


def render_markdown(
    released: ReleasedLetter,
    *,
    letterhead: Letterhead | None = None,
    translations: gettext.NullTranslations | None = None,
) -> str:
    """Markdown (CommonMark), for portals and documentation."""
    out = _render(released, "md", letterhead=letterhead or Letterhead(), translations=translations)
    return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"


def render_html(
    released: ReleasedLetter,
    *,
    letterhead: Letterhead | None = None,
    translations: gettext.NullTranslations | None = None,
) -> str:
    """HTML e-mail: table layout and inline styles, readable in common mail clients."""
    return _render(
        released, "html", letterhead=letterhead or Letterhead(), translations=translations
    )


def render_pdf_html(
    released: ReleasedLetter,
    *,
    letterhead: Letterhead | None = None,
    translations: gettext.NullTranslations | None = None,
) -> str:
    """The HTML document WeasyPrint turns into the PDF (useful to inspect a letterhead)."""
    return _render(
        released, "pdf", letterhead=letterhead or Letterhead(), translations=translations
    )


@functools.cache
def _weasy() -> tuple[Any, Any, Any]:
    try:
        import weasyprint
        from weasyprint.text.fonts import FontConfiguration
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise InputError(
            f"PDF output needs WeasyPrint (pip install 'candor[pdf]'): {exc}"
        ) from None
    fonts = FontConfiguration()
    css_text = (
        importlib_resources.files("candor.letters")
        .joinpath("templates/letter_pdf.css")
        .read_text(encoding="utf-8")
    )
    css = weasyprint.CSS(string=css_text, font_config=fonts)
    return weasyprint, fonts, css


def render_pdf(
    released: ReleasedLetter,
    *,
    letterhead: Letterhead | None = None,
    translations: gettext.NullTranslations | None = None,
) -> bytes:
    """A PDF on the organisation's letterhead (WeasyPrint; one layout pass per letter)."""
    html = render_pdf_html(released, letterhead=letterhead, translations=translations)
    weasyprint, fonts, css = _weasy()
    pdf: bytes = weasyprint.HTML(string=html).write_pdf(stylesheets=[css], font_config=fonts)
    return pdf


def render(
    released: ReleasedLetter,
    fmt: Format,
    *,
    letterhead: Letterhead | None = None,
    translations: gettext.NullTranslations | None = None,
) -> str | bytes:
    """Render in one of :data:`FORMATS`."""
    if fmt == "text":
        return render_text(released, letterhead=letterhead, translations=translations)
    if fmt == "md":
        return render_markdown(released, letterhead=letterhead, translations=translations)
    if fmt == "html":
        return render_html(released, letterhead=letterhead, translations=translations)
    if fmt == "pdf":
        return render_pdf(released, letterhead=letterhead, translations=translations)
    raise InputError(
        Problem(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}", field="format")
    )
