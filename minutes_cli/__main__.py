"""Where the `minutes` command starts (the console script and `python -m minutes_cli`).

The cyclic garbage collector is off for the whole short life of the command. Importing Typer,
the parser and PyMuPDF makes about 90,000 objects, and the collector's passes over them cost
about 10 ms of every run (a one-page PDF converts in about 210 ms) and 5 % of a long batch;
converting makes no reference cycles (`tests/test_api.py` checks), so reference counting frees
everything anyway, and memory stays flat over a batch. The switch comes before the imports, and
here rather than in `cli`, so that importing `cli` (as the tests do) leaves the collector alone.
"""

import gc


def main() -> None:
    gc.disable()
    from minutes_cli.cli import main as run

    run()


if __name__ == "__main__":
    main()
