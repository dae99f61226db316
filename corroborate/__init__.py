"""corroborate: many news reports about one story in, one checkable dossier out.

The pipeline, one package per stage, run in order by `pipeline.build`:

    ingest -> clean -> (extract -> reconcile: later) -> store -> report
"""

__version__ = "0.1.0"
