"""Knowledge that holds across many languages at once (read directly, never as a report's language)."""
