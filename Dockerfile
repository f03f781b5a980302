# studybot: one image for both bots (`studybot run telegram|discord`), built in two stages.
#
# build:   a virtualenv from requirements.lock (exact versions, no resolver run), then the project
#          itself without dependencies. Compilers are here only, for a dependency without a wheel.
# runtime: that virtualenv on a clean slim Python, run by an unprivileged user; no compilers, no pip
#          cache, no sources beyond the installed package.
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN apt-get update \
    && apt-get install --yes --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/studybot
ENV PATH=/opt/studybot/bin:$PATH

WORKDIR /src
COPY requirements.lock ./
RUN pip install --no-deps -r requirements.lock

COPY pyproject.toml README.md LICENSE ./
COPY bot ./bot
COPY knowledge ./knowledge
COPY adapters ./adapters
RUN pip install --no-deps . \
    && studybot deck check "$(python -c 'from knowledge.bundled import DEFAULT_DECK; print(DEFAULT_DECK)')"


FROM python:3.11-slim AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/studybot/bin:$PATH \
    LOG_FORMAT=json

RUN useradd --system --create-home --uid 10001 --user-group studybot
COPY --from=build /opt/studybot /opt/studybot

USER studybot
WORKDIR /home/studybot

# Compose names the platform (`studybot health telegram`); without one: database and deck only.
HEALTHCHECK --interval=30s --timeout=15s --start-period=60s --retries=3 \
    CMD ["studybot", "health"]

ENTRYPOINT ["studybot"]
CMD ["run"]
