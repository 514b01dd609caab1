"""The per-paper task: ingest -> annotate (one NER pass) -> entities, relations -> rows, or a failure; never raises.

The same function runs in local worker processes and on Dask workers. The
stages are injected (``Stages``) so tests can run fast stand-ins; by default
they are the real ``pipeline.ingest.ingest_path``, ``pipeline.ner.load_nlp``,
``pipeline.annotate.annotate`` and, reading its one pass, the entities and
``pipeline.relations.extract.annotated_to_records``, imported in the worker on first use. ``MITOMINER_STAGES=module:attribute``
names another ``Stages`` object (a development and test hook; its name then
enters the pipeline version, so its results never mix with real ones).
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import inspect
import logging
import multiprocessing
import multiprocessing.connection
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from pipeline.batch.discover import WorkItem
from pipeline.batch.rows import document_summary, document_to_rows, entities_to_rows, records_to_rows
from pipeline.errors import InputError
from pipeline.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT

log = logging.getLogger(__name__)

STAGES_ENV = "MITOMINER_STAGES"
STAGE_NAMES = ("ingest", "ner", "relations")
# Failures that say more about the moment than about the content (the file vanished, or could not
# be read): never served from the cache, so a file that comes back is processed on the next run.
TRANSIENT_FAILURES = frozenset({"missing", "unreadable"})


class PaperTimeout(BaseException):
    """Raised inside a paper's task when it runs past the time limit.

    A BaseException so that a stage's own ``except Exception`` cannot swallow it.
    """


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT  # seconds per paper; 0 or less: none
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB  # address-space cap per worker process; 0: none

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, got {self.max_bytes}")


@dataclass(frozen=True)
class Stages:
    """The stage functions; None means the real one, imported where the task runs."""

    name: str = "default"
    ingest: Callable[..., Any] | None = None  # (path, data, sha256) -> Document, from the bytes the task read
    load_nlp: Callable[[], Any] | None = None  # -> spaCy Language, cached per process
    entities: Callable[..., Any] | None = None  # (document or annotated document, nlp) -> list[Entity]
    relations: Callable[..., Any] | None = None  # (document or annotated document, nlp) -> list[Record]
    # (document, nlp) -> AnnotatedDocument: the one NER pass; when set, ``entities`` and
    # ``relations`` receive its result instead of the document
    annotate: Callable[..., Any] | None = None

    def resolved(self) -> Stages:
        """Fill the missing stages with the real ones (imported lazily: they load spaCy).

        With neither entities nor relations given, the real ones read one shared
        annotation pass (``pipeline.annotate``): the entities table and the records
        come from the same NER run.
        """
        values: dict[str, Any] = {}
        if self.ingest is None:
            values["ingest"] = importlib.import_module("pipeline.ingest").ingest_bytes
        if self.load_nlp is None:
            values["load_nlp"] = importlib.import_module("pipeline.ner").load_nlp
        if self.entities is None and self.relations is None and self.annotate is None:
            values["annotate"] = importlib.import_module("pipeline.annotate").annotate
            values["entities"] = annotated_entities
            values["relations"] = importlib.import_module("pipeline.relations.extract").annotated_to_records
        if self.entities is None and "entities" not in values:
            values["entities"] = importlib.import_module("pipeline.ner").entities_of
        if self.relations is None and "relations" not in values:
            values["relations"] = importlib.import_module("pipeline.relations").extract_records
        return replace(self, **values) if values else self


def annotated_entities(annotated: Any, nlp: Any = None) -> list[Any]:  # noqa: ARG001 - the stage signature
    """The entities stage over an annotated document: the mentions of its one NER pass."""
    return annotated.entities()


def stages_from_spec(spec: str) -> Stages:
    """``module:attribute`` -> the ``Stages`` object it names."""
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise ValueError(f"{STAGES_ENV}={spec!r}: expected 'module:attribute'")
    stages = getattr(importlib.import_module(module_name), attribute)
    if not isinstance(stages, Stages):
        raise ValueError(f"{STAGES_ENV}={spec!r} names a {type(stages).__name__}, not a Stages object")
    return stages


def default_stages() -> Stages:
    """The real stages, or the ones ``MITOMINER_STAGES`` names."""
    spec = os.environ.get(STAGES_ENV, "").strip()
    return stages_from_spec(spec) if spec else Stages()


def _exit_with_parent() -> None:
    """In a worker process: exit as soon as the parent dies (e.g. ``kill -9``), not linger idle."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def cap_memory(max_memory_mb: int) -> None:
    """Cap this process's address space (``RLIMIT_AS``): past it, allocations fail with
    ``MemoryError`` (recorded as ``out-of-memory``) instead of the machine's OOM killer
    choosing a victim. Only lowered, never raised above a cap already in force."""
    if not max_memory_mb or max_memory_mb <= 0:
        return
    cap = int(max_memory_mb) * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft == resource.RLIM_INFINITY or soft > cap:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def init_worker(stages: Stages, max_memory_mb: int = 0) -> None:
    """Process initializer: cap memory, load the spaCy pipeline once per worker, not once per paper."""
    _exit_with_parent()
    cap_memory(max_memory_mb)
    stages.resolved().load_nlp()
    import pipeline.ingest.checks  # noqa: F401 - the task reads with it; imported before any paper is timed
    if stages.ingest is None:
        preload_ingest()
    preload_loaders()


# The real ingestion's modules, imported lazily by ``pipeline.ingest`` (the parent needs none).
INGEST_MODULES = (
    "pipeline.ingest.assemble", "pipeline.ingest.text", "pipeline.ingest.jats",
    "pipeline.ingest.pdf.reader", "pipeline.ingest.pdf.pdfium_source", "pdfplumber", "pdfminer.pdfdocument",
)


def preload_ingest() -> None:
    """Import the ingestion modules in a worker before its first paper (about 0.5 s of CPU):
    not inside that paper's time and time limit (an import cut by the alarm leaves
    Cython modules half-initialized)."""
    for name in INGEST_MODULES:
        importlib.import_module(name)


# Packages whose cached loaders ``preload_loaders`` calls: the stages' own (not the batch machinery's).
LOADER_PACKAGES = ("pipeline.ingest", "pipeline.ner", "pipeline.relations")


def cached_loaders(packages: tuple[str, ...] = LOADER_PACKAGES) -> list[Callable[[], Any]]:
    """The zero-argument ``functools.cache``/``lru_cache`` functions defined in the loaded modules of
    ``packages``, in module and name order: the word lists, rules and models a stage reads from
    ``models/`` once per process, on the first paper that needs them."""
    found = []
    for name in sorted(m for m in sys.modules if m.startswith(tuple(f"{p}." for p in packages)) or m in packages):
        module = sys.modules[name]
        for attribute, value in sorted(vars(module).items()):
            if not (callable(value) and hasattr(value, "cache_info") and getattr(value, "__module__", "") == name):
                continue
            try:
                required = [
                    p for p in inspect.signature(value).parameters.values()
                    if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
                ]
            except (TypeError, ValueError):
                continue
            if not required:
                found.append(value)
    return found


def preload_loaders() -> int:
    """Call every cached loader of the stages (``cached_loaders``) in a worker before its first paper,
    so that no paper's time, time limit or the timed part of a batch pays for them. Each worker's first
    paper did: about 0.3 s of CPU building the sentence splitter (a blank spaCy pipeline), importing
    ``scipy.ndimage`` for the PDF furniture filter, reading word lists, the reference CRF and patterns
    (cProfile of a worker's first paper against a later one; ``benchmarks/batch_timeline.py``).
    A loader that fails is left for the paper that needs it, where its error is recorded."""
    called = 0
    for loader in cached_loaders():
        try:
            loader()
        except Exception:  # noqa: BLE001 - reported by the paper that needs it, not at start-up
            log.debug("preloading %s failed", getattr(loader, "__qualname__", loader), exc_info=True)
            continue
        called += 1
    return called


def peak_rss_kb() -> int:
    """Peak resident memory of this process, in KiB (Linux reports ru_maxrss in KiB)."""
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``PaperTimeout`` in the calling thread after ``seconds``.

    In a process's main thread (local workers) SIGALRM does it, which also
    interrupts sleeps and reads. Dask runs tasks in worker threads, where
    signals cannot be used; there a timer thread sets an asynchronous
    exception on the task's thread (CPython's ``PyThreadState_SetAsyncExc``,
    the only way to interrupt another thread), delivered at its next bytecode.
    """
    if seconds is None or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread():
        def _on_alarm(signum, frame):  # noqa: ARG001 - signal handler signature
            raise PaperTimeout()

        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return
    target = threading.get_ident()
    guard = threading.Lock()
    state = {"done": False}

    def _interrupt() -> None:
        with guard:
            if not state["done"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(PaperTimeout))

    timer = threading.Timer(seconds, _interrupt)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with guard:
            state["done"] = True
        timer.cancel()


def _relative_reason(text: str, item: WorkItem) -> str:
    """Keep absolute corpus paths out of failure reasons (the dataset must not depend on them)."""
    absolute = str(item.absolute())
    text = text.replace(absolute, item.path)
    if item.root:
        text = text.replace(item.root.rstrip("/") + "/", "")
    return " ".join(text.split())


def failure_result(item: WorkItem, reason_code: str, reason: str, stage: str = "", **extra: Any) -> dict[str, Any]:
    return {
        "sha256": item.sha256,
        "doc_id": item.doc_id,
        "status": "failed",
        "reason_code": reason_code,
        "reason": _relative_reason(reason, item),
        "stage": stage,
        **extra,
    }


def _run_stages(
    item: WorkItem, data: bytes, stages: Stages, nlp: Any, timings: dict[str, float], progress: dict[str, str]
) -> dict[str, Any]:
    progress["stage"] = "ingest"
    start, cpu = time.perf_counter(), time.process_time()
    document = stages.ingest(item.absolute(), data, item.sha256)
    timings["ingest"] = time.perf_counter() - start
    timings["ingest_cpu"] = time.process_time() - cpu
    # Ids come from the content, paths from the corpus folder: see discover.py.
    document.doc_id = item.doc_id
    document.source.path = item.path
    document.source.sha256 = item.sha256
    progress["stage"] = "ner"
    start, cpu = time.perf_counter(), time.process_time()
    annotated = stages.annotate(document, nlp) if stages.annotate is not None else None
    subject = annotated if annotated is not None else document
    entities = list(stages.entities(subject, nlp=nlp))
    timings["ner"] = time.perf_counter() - start
    timings["ner_cpu"] = time.process_time() - cpu
    progress["stage"] = "relations"
    start, cpu = time.perf_counter(), time.process_time()
    records = list(stages.relations(subject, nlp=nlp))
    timings["relations"] = time.perf_counter() - start
    timings["relations_cpu"] = time.process_time() - cpu
    progress["stage"] = "rows"
    tables = document_to_rows(document, annotated.units if annotated is not None else None)
    tables["entities"] = entities_to_rows(item.doc_id, entities)
    tables["relations"] = records_to_rows(item.doc_id, records)
    return {
        "document": document_summary(document, len(tables["entities"]), len(tables["relations"])),
        "tables": tables,
    }


def process_paper(item: WorkItem, stages: Stages, limits: Limits) -> dict[str, Any]:
    """One paper -> ``{"status": "ok", "document", "tables", ...}`` or ``{"status": "failed", "reason", ...}``.

    Every result also carries ``timings`` (wall and CPU seconds per stage) and ``worker``
    (pid and peak RSS) for the progress display and the benchmark; the dataset
    ignores both.
    """
    timings: dict[str, float] = {}
    progress = {"stage": "setup"}
    discovered, changed_from = item, ""
    started = time.time()  # epoch seconds, comparable across workers: the benchmark's timeline

    def worker() -> dict[str, Any]:
        return {"pid": os.getpid(), "peak_rss_kb": peak_rss_kb(), "started": started, "ended": time.time()}

    def fail(code: str, reason: str) -> dict[str, Any]:
        extra = {"changed_from": changed_from, "size": item.size} if changed_from else {}
        return failure_result(item, code, reason, stage=progress["stage"], timings=timings, worker=worker(), **extra)

    if item.size > limits.max_bytes:
        return failure_result(
            item,
            "too-large",
            f"file is {item.size} bytes, over the limit of {limits.max_bytes} bytes (--max-size)",
            stage="ingest",
            timings=timings,
            worker=worker(),
        )
    try:
        resolved = stages.resolved()
        nlp = resolved.load_nlp()  # cached per process; loading is not the paper's time
        # Imported here, in the worker and outside the time limit (an import cut by the alarm
        # leaves Cython modules half-initialized), not at the top: the parent needs no spaCy.
        from pipeline.ingest.checks import read_paper_bytes

        with time_limit(limits.timeout):
            # Read once, hash what was read, process those bytes: a file changed, truncated or
            # replaced since discovery is processed (and cached) as the content it now has.
            progress["stage"] = "read"
            data, sha256 = read_paper_bytes(item.absolute(), max_bytes=limits.max_bytes)
            if sha256 != item.sha256:
                item = replace(item, sha256=sha256, size=len(data))
                changed_from = discovered.sha256
            body = _run_stages(item, data, resolved, nlp, timings, progress)
    except PaperTimeout:
        return fail("timeout", f"took longer than {limits.timeout:g} s (in stage {progress['stage']}; --timeout)")
    except InputError as exc:
        return fail(exc.reason_code, exc.reason)
    except MemoryError:
        return fail("out-of-memory", f"ran out of memory in stage {progress['stage']} (the worker's memory cap; --max-memory)")
    except Exception as exc:  # a bug or a library failure on this paper: record it, the batch goes on
        if isinstance(exc, OSError) and progress["stage"] in {"read", "ingest"}:  # the paper's file itself
            return fail("unreadable", f"cannot be read: {exc.strerror or exc}")
        message = str(exc).strip() or "(no message)"
        return fail("error", f"{progress['stage']} failed: {type(exc).__name__}: {message}")
    return {
        "sha256": item.sha256,
        "doc_id": item.doc_id,
        "status": "ok",
        **body,
        "timings": timings,
        "worker": worker(),
        **({"changed_from": changed_from, "size": item.size} if changed_from else {}),
    }
