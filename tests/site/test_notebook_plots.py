"""hooks/notebooks.py moves a notebook's PNG plots out of the HTML into files beside the page."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import io
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.exceptions import PluginError
from PIL import Image

from tests.conftest import ROOT


def load_hook() -> ModuleType:
    # By path: the hooks folder is not a package, and "notebooks" is also the repo's notebook folder.
    spec = importlib.util.spec_from_file_location("notebooks_hook", ROOT / "hooks" / "notebooks.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HOOK = load_hook()
ALT = 'alt="散点图：四团数据与码本向量的更新路径"'


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (width % 256, height % 256, 7)).save(buffer, format="PNG")
    return buffer.getvalue()


def render(content: str, site_dir: Path) -> str:
    page = SimpleNamespace(file=SimpleNamespace(src_uri="demo.ipynb", dest_uri="notebooks/demo/index.html"))
    return HOOK.on_page_content(content, page=page, config=SimpleNamespace(site_dir=str(site_dir)), files=None)


@settings(max_examples=25, deadline=None)
@given(sizes=st.lists(st.tuples(st.integers(1, 900), st.integers(1, 700)), min_size=1, max_size=3))
def test_each_plot_becomes_a_file_with_its_size(tmp_path_factory: pytest.TempPathFactory,
                                                  sizes: list[tuple[int, int]]) -> None:
    site = tmp_path_factory.mktemp("site")
    images = [png(w, h) for w, h in sizes]
    html = "".join(f'<p>text</p><img {ALT} src="data:image/png;base64,{base64.b64encode(i).decode()}"/>'
                   for i in images)
    out = render(html, site)
    assert "data:image" not in out
    assert out.count(ALT) == len(images)
    for (width, height), image in zip(sizes, images):
        name = f"plot-{hashlib.sha256(image).hexdigest()[:16]}.png"
        assert f'width="{width}" height="{height}" decoding="async" fetchpriority="low" src="{name}"' in out
        written = site / "notebooks" / "demo" / name
        assert written.read_bytes() == image
        assert Image.open(written).size == (width, height)


def test_a_plot_that_is_not_a_png_fails_the_build_naming_the_notebook(tmp_path: Path) -> None:
    fake = base64.b64encode(b"GIF89a" + bytes(40)).decode()
    with pytest.raises(PluginError, match=r"demo\.ipynb: an output image is not a well-formed PNG"):
        render(f'<img {ALT} src="data:image/png;base64,{fake}"/>', tmp_path)


@pytest.mark.parametrize("alt", ["", 'alt=""', 'alt="No description has been provided for this image"'])
def test_a_plot_without_alternative_text_fails_the_build_naming_the_notebook(tmp_path: Path, alt: str) -> None:
    data = base64.b64encode(png(3, 2)).decode()
    with pytest.raises(PluginError, match=r'demo\.ipynb: a plot has no alternative text.*metadata as "alt"'):
        render(f'<img {alt} src="data:image/png;base64,{data}"/>', tmp_path)


def test_pages_that_are_not_notebooks_are_left_alone(tmp_path: Path) -> None:
    page = SimpleNamespace(file=SimpleNamespace(src_uri="note.md", dest_uri="note/index.html"))
    html = f'<img src="data:image/png;base64,{base64.b64encode(png(3, 2)).decode()}"/>'
    assert HOOK.on_page_content(html, page=page, config=SimpleNamespace(site_dir=str(tmp_path)), files=None) == html
    assert not any(tmp_path.iterdir())
