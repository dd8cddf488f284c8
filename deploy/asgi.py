"""What the production server adds around the Streamlit app (server.py builds it with `st.App`):

- `/_ready`: 200 with {"ready": true, ...} when the layers and a valid data version can be served, else 503
  with what is missing (slate_explorer.readiness). The container's health check asks it through nginx.
- `RefuseClearCache`: Streamlit empties every shared cache (`st.cache_data`, `st.cache_resource`) when any
  session sends a `clear_cache` message, and nginx cannot read WebSocket frames; this middleware reads each
  frame a browser sends and drops that one message (one operator log line says so, once per process), so a
  visitor can neither make every next visit cold nor keep it cold in a loop.
"""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.routing import Route
from streamlit.proto.BackMsg_pb2 import BackMsg

from slate_explorer.oplog import log_once
from slate_explorer.readiness import readiness


def ready(request) -> JSONResponse:
    """Sync on purpose: Starlette runs it in a worker thread (checksums of changed files are read from disk)."""
    state = readiness()
    return JSONResponse(state, status_code=200 if state["ready"] else 503, headers={"Cache-Control": "no-store"})


def is_clear_cache(frame: bytes | None) -> bool:
    if not frame:
        return False
    message = BackMsg()
    try:
        message.ParseFromString(frame)
    except Exception:  # not a BackMsg: Streamlit itself decides what to do with it
        return False
    return message.WhichOneof("type") == "clear_cache"


class RefuseClearCache:
    """ASGI middleware: WebSocket `clear_cache` messages from clients never reach Streamlit."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "websocket":
            return await self.app(scope, receive, send)

        async def receive_without_clear_cache():
            while True:
                message = await receive()
                if message.get("type") != "websocket.receive" or not is_clear_cache(message.get("bytes")):
                    return message
                log_once("clear_cache_refused", detail="a client asked to empty the server's shared caches")

        return await self.app(scope, receive_without_clear_cache, send)


ROUTES = [Route("/_ready", ready)]
