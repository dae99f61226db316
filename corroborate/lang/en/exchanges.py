"""How English words a trade of one thing for another: "in exchange for", "in return", "swap X
for Y", and the words that tie a release to a concession. Read by `extract/exchanges.py` through
`corroborate.lang.data(language, "exchanges")`.
"""

from __future__ import annotations

# Lemmas that link a release and a concession in one sentence: "freed after", "following",
# "coincided with".
RECIPROCAL_LINKS = frozenset("after following coincide".split())
# Words that make a paragraph speak of a deal, so that a release and a concession in it are a trade.
DEAL_WORDS = frozenset("deal agreement accord bargain swap trade exchange".split())
# Verbs of trading: "trade / swap / exchange X for Y".
TRADE_VERBS = frozenset("trade swap exchange barter".split())
# The nouns of "in exchange for Y" and "in return for Y" (lemmas), with the preposition before
# them and the one before what was received.
IN_EXCHANGE = frozenset({"exchange", "return"})
IN = frozenset({"in"})
FOR = frozenset({"for"})
# The noun of "In return, Z" opening a sentence: Z was received for the happening told before.
IN_RETURN = frozenset({"return"})
# Verbs that make a trade with no happening on either side only proposed: "negotiating a swap".
BARGAINING = frozenset({"negotiate", "offer", "propose", "seek", "discuss"})
