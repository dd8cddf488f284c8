"""A headless Streamlit browser: speaks the app's WebSocket protocol like the real frontend does.

The frontend opens `/_stcore/stream` (subprotocol "streamlit"), sends a BackMsg `rerun_script`
carrying a ClientState (query string, page name or page script hash, widget states, context), and
the server runs the script and streams ForwardMsgs (new_session, navigation, delta, ...) ending in
`script_finished`. This client does the same, so each "interaction" runs the real script on the
server, and it times one interaction from sending the rerun to receiving `script_finished`.

Loopback only: the load tools refuse any host but 127.0.0.1 / localhost.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass, field

import websockets
from websockets.extensions.permessage_deflate import PerMessageDeflate
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

LOOPBACK = ("127.0.0.1", "localhost")

# Widget element type -> the WidgetState field the frontend fills for it.
VALUE_FIELDS = {
    "text_input": "string_value",
    "text_area": "string_value",
    "selectbox": "string_value",
    "radio": "string_value",
    "color_picker": "string_value",
    "checkbox": "bool_value",
    "multiselect": "string_array_value",
    "slider": "double_array_value",
    "number_input": "double_value",
    "button": "trigger_value",
    "button_group": "string_array_value",  # st.segmented_control and st.pills
}


class ProtocolError(Exception):
    """The server answered in a way a real browser would show as broken."""


@dataclass
class Widget:
    kind: str
    id: str
    label: str
    options: tuple[str, ...] = ()


@dataclass
class Interaction:
    """One rerun: what was asked, how long it took, and what went wrong (if anything)."""

    step: str
    seconds: float
    errors: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # st.info/warning/error bodies (friendly notes)
    media: list[str] = field(default_factory=list)  # URLs of images the page shows (served by /media/)
    bytes: int = 0  # size of the ForwardMsgs the server sent for this interaction
    wire_bytes: int = 0  # the same compressed as permessage-deflate sent them (Session(count_wire=True); else = bytes)
    popovers: list[str] = field(default_factory=list)  # labels of st.popover blocks drawn


def run_sync(coroutine):
    """asyncio.run, also from code that already runs an event loop (Playwright's sync API does)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def check_loopback(base_url: str) -> None:
    host = urllib.parse.urlsplit(base_url).hostname
    if host not in LOOPBACK:
        raise ValueError(f"load tools only talk to loopback, not {host!r}")


def first_visit_cookie(base_url: str, path: str = "/") -> str | None:
    """GET the page like a browser does first; return the Cookie header a browser would send back.

    Behind the nginx layout this is where the sticky-routing cookie is set.
    """
    with urllib.request.urlopen(base_url.rstrip("/") + path, timeout=30) as response:
        response.read()
        cookies = response.headers.get_all("Set-Cookie") or []
    pairs = [c.split(";", 1)[0] for c in cookies]
    return "; ".join(pairs) or None


def _server_deflate(ws) -> PerMessageDeflate | None:
    """The permessage-deflate terms agreed for this connection, or None when messages go uncompressed."""
    return next((e for e in ws.protocol.extensions if isinstance(e, PerMessageDeflate)), None)


class Session:
    """One browser tab: one WebSocket, one server-side AppSession."""

    def __init__(self, base_url: str, *, cookie: str | None = None, timeout: float = 60.0, count_wire: bool = False):
        check_loopback(base_url)
        self.base_url = base_url.rstrip("/")
        self.cookie = cookie
        self.timeout = timeout
        self.ws = None
        self.page_hash = ""
        self.page_name = ""
        self.query_string = ""
        self.pages: dict[str, str] = {}  # url path ("" for home) -> page script hash
        self.widgets: dict[str, Widget] = {}  # widget id -> widget seen in the last run
        self.widget_values: dict[str, WidgetState] = {}
        self.session_id = ""
        self.page_title = ""
        self.deflate_terms: PerMessageDeflate | None = None  # when permessage-deflate was agreed
        # Counting wire bytes compresses every message a second time here: off in load runs, where this
        # client shares the machine's cores with the servers it measures.
        self.count_wire = count_wire
        self._compressor = None  # the server's compressor, mirrored

    async def connect(self) -> None:
        split = urllib.parse.urlsplit(self.base_url)
        ws_url = f"ws://{split.netloc}{split.path}/_stcore/stream"
        headers = {"Origin": f"{split.scheme}://{split.netloc}"}
        if self.cookie:
            headers["Cookie"] = self.cookie
        self.ws = await websockets.connect(
            ws_url, subprotocols=["streamlit"], additional_headers=headers, max_size=None,
            open_timeout=self.timeout, ping_interval=None, compression="deflate",  # offered, as browsers do
        )
        self.deflate_terms, self._compressor = _server_deflate(self.ws), None

    def _wire_size(self, raw: bytes) -> int:
        """What the message weighed on the wire: deflated with the server's settings and shared context
        (RFC 7692: a sync flush, minus its last 4 bytes), so a byte count stands for what a phone downloads."""
        terms = self.deflate_terms
        if terms is None or not self.count_wire:
            return len(raw)
        if self._compressor is None or terms.remote_no_context_takeover:
            # memLevel 5: the server's setting (uvicorn's permessage-deflate factory)
            self._compressor = zlib.compressobj(wbits=-terms.remote_max_window_bits, memLevel=5)
        return len(self._compressor.compress(raw) + self._compressor.flush(zlib.Z_SYNC_FLUSH)) - 4

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
            self.ws = None

    # -- interactions ---------------------------------------------------------------------------

    async def open(self, path: str, params: dict[str, str] | None = None) -> Interaction:
        """Go to a page with query params: the first load of the tab, or a navigation within it."""
        if self.ws is None:
            await self.connect()
        path = path.strip("/")
        if path != self.page_name:
            self.widget_values.clear()  # the frontend drops the old page's widgets
        self.page_name = path
        self.page_hash = self.pages.get(path, "")
        self.query_string = urllib.parse.urlencode(params or {})
        label = "/" + path + (f"?{self.query_string}" if self.query_string else "")
        return await self._rerun(f"open {label}")

    async def set_widget(self, kind: str, label: str, value) -> Interaction:
        """Change a widget on the current page (found by type and label prefix) and rerun."""
        widget = self.find_widget(kind, label)
        field_name = VALUE_FIELDS[kind]
        if field_name == "string_array_value" and isinstance(value, str):
            value = [value]  # a single-choice segmented control or pills sends a list of one
        chosen = value if field_name == "string_array_value" else [value]
        if widget.options and kind in ("selectbox", "radio", "multiselect", "button_group"):
            missing = [v for v in chosen if v not in widget.options]
            if missing:
                raise ProtocolError(f"{kind} {label!r} has no option {missing[0]!r}; options: {widget.options[:8]}")
        state = WidgetState(id=widget.id)
        if field_name == "string_array_value":
            state.string_array_value.data.extend([str(v) for v in value])
        elif field_name == "double_array_value":
            state.double_array_value.data.extend([float(v) for v in (value if isinstance(value, (list, tuple)) else [value])])
        else:
            setattr(state, field_name, value)
        self.widget_values[widget.id] = state
        interaction = await self._rerun(f"set {kind} {label!r}={value!r}")
        if field_name == "trigger_value":
            self.widget_values.pop(widget.id, None)  # triggers fire once
        return interaction

    async def clear_cache(self) -> None:
        """Send what the frontend's "Clear cache" menu item sends: BackMsg `clear_cache` (a hostile client's
        tool; deploy/asgi.py refuses it). No answer comes back."""
        if self.ws is None:
            await self.connect()
        message = BackMsg()
        message.clear_cache = True
        await self.ws.send(message.SerializeToString())

    def find_widget(self, kind: str, label: str) -> Widget:
        for widget in self.widgets.values():
            if widget.kind == kind and widget.label.lower().startswith(label.lower()):
                return widget
        seen = sorted(f"{w.kind}:{w.label[:40]}" for w in self.widgets.values())
        raise ProtocolError(f"no {kind} labelled {label!r} on /{self.page_name}; widgets: {seen}")

    # -- protocol -------------------------------------------------------------------------------

    def _client_state(self) -> ClientState:
        state = ClientState(query_string=self.query_string, page_script_hash=self.page_hash, page_name=self.page_name)
        state.widget_states.widgets.extend(self.widget_values.values())
        url = f"{self.base_url}/{self.page_name}" + (f"?{self.query_string}" if self.query_string else "")
        state.context_info.url = url
        state.context_info.timezone = "America/New_York"
        state.context_info.timezone_offset = 300
        state.context_info.locale = "en-US"
        # The frontend reports ?embed=true as an embedded context (st.context.is_embedded).
        embed = urllib.parse.parse_qs(self.query_string).get("embed", [""])[0]
        state.context_info.is_embedded = embed.lower() == "true"
        return state

    async def _rerun(self, step: str) -> Interaction:
        message = BackMsg()
        message.rerun_script.CopyFrom(self._client_state())
        self.widgets = {}
        started = time.perf_counter()
        await self.ws.send(message.SerializeToString())
        interaction = Interaction(step, 0.0)
        try:
            await asyncio.wait_for(self._receive_until_finished(interaction), self.timeout)
        except asyncio.TimeoutError:
            interaction.errors.append(f"no script_finished within {self.timeout:.0f} s")
        except websockets.ConnectionClosed as closed:
            interaction.errors.append(f"connection closed: {closed}")
        interaction.seconds = time.perf_counter() - started
        return interaction

    async def _receive_until_finished(self, interaction: Interaction) -> None:
        while True:
            raw = await self.ws.recv()
            interaction.bytes += len(raw)
            interaction.wire_bytes += self._wire_size(raw)
            msg = ForwardMsg()
            msg.ParseFromString(raw)
            kind = msg.WhichOneof("type")
            if kind == "new_session":
                self.session_id = msg.new_session.initialize.session_id or self.session_id
                self.page_hash = msg.new_session.page_script_hash
            elif kind == "navigation":
                self.pages = {p.url_pathname: p.page_script_hash for p in msg.navigation.app_pages}
                self.page_hash = msg.navigation.page_script_hash or self.page_hash
            elif kind == "page_config_changed":
                self.page_title = msg.page_config_changed.title or self.page_title
            elif kind == "page_info_changed":
                self.query_string = msg.page_info_changed.query_string
            elif kind == "page_not_found":
                interaction.errors.append(f"page not found: {msg.page_not_found.page_name!r}")
            elif kind == "session_event" and msg.session_event.WhichOneof("type") == "script_compilation_exception":
                interaction.errors.append("script compilation exception: " + msg.session_event.script_compilation_exception.message)
            elif kind == "delta":
                self._read_delta(msg.delta, interaction)
            elif kind == "script_finished":
                status = msg.script_finished
                if status == ForwardMsg.FINISHED_SUCCESSFULLY:
                    return
                if status == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    interaction.errors.append("script finished with a compile error")
                    return
                # FINISHED_EARLY_FOR_RERUN (e.g. st.switch_page / st.rerun): the next run follows.

    def _read_delta(self, delta, interaction: Interaction) -> None:
        if delta.WhichOneof("type") == "add_block" and delta.add_block.WhichOneof("type") == "popover":
            interaction.popovers.append(delta.add_block.popover.label)
        if delta.WhichOneof("type") != "new_element":
            return
        element = delta.new_element
        kind = element.WhichOneof("type")
        if kind == "exception":
            exc = element.exception
            interaction.errors.append(f"exception element: {exc.type}: {exc.message[:200]}")
        elif kind == "alert":
            interaction.notes.append(element.alert.body)
        elif kind == "imgs":
            interaction.media += [img.url for img in element.imgs.imgs]
        elif kind in ("markdown", "heading"):
            interaction.texts.append(getattr(element, kind).body)
        elif kind in VALUE_FIELDS:
            proto = getattr(element, kind)
            options = [getattr(o, "content", o) for o in getattr(proto, "options", ())]  # button_group: Option
            self.widgets[proto.id] = Widget(kind, proto.id, proto.label, tuple(str(o) for o in options))
