// Build-time KaTeX renderer used by hooks/math.py.
// Protocol: one JSON array of {tex, display} per input line; one JSON array of
// {html} or {error} per output line, in the same order.
"use strict";
const katex = require("katex");
const readline = require("readline");

const options = {
  throwOnError: true,
  // "error": Unicode text (e.g. Chinese) in math mode must be wrapped in \text{}.
  strict: "error",
  output: "htmlAndMathml",
  trust: false,
};

function render(item) {
  try {
    return { html: katex.renderToString(item.tex, { ...options, displayMode: item.display }) };
  } catch (err) {
    return { error: String(err.message || err) };
  }
}

const lines = readline.createInterface({ input: process.stdin, terminal: false });
lines.on("line", (line) => {
  const batch = JSON.parse(line);
  process.stdout.write(JSON.stringify(batch.map(render)) + "\n");
});
