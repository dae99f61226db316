"""HTML's own vocabulary: tag names and the class / id / role words that say what a part of a
page is. Not a language (a French or a Russian page uses the same "nav", "sidebar", "comments"),
so it lives with the cleaner rather than in `corroborate/lang/`.
"""

from __future__ import annotations

import re

from corroborate.model import RemovedKind

# Elements whose text is never shown to a reader.
INVISIBLE = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")
BLOCK_TAGS = frozenset({
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "figcaption", "blockquote", "pre",
    "dt", "dd", "section", "header", "footer", "nav", "aside", "article", "main", "form", "button",
    "label", "caption", "summary", "address", "ul", "ol", "table", "figure",
})
# Markup words that say what a part of the page is, checked on the element and its ancestors,
# nearest first. Matched against tag names and class / id / role tokens.
KIND_MARKERS: tuple[tuple[RemovedKind, re.Pattern[str]], ...] = (
    (RemovedKind.COMMENTS, re.compile(r"comment|disqus|replies|respond")),
    (
        RemovedKind.ADVERTISING,
        re.compile(r"(?:^|[-_])(?:ad|ads|advert\w*|sponsor\w*|promo\w*|banner|dfp|outbrain|taboola)(?:$|[-_])"),
    ),
    (RemovedKind.NAVIGATION, re.compile(r"^nav$|navigation|navbar|menu|breadcrumb|pagination|^header$|masthead|skip")),
    (
        RemovedKind.WIDGET,
        re.compile(
            r"share|social|newsletter|subscribe|signup|related|recommend|widget|toolbar|^button$|^form$|audio|player|tags?$"
        ),
    ),
    (RemovedKind.BOILERPLATE, re.compile(r"^footer$|footer|copyright|cookie|consent|legal|paywall|^aside$|sidebar")),
    (RemovedKind.OTHER, re.compile(r"^figcaption$|caption|credit")),
)
