"""The search tokenizer (hooks/search/tokenize.js): one set of rules for the index and the query.

The index builder (Node) and the search worker (the browser) load the same file; these tests run
it in Node, and tests/site/test_search.py runs it in Chromium on the same samples.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import ROOT

TOKENIZE = ROOT / "hooks" / "search" / "tokenize.js"
SAMPLES = [
    "DDIM采样",
    "DDIM 采样",
    "用 DDIM 采样 50 步",
    "VAE重参数化技巧",
    "SD3架构",
    "力扣215",
    "Top-K 问题用小根堆",
    "ＤＤＰＭ（全角）",
    "Transformers and diffusion models",
    "无分类器引导（classifier-free guidance, CFG）",
    "第 K 个最大元素",
]


def run_node(script: str) -> object:
    result = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(result.stdout)


def tokenized(samples: list[str]) -> list[dict[str, object]]:
    return run_node(
        f"const t = require({json.dumps(str(TOKENIZE))});"
        f"const samples = {json.dumps(samples, ensure_ascii=False)};"
        "console.log(JSON.stringify(samples.map((s) => ({ index: t.indexTerms(s), query: t.queryWords(s) }))));"
    )  # type: ignore[return-value]


def test_every_query_term_of_a_text_is_an_index_term_of_that_text() -> None:
    # The parity that matters: whatever a reader copies from a page and types, the index holds
    # every term the query asks for.
    for sample, split in zip(SAMPLES, tokenized(SAMPLES)):
        index = set(split["index"])  # type: ignore[arg-type]
        wanted = {term for word in split["query"] for term in word["terms"]}  # type: ignore[union-attr]
        assert wanted and wanted <= index, f"{sample!r}: {wanted - index} not indexed"


def test_chinese_glued_to_latin_splits_as_if_spaced() -> None:
    pairs = [("DDIM采样", "DDIM 采样"), ("SD3架构", "SD3 架构"), ("力扣215", "力扣 215"), ("VAE重参数化技巧", "VAE 重参数化技巧")]
    flat = [s for pair in pairs for s in pair]
    results = tokenized(flat)
    for i, (glued, spaced) in enumerate(pairs):
        assert results[2 * i] == results[2 * i + 1], f"{glued!r} and {spaced!r} split differently"
    assert [w["text"] for w in results[0]["query"]] == ["ddim", "采样"]  # type: ignore[index]


def test_han_runs_become_characters_and_pairs_latin_words_stay_whole() -> None:
    [split] = tokenized(["扩散模型 Diffusion"])
    assert split["index"] == ["扩", "散", "模", "型", "扩散", "散模", "模型", "diffusion"]
    assert [w["terms"] for w in split["query"]] == [["扩散", "散模", "模型"], ["diffusion"]]  # type: ignore[index]


def test_full_width_letters_hyphenated_words_and_plurals_match_their_plain_forms() -> None:
    results = tokenized(["ＤＤＰＭ", "Top-K", "transformers", "loss"])
    assert results[0]["index"] == ["ddpm"]
    assert "topk" in results[1]["index"], "Top-K is found by topk"
    assert results[2]["index"] == ["transformer"] and results[3]["index"] == ["loss"]


@pytest.mark.parametrize("term", ["ddim", "采样", "扩散"])
def test_shards_are_stable_and_latin_prefixes_share_one(term: str) -> None:
    shards = run_node(
        f"const t = require({json.dumps(str(TOKENIZE))});"
        f"console.log(JSON.stringify([t.shardOf({json.dumps(term)}, 128), t.shardOf({json.dumps(term)}, 128)]));"
    )
    assert shards[0] == shards[1]  # type: ignore[index]
    if term.isascii():
        assert shards[0] == "l-" + term[:2]  # type: ignore[index]


def test_a_han_character_and_the_pairs_it_begins_share_a_shard() -> None:
    # The worker fetches the last character's file ahead of the next keystroke (worker.js fetchAhead).
    terms = ["采", "采样", "无", "无分", "分", "分类", "𠀀", "𠀀样"]
    shards = run_node(
        f"const t = require({json.dumps(str(TOKENIZE))});"
        f"console.log(JSON.stringify({json.dumps(terms)}.map((term) => t.shardOf(term, 128))));"
    )
    assert isinstance(shards, list)
    assert all(char == pair for char, pair in zip(shards[::2], shards[1::2])), shards
    assert len(set(shards[::2])) > 1, "different characters spread over different files"
