"""The store a notebook works on, and a folder for what it writes; cleaned up when it ends.

A notebook's parameter cell names a store (`STORE`), inputs (`INPUTS`) and an output folder
(`OUTPUT`); `open_workspace` turns them into a `Workspace`:

* no store: a temporary folder, and in it a store built from the inputs (the bundled samples
  when there are none), as `kg build` builds (documents, then events regrouped);
* a store and no inputs: that store, opened read-only (a folder, a SPARQL server's URL or a
  `.toml` file, as `--store` takes); nothing is built, nothing in it changes;
* a store and inputs: the inputs built into that store, as `kg build INPUTS --store STORE`.

Pages and exports go to `folder`: `OUTPUT` when given (kept), else the temporary folder.
`close()` (or leaving a `with` block) closes the store and removes the temporary folder, and
only it: a store or folder the parameters named is never deleted.

>>> with open_workspace(inputs=[]) as work:
...     folder = work.folder
...     print(work.summary.built, folder.exists(), folder.name.startswith(PREFIX))
0 True True
>>> folder.exists()
False
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from kg.analysis.grouping import regroup_events
from kg.documents import Problem, read_inputs
from kg.extractor import Extractor
from kg.pipeline import BuildSummary, build
from kg.resources import samples_dir
from kg.settings import Settings
from kg.store import GraphStore, Store, open_store

__all__ = ["PREFIX", "Workspace", "open_workspace"]

log = logging.getLogger(__name__)

PREFIX = "irkg-notebook-"  # the temporary folder's name starts so (in $TMPDIR)


@dataclass
class Workspace:
    """A store to read (`store`, named by `location`) and a folder to write to (`folder`).

    `summary` says what was built (None when a named store was only opened), `problems` what
    could not be read. `temporary` is True when `folder` was made here and goes at `close()`.
    """

    store: GraphStore
    location: str
    folder: Path
    temporary: bool
    summary: BuildSummary | None = None
    problems: list[Problem] = field(default_factory=list)
    read_only: bool = False

    def close(self) -> None:
        """Close the store; remove the temporary folder (and the store in it) if there is one."""
        try:
            self.store.close()
        finally:
            if self.temporary:
                shutil.rmtree(self.folder, ignore_errors=True)
                log.info("removed %s", self.folder)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def __str__(self) -> str:
        lines = []
        if self.summary is not None:
            problems = [str(p) for p in self.problems if not p.notice]
            lines.append(
                f"{self.summary.built} document(s) built, {self.summary.unchanged} unchanged, "
                f"{self.summary.interactions} interactions, problems: {problems}"
            )
        lines.append(f"store: {self.location}" + (" (read-only)" if self.read_only else ""))
        end = " (removed at the end)" if self.temporary else ""
        lines.append(f"outputs: {self.folder}{end}")
        return "\n".join(lines)


def open_workspace(
    store: str | Path | None = None,
    inputs: Sequence[str | Path] | None = None,
    *,
    output: str | Path | None = None,
    settings: Settings | None = None,
) -> Workspace:
    """The workspace the parameters name (see the module's docstring); `settings` (by default
    `Settings.from_env()`) give the spaCy pipeline and the minimum confidence of a build."""
    folder = Path(output) if output is not None else Path(tempfile.mkdtemp(prefix=PREFIX))
    temporary = output is None
    folder.mkdir(parents=True, exist_ok=True)
    try:
        if store is None:
            opened: GraphStore = Store(folder / "store")
            location = str(folder / "store")
        else:
            opened = open_store(store, read_only=inputs is None)
            location = str(store)
        read_only = store is not None and not inputs
        work = Workspace(opened, location, folder, temporary, read_only=read_only)
    except BaseException:
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    if read_only:
        return work
    try:
        _build(work, [samples_dir()] if inputs is None else inputs, settings)
    except BaseException:
        work.close()
        raise
    return work


def _build(work: Workspace, inputs: Sequence[str | Path], settings: Settings | None) -> None:
    """Build `inputs` into the workspace's store as `kg build` does; events regrouped after."""
    if not inputs:
        work.summary = BuildSummary()
        return
    settings = settings or Settings.from_env()
    work.summary = build(
        read_inputs(list(inputs), on_problem=work.problems.append),
        store=work.store,
        extractor=Extractor.from_model(settings.model),
        min_confidence=settings.min_confidence,
    )
    work.problems.extend(work.summary.problems)
    regroup_events(work.store)
