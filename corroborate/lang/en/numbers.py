"""English number words: how a report spells a number ("fourteen", "half a dozen", "9.5 million").
Read by `extract/quantities.py` and `extract/when.py` ("two days later")."""

from __future__ import annotations

# The number words from zero, each at its value's index.
CARDINALS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
             "sixteen seventeen eighteen nineteen twenty").split()
TENS: dict[str, int] = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                        "ninety": 90}
# Twelve, and a multiplier of what comes before it ("two dozen").
DOZEN = "dozen"
# Multipliers; a thousand and above close a group ("two million three hundred thousand").
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                          "trillion": 10**12}
# One half, added to the number ("half a dozen", "two and a half million").
HALF = "half"
# Words inside a spelled number that add nothing: "a hundred", "two hundred and ten".
FILLERS = frozenset({"a", "an", "and"})
