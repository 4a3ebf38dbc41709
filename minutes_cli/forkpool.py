"""Worker processes forked from this one: `--jobs N` where the system has fork.

Why not `concurrent.futures.ProcessPoolExecutor`: importing it (and `multiprocessing` with it)
takes 30 to 40 ms, all of it before the first worker can start. With two workers on the
benchmark corpus that is 4 % of the run, and a batch of a few files pays it in full. A forked
child needs no more than two pipes: it inherits the tasks and every module already imported,
reads task numbers from one pipe and writes pickled results to the other.

A child that dies (killed by the out-of-memory killer, say) costs the file it was converting;
the other workers go on with the rest (where every worker has died, the files left are reported
as failed). The parent forks before it starts any thread.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import selectors
import signal
import struct
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

TASK = struct.Struct("<I")  # parent to child: the number of the task to run
RESULT = struct.Struct("<IQ")  # child to parent: the task's number and the size of its pickled result


@dataclass
class Worker:
    pid: int
    tasks: int  # the write end of the child's task pipe
    results: int  # the read end of the child's result pipe
    running: int | None = None  # the task it is converting

    def close_tasks(self) -> None:
        """Nothing more to send: the child reads the end of its pipe and exits."""
        if self.tasks >= 0:
            os.close(self.tasks)
            self.tasks = -1

    def stop(self, kill: bool = False) -> None:
        """Close the worker's pipes and reap it (once); `kill`: stop the work in progress too."""
        if kill and self.pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGTERM)
        self.close_tasks()
        if self.results >= 0:
            os.close(self.results)
            self.results = -1
        if self.pid:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self.pid = 0


def run_forked(
    tasks: Sequence[Any],
    convert: Callable[[Any], Any],
    workers: int,
    order: Sequence[int],
    died: Callable[[Any], Any],
) -> Iterator[Any]:
    """`convert(task)` for every task in `workers` children, started in `order`; results come in
    the tasks' own order. `died(task)` is the result of a task whose worker died. The children
    are forked here, not when the results are first asked for."""
    pool: list[Worker] = []
    for _ in range(min(workers, len(tasks))):
        pool.append(fork_worker(tasks, convert, inherited=[fd for w in pool for fd in (w.tasks, w.results)]))
    return Results(pool, in_order(pool, tasks, order, died))


class Results(Iterator[Any]):
    """The results in order; `close()` stops the workers even before the first result is asked
    for (a generator not yet started would not run its clean-up)."""

    def __init__(self, pool: list[Worker], results: Iterator[Any]) -> None:
        self.pool, self.results = pool, results

    def __next__(self) -> Any:
        return next(self.results)

    def close(self) -> None:
        self.results.close()  # type: ignore[attr-defined]
        for worker in self.pool:
            worker.stop(kill=True)  # those already stopped are left alone


def in_order(
    pool: list[Worker], tasks: Sequence[Any], order: Sequence[int], died: Callable[[Any], Any]
) -> Iterator[Any]:
    waiting = list(reversed(order))  # popped from the end: the next task to start
    done: dict[int, Any] = {}
    selector = selectors.DefaultSelector()
    for worker in pool:
        selector.register(worker.results, selectors.EVENT_READ, worker)
        start_next(worker, waiting)
    finished = False
    try:
        for i in range(len(tasks)):
            while i not in done:
                if not selector.get_map():  # every worker died: the rest cannot run
                    done.update((j, died(tasks[j])) for j in waiting)
                    waiting.clear()
                    break
                for key, _ in selector.select():
                    worker = key.data
                    received = receive(worker.results)
                    if received is None:  # the child is gone
                        selector.unregister(worker.results)
                        if worker.running is not None:
                            done[worker.running] = died(tasks[worker.running])
                        worker.stop()
                        continue
                    done[received[0]] = received[1]
                    start_next(worker, waiting)
            yield done.pop(i)
        finished = True
    finally:
        selector.close()
        for worker in pool:
            worker.stop(kill=not finished)


def fork_worker(tasks: Sequence[Any], convert: Callable[[Any], Any], inherited: list[int]) -> Worker:
    """`inherited`: the parent's ends of the pipes of the workers forked before, which the child
    closes (it would otherwise keep their task pipes open, and them waiting, until it exits)."""
    task_read, task_write = os.pipe()
    result_read, result_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns, and never runs the parent's exit handlers or flushes its buffers
        code = 0
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
            for fd in (task_write, result_read, *inherited):
                os.close(fd)
            serve(tasks, convert, task_read, result_write)
        except BaseException:
            traceback.print_exc()  # why the worker stopped, on the stderr it shares
            code = 1
        finally:
            os._exit(code)
    os.close(task_read)
    os.close(result_write)
    return Worker(pid, task_write, result_read)


def serve(tasks: Sequence[Any], convert: Callable[[Any], Any], task_pipe: int, result_pipe: int) -> None:
    """The child's loop, until the parent closes the task pipe."""
    while (header := read_exactly(task_pipe, TASK.size)) is not None:
        (number,) = TASK.unpack(header)
        payload = pickle.dumps(convert(tasks[number]), protocol=pickle.HIGHEST_PROTOCOL)
        write_all(result_pipe, RESULT.pack(number, len(payload)) + payload)


def start_next(worker: Worker, waiting: list[int]) -> None:
    worker.running = waiting.pop() if waiting else None
    if worker.running is None:
        worker.close_tasks()  # nothing left
        return
    try:
        write_all(worker.tasks, TASK.pack(worker.running))
    except OSError:  # the child is gone; its result pipe says so next
        worker.close_tasks()


def receive(pipe: int) -> tuple[int, Any] | None:
    header = read_exactly(pipe, RESULT.size)
    if header is None:
        return None
    number, size = RESULT.unpack(header)
    payload = read_exactly(pipe, size)
    return None if payload is None else (number, pickle.loads(payload))


def read_exactly(fd: int, size: int) -> bytes | None:
    """`size` bytes, or None at the end of the pipe (a message cut short counts as none)."""
    chunks = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
