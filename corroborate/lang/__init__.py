"""Language knowledge as data, one package per language (laid out like spaCy's `lang/`).

    corroborate.lang.en.events      the English words for happenings: triggers, moods, sanctions

The engine's own tables (`corroborate.event_types`) name what a thing is; a language package says
how that language words it. Moving the rest of the English word lists here is under way.
"""
