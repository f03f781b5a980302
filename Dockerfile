# studybot: one image for both bots (`studybot run telegram|discord`).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
COPY adapters ./adapters
RUN pip install . && useradd --create-home studybot
USER studybot

ENTRYPOINT ["studybot"]
CMD ["run"]
