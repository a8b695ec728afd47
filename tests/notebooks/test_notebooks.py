"""Execute every notebook; an exception or a failed assert in any cell fails the test.

An assert only counts if it can fail: MUTATIONS injects one plausible mistake into each
notebook's math, and that notebook must then stop on an AssertionError of its own.

The one-minute budget per notebook (CONTRIBUTING.md) is for authors: the run time is
measured and printed, never asserted, since a verdict must not depend on the machine's load.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CELL_TIMEOUT = 120  # seconds per cell: only a guard against a hung kernel

# notebook -> (code text occurring exactly once in its code cells, a wrong version of it)
MUTATIONS: dict[str, tuple[str, str]] = {
    # BatchNorm statistics over the features (LayerNorm's axis) instead of the batch: a per-unit bias no longer cancels
    "bn-cancels-bias.ipynb": ("mu = z.mean(axis=0)", "mu = z.mean(axis=1)[:, None]"),
    # Gumbel noise written as exponential noise -log u: samples no longer follow softmax(logits)
    "gumbel-max-and-cross-entropy.ipynb": ("return -np.log(-np.log(u))", "return -np.log(u)"),
    # bf16 rounding with ties rounded up instead of to even: 1 + 2^-8 rounds to 1 + 2^-7
    "mixed-precision-numerics.ipynb": ("bias = 0x7FFF + ((u >> 16) & 1)", "bias = 0x8000"),
    # on rejection, resample from the target p instead of norm(max(0, p - q)): the output is no longer distributed as p
    "speculative-decoding-exact.ipynb": ("r = np.maximum(p - q, 0.0)", "r = p.copy()"),
    # ray casting with a closed y-range instead of the half-open rule: a vertex on the ray counts twice, a horizontal edge once
    "polygon-polar-calipers.ipynb": ("if (a[1] > y) != (b[1] > y):", "if min(a[1], b[1]) <= y <= max(a[1], b[1]):"),
    # f's backward all-reduce dropped: each device keeps only its partial sum of dX
    "megatron-tensor-parallel.ipynb": ("dX = comm.all_reduce(dX_parts, name + ':f.backward')[0]", "dX = dX_parts[0]"),
    # bubble over total time replaced by bubble over ideal time (p-1)/m
    "pipeline-bubble.ipynb": ("return Fraction(p - 1, m + p - 1)", "return Fraction(p - 1, m)"),
    # RoPE with the wrong sign of the angle on the key side: the score depends on m + n instead of m - n
    "rope-relative-position.ipynb": ("rope(k, n)", "rope(k, -n)"),
    # gradients sharded from stage 1 on: ZeRO-1 and ZeRO-2 merged
    "zero-memory.ipynb": ("grads = 2 * psi / N if stage >= 2 else 2 * psi", "grads = 2 * psi / N if stage >= 1 else 2 * psi"),
    # AdamW's decay divided by sqrt(v̂): the preconditioned decay AdamW exists to avoid
    "adam-vs-adamw.ipynb": ("update = update + lam * theta", "update = update + lam * theta / (np.sqrt(v_hat) + eps)"),
    # cross product with the wrong sign: left and right turns swapped
    "convex-hull.ipynb": (
        "return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])",
        "return (a[1] - o[1]) * (b[0] - o[0]) - (a[0] - o[0]) * (b[1] - o[1])",
    ),
    # log|det J| of x·exp(s) taken as exp(s) instead of s
    "coupling-flows.ipynb": ("logdet += s", "logdet += np.exp(s)"),
    # DPM-Solver-2: intermediate point pushed with e^h - 1 instead of e^{h/2} - 1, so the method drops to first order
    "dpm-solver-vs-ddim.ipynb": ("np.expm1(0.5 * h)", "np.expm1(h)"),
    # forward step without the square root on the noise scale
    "ddpm-forward-closed-form.ipynb": ("np.sqrt(betas[t]) * rng", "betas[t] * rng"),
    # DDIM σ_t missing the square root of its second factor
    "ddpm-vs-ddim-exact.ipynb": ("np.sqrt(1 - alpha_bar[t] / alpha_bar[s])", "(1 - alpha_bar[t] / alpha_bar[s])"),
    # Cov(x_t | k) with t·Σ_k instead of t²·Σ_k: the closed-form marginal u_t no longer matches Lipman's definition
    "flow-matching-toy.ipynb": ("tt ** 2 * SIGMA[None]", "tt * SIGMA[None]"),
    # FlashAttention: old output rescaled by exp(m_old - m_new) but not un-normalised by ℓ_old
    "online-softmax-flashattention.ipynb": ("((li * a_old)[:, None] * Oi", "(a_old[:, None] * Oi"),
    # receptive field grows by k_eff·j instead of (k_eff - 1)·j
    "receptive-field.ipynb": ("r = r + (k_eff - 1) * j", "r = r + k_eff * j"),
    # v target with the signal and noise coefficients swapped
    "prediction-targets-snr.ipynb": (
        "return np.sqrt(ab) * eps - np.sqrt(1 - ab) * x0",
        "return np.sqrt(1 - ab) * eps - np.sqrt(ab) * x0",
    ),
    # probability-flow ODE with the SDE's full score coefficient instead of ½
    "reverse-sde-vs-pf-ode.ipynb": (
        "return -0.5 * beta(t) * (x + score(x, t))",
        "return -0.5 * beta(t) * x - beta(t) * score(x, t)",
    ),
    # all-gather starts one chunk early: workers forward chunks not yet fully reduced
    "ring-allreduce.ipynb": ("lambda i: (i + 1 - s) % N", "lambda i: (i - s) % N"),
    # constant-step noise floor aσ²/(2 - a) replaced by its small-a approximation aσ²/2
    "stochastic-approximation.ipynb": ("SIGMA_N ** 2 / (2 - A_CONST)", "SIGMA_N ** 2 / 2"),
    # straight-through estimator dropped: z_q no longer depends on z_e
    "vq-straight-through.ipynb": ("z_q = z_e + (E_sg[k] - z_e_sg)", "z_q = E_sg[k]"),
}

# Further mistakes for notebooks whose checks were strengthened: each must also be caught.
MORE_MUTATIONS: list[tuple[str, str, str]] = [
    # Proposition 1 without the α conversion: SGD + L2 with λ' = λ no longer matches weight decay λ
    ("adam-vs-adamw.ipynb", "lam_prime = LAM_S / ALPHA_S", "lam_prime = LAM_S"),
    # FlashAttention-2 logsumexp without the running max: P recomputed as exp(S - log ℓ) is off by e^m
    ("online-softmax-flashattention.ipynb", "Lse = m_st + np.log(l_st)", "Lse = np.log(l_st)"),
    # ring latency counted as N - 1 steps instead of 2(N - 1): the closed form no longer matches the simulation
    ("ring-allreduce.ipynb", "2 * (N - 1) * alpha", "(N - 1) * alpha"),
]


def execute(notebook: nbformat.NotebookNode, path: Path) -> float:
    """Run all cells as the site build does, from notebooks/; returns the wall time in seconds."""
    client = NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    client.execute()
    return time.perf_counter() - start


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS


def test_every_notebook_has_a_mutation() -> None:
    names = {p.name for p in NOTEBOOKS}
    assert not names - MUTATIONS.keys(), f"no entry in MUTATIONS for {sorted(names - MUTATIONS.keys())}"
    assert not MUTATIONS.keys() - names, f"MUTATIONS names missing notebooks {sorted(MUTATIONS.keys() - names)}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stored_without_outputs(path: Path) -> None:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert not cell.get("outputs") and cell.get("execution_count") is None, (
                f"{path.name}: outputs are produced by the build, not committed"
            )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    first = notebook.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# "), "starts with a title cell"
    print(f"{path.name}: {execute(notebook, path):.1f} s")


@pytest.mark.parametrize(("name", "old", "new"),
                         [(name, *MUTATIONS[name]) for name in sorted(MUTATIONS)] + MORE_MUTATIONS,
                         ids=lambda value: value if value.endswith(".ipynb") else "")
def test_notebook_asserts_catch_a_mistake(name: str, old: str, new: str) -> None:
    path = ROOT / "notebooks" / name
    assert old != new, f"{name}: the injected change changes nothing"
    notebook = nbformat.read(path, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    hits = [c for c in code if old in c.source]
    count = sum(c.source.count(old) for c in code)
    assert count == 1, f"{name}: MUTATIONS text occurs {count} times in the code cells, expected once: {old!r}"
    cell = hits[0]
    at = cell.source.index(old)
    start, end = cell.source.rfind("\n", 0, at) + 1, cell.source.find("\n", at + len(old))
    touched = cell.source[start:end if end >= 0 else None].splitlines()
    assert not any(line.lstrip().startswith("assert") for line in touched), f"{name}: the change edits an assert"
    cell.source = cell.source.replace(old, new)
    try:
        execute(notebook, path)
    except CellExecutionError as error:
        assert error.ename == "AssertionError", (
            f"{name}: the injected change raised {error.ename}: {error.evalue}, not a failed assert"
        )
    else:
        pytest.fail(f"{name}: no assert caught the injected change {old!r} -> {new!r}")
