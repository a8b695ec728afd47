// Copying a selection that contains math puts the formulas' TeX on the clipboard as plain text
// ($…$ inline, $$…$$ display), like a LaTeX source, instead of the MathML's loose characters.
// The TeX is written into the page by hooks/math.py: data-tex on inline math, and the
// "复制 TeX" button's data-clipboard-text on display math (that button is Material's clipboard).
function texOf(formula) {
  if (formula.dataset.tex !== undefined) return `$${formula.dataset.tex}$`;
  const button = formula.querySelector("[data-clipboard-text]");
  return button ? `$$${button.dataset.clipboardText}$$` : null;
}

document.addEventListener("copy", (event) => {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !event.clipboardData) return;
  const range = selection.getRangeAt(0);
  // A selection that starts or ends inside a formula takes the whole formula.
  const formulaAround = (node) => (node instanceof Element ? node : node.parentElement)?.closest(".arithmatex");
  const first = formulaAround(range.startContainer);
  const last = formulaAround(range.endContainer);
  if (first) range.setStartBefore(first);
  if (last) range.setEndAfter(last);
  const fragment = range.cloneContents();
  const formulas = fragment.querySelectorAll(".arithmatex");
  if (formulas.length === 0) return;
  for (const formula of formulas) {
    const tex = texOf(formula);
    if (tex !== null) formula.replaceWith(formula.tagName === "DIV" ? `\n${tex}\n` : tex);
  }
  event.clipboardData.setData("text/plain", fragment.textContent);
  event.preventDefault();
});
