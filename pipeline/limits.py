"""The per-paper limits, in one place: the CLI's defaults, ingestion and the batch read them here."""

DEFAULT_MAX_BYTES = 100 * 1024 * 1024  # largest paper file (--max-size, in MB on the command line)
DEFAULT_TIMEOUT = 300.0  # seconds per paper (--timeout)
DEFAULT_MAX_MEMORY_MB = 4096  # address-space cap per worker process (--max-memory)
