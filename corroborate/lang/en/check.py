"""How English marks a sentence that states no checkable fact: a prediction or an opinion.
Read by `check/text.py` through `corroborate.lang.data(language, "check")`.
"""

from __future__ import annotations

# Modal auxiliaries (lemmas, tag MD) that put what the verb says in the future or in the
# possible: "the bridge will reopen", "the toll could rise". A prediction, not yet a fact.
PREDICTION_MODALS = frozenset("will would could might may shall".split())
# Verbs (lemmas) whose clause is a forecast or an expectation: "officials expect the port to reopen".
PREDICTION_VERBS = frozenset("expect predict forecast anticipate project".split())
# Verbs (lemmas) of holding an opinion: "she believes the plan is reckless".
OPINION_VERBS = frozenset("believe think feel consider doubt hope".split())
# Words of obligation or judgement: "the city should have acted", "a shameful decision".
OPINION_MODALS = frozenset("should must ought".split())
