"""Knowledge that holds across many languages at once (as spaCy's `xx`): page furniture in the
languages our reports come in, name particles, date labels. Read directly by the stages that run
before a report's language is known; never chosen as a report's language (`lang.available`)."""
