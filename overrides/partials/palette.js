// The palette toggle (partials/palette.html), run inline right after its form and before
// Material's header script, which applies the stored palette to <body> before the first paint.
// Until the reader switches, this only shows the current toggle and points the browser's
// theme-color and color-scheme at a forced choice; nothing else on the page is restyled.
(() => {
  const form = document.currentScript.previousElementSibling;
  const inputs = [...form.querySelectorAll("input")];
  const SYSTEM = "(prefers-color-scheme)";
  const LIGHT = "(prefers-color-scheme: light)";
  const DARK = "(prefers-color-scheme: dark)";
  const color = (input) => ({
    media: input.getAttribute("data-md-color-media"),
    scheme: input.getAttribute("data-md-color-scheme"),
    primary: input.getAttribute("data-md-color-primary"),
    accent: input.getAttribute("data-md-color-accent"),
  });

  // A first visit has nothing stored (nor has a private tab, ever): store the first entry, as
  // Material does, so that its header script applies the reader's scheme before the first paint.
  let stored = null;
  try {
    stored = __md_get("__palette");
    if (!stored || !stored.color) __md_set("__palette", (stored = { index: 0, color: color(inputs[0]) }));
  } catch (e) {}
  let index = Math.max(0, Math.min(stored ? stored.index : 0, inputs.length - 1));

  // The browser's own colours: theme-color (the address bar) and color-scheme (scrollbars, the
  // canvas). main.html gives a theme-color per system scheme; a forced choice goes in front of them.
  // Material's instant navigation keeps both elements, since they are absent from the next page.
  const themeColor = document.createElement("meta");
  themeColor.name = "theme-color";
  const colorScheme = document.createElement("meta");
  colorScheme.name = "color-scheme";
  document.head.append(colorScheme);
  const showBrowser = (media) => {
    const forced = media === SYSTEM ? null : document.querySelector(`meta[name=theme-color][media="${media}"]`);
    if (forced) {
      themeColor.content = forced.content;
      document.head.prepend(themeColor);
    } else {
      themeColor.remove();
    }
    colorScheme.content = media === SYSTEM ? "light dark" : media === LIGHT ? "light" : "dark";
  };
  const showToggle = () => {
    inputs.forEach((input, i) => {
      const label = input.nextElementSibling;
      if (label instanceof HTMLLabelElement) label.hidden = i !== index;
    });
  };
  showBrowser(inputs[index].getAttribute("data-md-color-media"));
  // Shown once the header is parsed: a first paint can come while the parser is still short of
  // the search button after this form, and the button's arrival would then push the toggle aside.
  document.addEventListener("DOMContentLoaded", showToggle, { once: true });

  const apply = () => {
    const palette = { index, color: color(inputs[index]) };
    // "Follow the system" takes its colours from the entry for the system's current scheme.
    const shown = palette.color.media === SYSTEM
      ? color(form.querySelector(`input[data-md-color-media="${matchMedia(LIGHT).matches ? LIGHT : DARK}"]`))
      : palette.color;
    // Material's stylesheet turns transitions off while this attribute is set, so the whole page
    // switches at once instead of fading element by element.
    document.body.setAttribute("data-md-color-switching", "");
    for (const key of ["scheme", "primary", "accent"]) document.body.setAttribute(`data-md-color-${key}`, shown[key]);
    document.body.setAttribute("data-md-color-media", palette.color.media);
    showToggle();
    showBrowser(palette.color.media);
    try {
      __md_set("__palette", palette);
    } catch (e) {}
    setTimeout(() => document.body.removeAttribute("data-md-color-switching"));
  };
  form.addEventListener("change", (event) => {
    index = inputs.indexOf(event.target);
    if (index >= 0) apply();
  });
  // Enter on the focused toggle switches too, as in Material.
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const next = inputs[(index + 1) % inputs.length];
    next.click();
    next.focus();
  });
  matchMedia(LIGHT).addEventListener("change", () => {
    if (inputs[index].getAttribute("data-md-color-media") === SYSTEM) apply();
  });
})();
