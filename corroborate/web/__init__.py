"""Stage 7, web: a small local app over the store (FastAPI, server-rendered templates).

    create_app(db_path, remote=False) -> FastAPI
    check_host(host, allow_remote) -> None     raises CorroborateError for a non-loopback host

Stories and runs are listed from the store; a run's page shows the same views as report.html.
Reports are added to a story by upload or pasted text, and the story is rebuilt from its stored
inputs. Requests name stories and runs by number only: nothing a request says becomes a path.
"""

from corroborate.web.app import check_host, create_app

__all__ = ["check_host", "create_app"]
