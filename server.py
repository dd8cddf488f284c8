"""The app as it is served: app.py inside Streamlit's ASGI App with the production additions of deploy/asgi.py
(the `/_ready` endpoint, clear_cache refused). `streamlit run server.py` runs it (run.sh and deploy/layout.py);
app.py stays the Streamlit script (AppTest runs it directly)."""

from starlette.middleware import Middleware
from streamlit.starlette import App

from deploy.asgi import ROUTES, RefuseClearCache

app = App("app.py", routes=ROUTES, middleware=[Middleware(RefuseClearCache)])
