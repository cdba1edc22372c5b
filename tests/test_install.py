"""The package installs anywhere: a wheel, installed without the checkout, runs every command
from a folder outside it (the ontology, the shapes, the JSON-LD context and the query library
ship inside the package)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest

from kg import __version__

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A Python with the wheel installed and the checkout nowhere in sight: a fresh virtual
    environment that sees this one's dependencies (a path in a .pth file, so that the editable
    install of the checkout, itself a .pth, is not read) and the wheel unpacked by pip."""
    root = tmp_path_factory.mktemp("install")
    wheels = root / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(wheels), str(REPO)],
        check=True, capture_output=True, cwd=root,
    )  # fmt: skip
    (wheel,) = wheels.glob("irkg-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        assert "kg = kg.cli:main" in archive.read(entry_points).decode()
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    ours = sysconfig.get_paths()["purelib"]
    (Path(purelib) / "dependencies.pth").write_text(ours + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
         "--target", purelib, str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    outside = root / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "IRKG_STORE")}
    env["IRKG_STORE"] = str(outside / "default-store")
    return python, env


def kg(installed: tuple[Path, dict[str, str]], *args: str) -> subprocess.CompletedProcess[str]:
    python, env = installed
    return subprocess.run(
        [str(python), "-m", "kg", *args], capture_output=True, text=True, env=env,
        cwd=env["IRKG_STORE"].rsplit("/", 1)[0], timeout=300,
    )  # fmt: skip


def test_the_installed_package_is_not_the_checkout(installed: tuple[Path, dict[str, str]]) -> None:
    python, env = installed
    where = subprocess.run(
        [str(python), "-c", "import kg, kg.rdf.namespace as n; print(kg.__file__); "
         "print(n.ontology_dir())"],
        capture_output=True, text=True, env=env, check=True,
        cwd=Path(env["IRKG_STORE"]).parent,
    ).stdout.split()  # fmt: skip
    assert all(not path.startswith(str(REPO)) for path in where), where
    assert kg(installed, "--version").stdout.strip() == f"irkg {__version__}"


def test_every_command_runs_outside_the_checkout(installed: tuple[Path, dict[str, str]]) -> None:
    here = Path(installed[1]["IRKG_STORE"]).parent
    shutil.copy(REPO / "samples" / "russia-cuba.txt", here / "article.txt")
    built = kg(installed, "build", "article.txt", "--store", "store", "--no-progress")
    assert built.returncode == 0, built.stderr
    assert "interactions:" in built.stdout
    listed = kg(installed, "query", "--list", "--store", "store")
    assert listed.returncode == 0 and "who-sanctions" in listed.stdout, listed.stderr
    named = kg(installed, "query", "--store", "store", "--name", "who-sanctions",
               "--param", "target=CUB")  # fmt: skip
    assert named.returncode == 0 and "country/USA" in named.stdout, named.stderr
    for suffix in (".ttl", ".nt", ".nq", ".trig", ".jsonld"):
        out = kg(installed, "export", f"graph{suffix}", "--store", "store")
        assert out.returncode == 0, (suffix, out.stderr)
        assert (here / f"graph{suffix}").stat().st_size > 1000
    context = json.loads((here / "graph.jsonld").read_text(encoding="utf-8"))["@context"]
    assert context["ir"] == "https://w3id.org/irkg/ontology#"


def test_serve_answers_outside_the_checkout(installed: tuple[Path, dict[str, str]]) -> None:
    python, env = installed
    here = Path(env["IRKG_STORE"]).parent
    if not (here / "store").exists():
        shutil.copy(REPO / "samples" / "russia-cuba.txt", here / "article.txt")
        assert (
            kg(installed, "build", "article.txt", "--store", "store", "--no-progress").returncode
            == 0
        )
    server = subprocess.Popen(
        [str(python), "-m", "kg", "serve", "--store", "store", "--port", "0", "--max-running", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=here,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert line.startswith("serving "), line + (server.stderr.read() if server.stderr else "")
        url = line.split()[1] + "sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        with urllib.request.urlopen(url, timeout=30) as answer:
            assert json.loads(answer.read())["boolean"] is True
        with urllib.request.urlopen(line.split()[1] + "api/queries", timeout=30) as answer:
            assert len(json.loads(answer.read())["queries"]) >= 10
        # the page and its vendored editor ship inside the package
        with urllib.request.urlopen(line.split()[1], timeout=30) as page:
            scripts = [part.split('"')[1] for part in page.read().decode().split("src=")[1:]]
        vendored = [src for src in scripts if "vendor/" in src]
        assert vendored, scripts
        for src in vendored:
            with urllib.request.urlopen(urllib.parse.urljoin(line.split()[1], src)) as asset:
                assert asset.status == 200 and len(asset.read()) > 10_000
    finally:
        server.terminate()
        server.wait(timeout=20)
        for stream in (server.stdout, server.stderr):
            if stream is not None:
                stream.close()
