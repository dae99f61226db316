"""Page furniture in several languages at once: comment headers, widget buttons, promotions,
bylines and photo credits. Read by `clean/text.py`, which runs before a report's language is known,
so every language's phrases are tried on every page. Patterns are sources for `re`; the cleaner
compiles them case-insensitively.
"""

from __future__ import annotations

# The word for the comment section: English, Croatian/Serbian/Slovene, German/Scandinavian,
# Russian, French, Spanish, Italian, Dutch, Finnish.
COMMENT_WORD = (
    r"(?:comments?|responses|replies|reactions|komentar\w*|kommentar\w*|коммент\w*|"
    r"commentaires?|comentarios?|commenti|reacties|kommentit)"
)
# A whole line that opens a comment section: a count ("12 Comments"), the bare word, a
# "no comments yet", or an invitation to write one. Verbose (re.X): white space is layout.
COMMENT_HEADER = rf"""^(?:
        \d+\s+{COMMENT_WORD}
      | {COMMENT_WORD}\s*:?\s*\(?\d*\)?
      | no\s+comments?(?:\s+yet)?\s*[:.]?
      | (?:post|leave|add|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)\b.*
      | leave\s+a\s+reply
      | join\s+the\s+(?:discussion|conversation)\b.*
      | (?:show|view|read|load|see)\s+(?:all\s+)?(?:\d+\s+)?comments?\b.*
      | (?:pogledaj|prikaži)\s+komentare.* | (?:pošalji|ostavi|napiši)\s+komentar.*
      | (?:оставить|написать|добавить)\s+комментарий.*
      | deja\s+(?:un|tu)\s+comentario.* | laisser\s+un\s+commentaire.*
      | kommentar\s+(?:schreiben|verfassen).* | lascia\s+un\s+commento.*
    )$"""

# The text of a whole-line widget, per kind of removed block (RemovedKind's value). The cleaner
# anchors each at both ends and allows a closing "." "!" or ":".
WIDGETS: dict[str, str] = {
    # Buttons: listen, print, share, save, fact-check, reading time.
    "widget": (
        r"listen(?: to)?(?: (?:the|this))?(?: article| story)?(?:\s*\(?\d+\s*min\w*\)?)?|play audio|"
        r"audio version|text size|font size|print(?: this)?(?: article| page)?|e-?mail(?: this)?(?: article)?|"
        r"copy link|save(?: this)?(?: article| for later)?|bookmark|gift(?: this)? article|"
        r"share(?: this)?(?: article| story| page)?(?: on \w+| via \w+)?|tweet|whatsapp|telegram|"
        r"facebook|twitter|linkedin|reddit|x|fact[- ]?check(?:er)?|"
        r"verify (?:the accuracy of )?this (?:article|story)\b.*|rate this (?:article|story)|"
        r"was this (?:article |story )?helpful\??|\d+ min(?:ute)?s? read|reading time:?.*|"
        r"слушать(?: статью)?|поделиться|artikel (?:anhören|vorlesen)|teilen|"
        r"écouter(?: l'article| cet article)?|partager|escuchar(?: (?:el|este) artículo)?|compartir|"
        r"podijeli|poslušaj(?: članak)?|ascolta(?: l'articolo)?|condividi"
    ),
    # Links that move around the site, and "read also" lists.
    "navigation": (
        r"skip to (?:main )?content|skip navigation|back to top|home|menu|search|"
        r"(?:next|previous) (?:article|story)|(?:read|see) (?:also|more)(?::.*)?|"
        r"related(?: articles| stories| topics| content)?:?|more (?:on|from|about) this\b.*|"
        r"most (?:read|popular|viewed)|trending(?: now)?|читайте также.*|lesen sie auch.*|"
        r"lire aussi.*|lee también.*|pročitajte (?:još|i)\b.*"
    ),
    # The label over an advertisement.
    "advertising": (
        r"advertisement|advertising|sponsored(?: content)?|promoted|ad|paid (?:post|content)|"
        r"anzeige|werbung|реклама|publicité|publicidad|pubblicità|oglas"
    ),
    # Subscription, newsletter, app, copyright and cookie prompts.
    "boilerplate": (
        r"subscribe(?: now| today)?\b.*|sign (?:up|in)(?: for\b.*| to\b.*)?|log ?in|register|"
        r"(?:become|join as) a (?:member|subscriber|supporter)\b.*|"
        r"support (?:our|independent|quality) journalism\b.*|.*\bnewsletters?|follow us on\b.*|"
        r"download (?:our|the) app\b.*|all rights reserved\b.*|.*\ball rights reserved|©.*|"
        r"copyright\s+(?:©\s*)?\d{4}\b.*|we use cookies\b.*|accept (?:all )?cookies|"
        r"please enter your (?:comment|name|email)\b.*|подписаться\b.*|abonnieren\b.*|"
        r"s'abonner\b.*|suscríbete\b.*|pretplati se\b.*"
    ),
}

# An invitation to go elsewhere, at the start of the line or after an outlet name and a dash
# ("Explore more ... at site.com"): English, Spanish, German, French, Italian, Russian.
PROMO_VERB = (
    r"(?:^|[-–—|:]\s*)(?:explore|discover|read|find|get|visit|see|follow|download|subscribe|"
    r"sign up|learn|for more|more|explora|descubre|lee|visita|entdecken|lesen|besuchen|"
    r"découvrez|lisez|visitez|scopri|leggi|читайте|узнайте|подписывайтесь)\b"
)
# A byline ("By A and B | date", "Von ...", "Par ...", "Автор: ..."); group 1 holds the names.
BYLINE = r"^(?:by|from|von|par|por|di|автор:?|от)\s+(.+)$"
# A credit after a slash or a "Photo:" label ends a caption: "... the border. / Agency Name".
CAPTION_CREDIT = (
    r"\S\s+[/|]\s+[^/|.!?]{2,40}$|"
    r"(?:\(|\b)(?:photo|photograph|picture|image|credit|foto|фото)s?\s*(?:by\b|:)\s*[^.()]{2,60}\)?\.?$"
)
