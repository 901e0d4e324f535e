// The contrast of every visible control against what is behind it (tests/browser/test_phones.py):
// its text (WCAG 1.4.3, 4.5:1) and its boundary, border or fill (WCAG 1.4.11, 3:1).
// Returns the controls that fall short, described.
() => {
  const parse = (colour) => {
    const parts = colour.match(/[\d.]+/g);
    if (!parts || colour === "transparent") return null;
    const [r, g, b, a = 1] = parts.map(Number);
    return a === 0 ? null : [r, g, b];
  };
  const luminance = ([r, g, b]) => {
    const [R, G, B] = [r, g, b].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const ratio = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const behind = (el) => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      const colour = parse(getComputedStyle(up).backgroundColor);
      if (colour) return colour;
    }
    return [255, 255, 255];
  };
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  const failures = [];
  const controls = document.querySelectorAll(
    "#rendered_cells input:not([type=hidden]):not([type=file]), #rendered_cells select, " +
    "#rendered_cells textarea, #rendered_cells button, #rendered_cells .noUi-handle, " +
    "#rendered_cells .widget-readout, main a[href]");
  for (const el of [...controls].filter(shown)) {
    const style = getComputedStyle(el);
    const ground = behind(el);
    const fill = parse(style.backgroundColor);
    const text = (el.value || el.textContent || "").trim();
    const name = `${el.tagName.toLowerCase()}.${String(el.className).split(" ")[0]} "${text.slice(0, 30)}"`;
    if (text && !["checkbox", "radio", "range"].includes(el.type)) {
      const against = fill || ground;
      const contrast = ratio(parse(style.color), against);
      if (contrast < 4.5) failures.push(`${name}: text ${contrast.toFixed(2)}:1`);
    }
    if (el.tagName === "A" || ["checkbox", "radio"].includes(el.type)) continue;  // drawn by the system
    const border = parseFloat(style.borderTopWidth) > 0 ? parse(style.borderTopColor) : null;
    const edges = [border, fill].filter(Boolean).map((colour) => ratio(colour, ground));
    const best = edges.length ? Math.max(...edges) : 1;
    if (best < 3) failures.push(`${name}: boundary ${best.toFixed(2)}:1`);
  }
  return failures;
}
