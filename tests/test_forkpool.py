"""Forked workers for --jobs: results in input order, a dead worker costs only its own file."""

import os
import sys
import time

import pytest

from minutes_cli import forkpool

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked only where there is fork")


def died(task):
    return ("died", task)


def slow_for_small(task):
    """Later tasks finish first, so results arrive out of order."""
    time.sleep(0.02 * (5 - task))
    return ("done", task, os.getpid())


def test_results_come_in_input_order_from_every_worker():
    results = list(forkpool.run_forked(list(range(6)), slow_for_small, 3, order=[5, 4, 3, 2, 1, 0], died=died))
    assert [r[:2] for r in results] == [("done", i) for i in range(6)]
    workers = {r[2] for r in results}
    assert len(workers) == 3 and os.getpid() not in workers


def exit_on_two(task):
    if task == 2:
        os._exit(9)  # as if the out-of-memory killer took the worker
    return ("done", task)


def test_a_worker_that_dies_costs_only_its_own_task():
    results = list(forkpool.run_forked(list(range(6)), exit_on_two, 2, order=range(6), died=died))
    assert results == [("done", 0), ("done", 1), ("died", 2), ("done", 3), ("done", 4), ("done", 5)]


def always_exit(task):
    os._exit(9)


def test_when_every_worker_dies_the_rest_are_reported_not_waited_for():
    results = list(forkpool.run_forked(list(range(5)), always_exit, 2, order=range(5), died=died))
    assert results == [("died", i) for i in range(5)]


def big(task):
    return "x" * (1 << 20) + str(task)  # larger than a pipe's buffer


def test_large_results_arrive_whole():
    results = list(forkpool.run_forked([1, 2, 3], big, 2, order=[0, 1, 2], died=died))
    assert [len(r) for r in results] == [(1 << 20) + 1] * 3 and [r[-1] for r in results] == ["1", "2", "3"]


def sleep_long(task):
    time.sleep(0 if task == 0 else 60)
    return task


def test_stopping_early_stops_the_workers_at_once():
    results = forkpool.run_forked(list(range(4)), sleep_long, 2, order=range(4), died=died)
    pids = [worker.pid for worker in results.pool]
    start = time.monotonic()
    assert next(results) == 0
    results.close()  # --fail-fast, a closed pipe, or Ctrl-C
    assert time.monotonic() - start < 10
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped already: no worker left running or as a zombie


def test_workers_leave_no_output_of_the_parent_behind(capfd):
    sys.stdout.write("written once")  # still in the parent's buffer when the workers are forked
    list(forkpool.run_forked([1, 2], str, 2, order=[0, 1], died=died))
    sys.stdout.flush()
    assert capfd.readouterr().out == "written once"


def test_closing_before_the_first_result_stops_the_workers_too():
    results = forkpool.run_forked(list(range(4)), sleep_long, 2, order=range(4), died=died)
    pids = [worker.pid for worker in results.pool]
    results.close()  # e.g. the output file could not be opened
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
