// Build-time TeX renderer used by hooks/math.py: MathML Core with Temml.
// Protocol: one JSON array of {tex, display} per input line; one JSON array of
// {mathml}, {html} or {error} per output line, in the same order.
"use strict";
const katex = require("katex");
const temml = require("temml");
const readline = require("readline");

// Chromium (156, December 2026) draws a stretchy horizontal brace that must be wider than
// about 15-25 em as a short flat line with no hooks, whatever the math font. Formulas with
// \underbrace or \overbrace are therefore rendered by KaTeX as HTML, with KaTeX's MathML
// beside it for screen readers: the only formulas of the site rendered twice.
const HTML_FORMULA = /\\(?:under|over)brace(?![a-zA-Z])/;

function render(item) {
  try {
    if (HTML_FORMULA.test(item.tex)) {
      const html = katex.renderToString(item.tex, {
        displayMode: item.display, throwOnError: true, strict: "error", trust: false, output: "htmlAndMathml",
      });
      return { html };
    }
    const mathml = temml.renderToString(item.tex, {
      displayMode: item.display,
      throwOnError: true,
      // Rejects what LaTeX would, e.g. Unicode text (Chinese) in math mode outside \text{}.
      strict: true,
      trust: false,
      // Long inline formulas may break after = and + as TeX's do, so a phone does not need to
      // scroll them. Temml cannot then add the TeX as an <annotation>; hooks/math.py keeps it.
      wrap: item.display ? "none" : "tex",
    });
    return { mathml };
  } catch (err) {
    return { error: String(err.message || err) };
  }
}

const lines = readline.createInterface({ input: process.stdin, terminal: false });
lines.on("line", (line) => {
  const batch = JSON.parse(line);
  process.stdout.write(JSON.stringify(batch.map(render)) + "\n");
});
