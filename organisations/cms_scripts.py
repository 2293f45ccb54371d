"""Wagtail's own widget initialisers in the CMS, allowed by the nonce and nothing else.

Wagtail 8 still starts some admin widgets with an inline <script> (inline panels, the page, snippet
and task choosers, the date and time pickers; wagtail/wagtail#1288). Under the CMS's policy
(script-src 'self' plus a nonce, no 'unsafe-inline') the browser blocks them, so a trainer could
not add an assessment's pools, choose a course page or pick a date. Allowing 'unsafe-inline' would
let any injected script run as well. Instead, an inline script gets the request's nonce only when
its whole text is one of those initialisers, with arguments that are plain JSON: a script of any
other shape (an injected one included) stays without the nonce and stays blocked.
"""

from __future__ import annotations

import json
import re

from django.middleware.csp import get_nonce
from django.utils.html import escape

_ID = r'"[A-Za-z0-9_\-]+"'
#: `initDateChooser("id_x", {...});` and its date-time and time siblings (widgets/*_input.html).
_PICKER = re.compile(rf"(?:initDateChooser|initDateTimeChooser|initTimeChooser)\({_ID}, (?P<json>\{{.*\}})\);", re.S)
#: `new PageChooser("id_x", {...});` (BaseChooser.render_js_init: page, snippet, document, image…).
_CHOOSER = re.compile(rf"new [A-Z][A-Za-z]*Chooser\({_ID}, (?P<json>\{{.*\}})\);?", re.S)
#: `createTaskChooser("id_x");` (the workflow task chooser).
_TASK_CHOOSER = re.compile(rf"createTaskChooser\({_ID}\);")
#: panels/inline_panel.html and multiple_chooser_panel.html: a JSON string literal, parsed.
_PANEL = re.compile(
    r"\(function\(\) \{\s*var panel = new (?:InlinePanel|MultipleChooserPanel)\("
    r'JSON\.parse\("(?P<literal>(?:[^"\\]|\\.)*)"\)\);\s*\}\)\(\);',
    re.S,
)
_INLINE_SCRIPT = re.compile(r"<script>(?P<body>[^<]*)</script>")


def _is_json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def is_wagtail_initialiser(body: str) -> bool:
    text = body.strip()
    if _TASK_CHOOSER.fullmatch(text):
        return True
    for pattern in (_PICKER, _CHOOSER):
        match = pattern.fullmatch(text)
        if match:
            return _is_json_object(match["json"])
    match = _PANEL.fullmatch(text)
    if match:
        # escapejs writes \uXXXX escapes only, which a JSON string literal reads the same way.
        try:
            return _is_json_object(json.loads(f'"{match["literal"]}"'))
        except ValueError:
            return False
    return False


def grant_nonce(html: str, nonce: str) -> str:
    """`html` with the nonce on every bare inline <script> that is a Wagtail initialiser."""

    def replace(match: re.Match) -> str:
        if not is_wagtail_initialiser(match["body"]):
            return match.group(0)
        return f'<script nonce="{escape(nonce)}">{match["body"]}</script>'

    return _INLINE_SCRIPT.sub(replace, html)


class CMSInlineScriptNonceMiddleware:
    """For HTML responses under /cms/: Wagtail's initialiser scripts get the request's nonce."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.path.startswith("/cms/")
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and b"<script>" in response.content
        ):
            nonce = get_nonce(request)
            if nonce is not None:
                charset = response.charset or "utf-8"
                response.content = grant_nonce(response.content.decode(charset), str(nonce)).encode(charset)
        return response
