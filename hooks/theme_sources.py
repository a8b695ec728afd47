"""Keep nbconvert templates in the theme folder out of the built site.

MkDocs copies every file of ``theme.custom_dir`` that it does not render itself (anything
but ``*.html`` and a few others) into the site. Our script partials are named ``*.js.html``
for that reason, but ``overrides/notebook.html.j2`` is read by mkdocs-jupyter from its path
(``custom_template`` in mkdocs.yml), so its name stays. This hook drops every ``*.j2`` of
the theme folder from the files to copy. If MkDocs does not list one of them, it no longer
copies them as assumed, and the build fails so that this hook is revisited.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if config.theme.custom_dir is None:
        raise PluginError("theme.custom_dir is not set; hooks/theme_sources.py has nothing to keep out")
    custom_dir = Path(config.theme.custom_dir).resolve()
    for template in sorted(custom_dir.rglob("*.j2")):
        src_uri = template.relative_to(custom_dir).as_posix()
        file = files.get_file_from_path(src_uri)
        if file is None or file.abs_src_path is None or Path(file.abs_src_path).resolve() != template:
            raise PluginError(f"{src_uri}: MkDocs no longer lists it among the theme files it copies; "
                              "revisit hooks/theme_sources.py")
        files.remove(file)
    return files
