"""The app's builds as background jobs: a bounded queue, one worker, the latest job of each story.

    Builds(db_path, budget=BUILD_BUDGET_SECONDS, max_queued=MAX_QUEUED_BUILDS)
        .submit(story_id) -> Job       queue a build, or join the story's queued or running one
                                       raises QueueFull when MAX_QUEUED_BUILDS builds already wait
        .latest(story_id) -> Job|None  the story's latest job, in any state
        .wait(story_id, timeout) -> Job|None   until that job is done or failed (for tests, scripts)
        .close()                       stop the worker; queued jobs are dropped

A request that asks for a build returns at once; the build runs in the worker's child process
(`worker.BuildProcess`), one at a time (one parser, one store writer), and is stopped when it
runs over its time budget. Pages are served meanwhile: no request waits for a build.
"""

from __future__ import annotations

import contextlib
import itertools
import queue
import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from corroborate.errors import CorroborateError
from corroborate.web.worker import BuildFailed, BuildProcess

# Builds waiting for the worker, beyond the one running. A build of a few reports takes seconds to a
# minute, so 16 waiting is a long afternoon's work already; more is a stuck client or a flood, and
# is refused (429) rather than held in memory.
MAX_QUEUED_BUILDS = 16
# One build's time in the app, at most. The bundled five-report example (52 KB) built in 33 s, and
# 143 s the first time, on 2 cores shared at load average 9 at the build's lower priority; ten
# minutes leaves room for twenty such reports, and stops an upload of 100 MB from holding the one
# build process for hours. Past this the build is stopped: such a story is for `corroborate build`.
BUILD_BUDGET_SECONDS = 600.0


class JobState(Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class Job:
    id: int
    story_id: int
    state: JobState
    queued: str  # ISO times, UTC, to the second
    finished: str | None = None
    run_id: int | None = None  # when done
    message: str | None = None  # when failed: why, in one line

    @property
    def active(self) -> bool:
        return self.state in (JobState.QUEUED, JobState.RUNNING)


class QueueFull(CorroborateError):
    """Too many builds wait already: the request is refused, not queued."""


class Builds:
    """The job queue and its one worker thread (started with the first job)."""

    def __init__(self, db_path: Path, budget: float = BUILD_BUDGET_SECONDS,
                 max_queued: int = MAX_QUEUED_BUILDS) -> None:
        self._budget = budget
        self._queue: queue.Queue[int | None] = queue.Queue(maxsize=max_queued)
        self._jobs: dict[int, Job] = {}
        self._changed = threading.Condition()
        self._ids = itertools.count(1)
        self._process = BuildProcess(db_path)
        self._thread: threading.Thread | None = None
        self._closed = False

    def submit(self, story_id: int) -> Job:
        with self._changed:
            current = self._jobs.get(story_id)
            if current is not None and current.active:
                return current
            if self._closed:
                raise CorroborateError("the app is stopping: no new builds")
            try:
                self._queue.put_nowait(story_id)
            except queue.Full as exc:
                raise QueueFull(f"{self._queue.maxsize} builds are waiting already; try again when they are "
                                "done (the front page lists the runs as they finish)") from exc
            job = Job(next(self._ids), story_id, JobState.QUEUED, _now())
            self._jobs[story_id] = job
            self._start()
            return job

    def latest(self, story_id: int) -> Job | None:
        with self._changed:
            return self._jobs.get(story_id)

    def wait(self, story_id: int, timeout: float) -> Job | None:
        with self._changed:
            self._changed.wait_for(lambda: not (job := self._jobs.get(story_id)) or not job.active, timeout)
            return self._jobs.get(story_id)

    def close(self) -> None:
        with self._changed:
            self._closed = True
        self._process.stop(final=True)  # a running build ends now; its job is marked failed
        with contextlib.suppress(queue.Full):  # when full, the worker sees `_closed` at its next job
            self._queue.put_nowait(None)
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="corroborate-builds", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        while (story_id := self._queue.get()) is not None and not self._closed:
            self._set(story_id, state=JobState.RUNNING)
            try:
                run_id = self._process.build(story_id, self._budget)
            except BuildFailed as exc:
                self._set(story_id, state=JobState.FAILED, message=str(exc), finished=_now())
            else:
                self._set(story_id, state=JobState.DONE, run_id=run_id, finished=_now())
        with self._changed:
            for story, job in self._jobs.items():
                if job.active:
                    self._jobs[story] = replace(job, state=JobState.FAILED, message="the app stopped before the build")
            self._changed.notify_all()

    def _set(self, story_id: int, **change: object) -> None:
        with self._changed:
            self._jobs[story_id] = replace(self._jobs[story_id], **change)  # type: ignore[arg-type]
            self._changed.notify_all()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
