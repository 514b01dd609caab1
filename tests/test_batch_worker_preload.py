"""A worker calls the stages' cached loaders at start-up, so its first paper does not pay for them."""

from __future__ import annotations

import functools
import sys
import types

import pytest

from pipeline.batch import task


@pytest.fixture
def loader_module(monkeypatch):
    """A stand-in stage module with every kind of function ``cached_loaders`` must tell apart."""
    module = types.ModuleType("pipeline.ingest._preload_probe")
    calls: list[str] = []

    @functools.cache
    def word_list() -> frozenset[str]:
        calls.append("word_list")
        return frozenset({"a"})

    @functools.lru_cache(maxsize=1)
    def rules(path: str = "default") -> str:
        calls.append("rules")
        return path

    @functools.lru_cache(maxsize=64)
    def per_word(word: str) -> str:  # a memo with an argument: not a loader
        calls.append("per_word")
        return word

    def plain() -> None:  # not cached: calling it would do the work again on the first paper anyway
        calls.append("plain")

    @functools.cache
    def broken() -> None:
        calls.append("broken")
        raise OSError("model file missing")

    for function in (word_list, rules, per_word, plain, broken):
        function.__module__ = module.__name__
        setattr(module, function.__name__, function)
    module.imported = functools.cache(lambda: calls.append("imported"))  # defined elsewhere: skipped
    monkeypatch.setitem(sys.modules, module.__name__, module)
    return module, calls


def test_cached_loaders_are_the_zero_argument_cached_functions_of_stage_modules(loader_module) -> None:
    module, _ = loader_module
    found = [f for f in task.cached_loaders() if f.__module__ == module.__name__]
    assert [f.__name__ for f in found] == ["broken", "rules", "word_list"]


def test_preloading_calls_each_loader_once_and_survives_a_failing_one(loader_module) -> None:
    module, calls = loader_module
    task.preload_loaders()
    assert sorted(calls) == ["broken", "rules", "word_list"]
    module.word_list()  # served from the cache now
    assert calls.count("word_list") == 1
    with pytest.raises(OSError):  # the paper that needs the failing one still sees its error
        module.broken()


def test_modules_outside_the_stage_packages_are_not_preloaded(monkeypatch) -> None:
    module = types.ModuleType("pipeline.batch._preload_probe")
    module.version = functools.cache(lambda: "x")
    module.version.__module__ = module.__name__
    monkeypatch.setitem(sys.modules, module.__name__, module)
    assert module.version not in task.cached_loaders()


def test_worker_start_up_preloads_the_loaders(monkeypatch, loader_module) -> None:
    _, calls = loader_module
    monkeypatch.setattr(task, "_exit_with_parent", lambda: None)
    import batch_fakes

    task.init_worker(batch_fakes.STAGES)
    assert "word_list" in calls and "per_word" not in calls and "plain" not in calls
