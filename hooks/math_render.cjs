// Build-time TeX to MathML renderer used by hooks/math.py, with Temml (MathML Core).
// Protocol: one JSON array of {tex, display} per input line; one JSON array of
// {mathml} or {error} per output line, in the same order.
"use strict";
const temml = require("temml");
const readline = require("readline");

function render(item) {
  try {
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
