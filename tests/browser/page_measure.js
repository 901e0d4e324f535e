// Measures a rendered page against its viewport, for the reflow tests (tests/browser/test_phones.py).
// Returns plain descriptions of what fails, so a test's message names the element.
() => {
  const width = document.documentElement.clientWidth;
  const name = (el) => {
    const text = (el.getAttribute("aria-label") || el.textContent || el.value || "").trim();
    const classes = typeof el.className === "string" ? el.className.split(" ").slice(0, 2).join(".") : "";
    return `${el.tagName.toLowerCase()}.${classes} "${text.slice(0, 40)}"`;
  };
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  const inTable = (el) => el.closest("table, .bl-table-scroll, .jp-RenderedHTMLCommon table");

  // Sideways scrolling: the page or any scrolling box that is not a data table's own.
  const scrolling = [document.scrollingElement, ...document.querySelectorAll("body *")].filter((el) => {
    if (!el || inTable(el) || el.matches("table *, .bl-table-scroll")) return false;
    const scrolls = el === document.scrollingElement || /(auto|scroll)/.test(getComputedStyle(el).overflowX);
    return scrolls && el.scrollWidth > el.clientWidth + 1;
  }).map((el) => `${name(el)} scrolls ${el.scrollWidth} > ${el.clientWidth}`);

  // Controls: inside the viewport and not clipped by a box around them; at least 24 x 24 px.
  const controls = [...document.querySelectorAll(
    "#rendered_cells input:not([type=hidden]):not([type=file]), #rendered_cells select, " +
    "#rendered_cells textarea, #rendered_cells button, #rendered_cells [role=slider], " +
    "#rendered_cells .widget-upload, main a[href]")].filter(shown);
  const clippedBy = (el) => {
    const box = el.getBoundingClientRect();
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX === "visible") continue;
      if (inTable(up)) return null;
      const outer = up.getBoundingClientRect();
      if (box.left < outer.left - 1 || box.right > outer.right + 1) return up;
    }
    return null;
  };
  const outside = controls.filter((el) => {
    const box = el.getBoundingClientRect();
    return !inTable(el) && (box.left < -0.5 || box.right > width + 0.5 || clippedBy(el));
  }).map((el) => {
    const box = el.getBoundingClientRect();
    return `${name(el)} spans ${Math.round(box.left)}..${Math.round(box.right)} of ${width}`;
  });
  const inline = (el) => el.tagName === "A" && el.closest("p, li, td, dd, figcaption");
  const small = controls.filter((el) => !inline(el)).filter((el) => {
    const box = el.getBoundingClientRect();
    return box.width < 23.5 || box.height < 23.5;
  }).map((el) => {
    const box = el.getBoundingClientRect();
    return `${name(el)} is ${Math.round(box.width)} x ${Math.round(box.height)}`;
  });

  // Labels cut short instead of wrapping.
  const cut = [...document.querySelectorAll("#rendered_cells label, #rendered_cells .widget-label, " +
    "#rendered_cells .widget-readout, #rendered_cells button")].filter(shown)
    .filter((el) => el.scrollWidth > el.clientWidth + 1)
    .map((el) => `${name(el)} shows ${el.clientWidth} of ${el.scrollWidth} px`);

  // Charts: how much of their own size they are drawn at, and their smallest text as rendered.
  const charts = [...document.querySelectorAll(".bl-chart svg")].filter(shown).map((svg) => {
    const own = svg.width.baseVal.value;
    const drawn = svg.getBoundingClientRect().width;
    const scale = drawn / own;
    const sizes = [...svg.querySelectorAll("text")].filter((t) => t.textContent.trim())
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    const edges = svg.getBoundingClientRect();
    const past = [...svg.querySelectorAll("text")].filter((t) => t.textContent.trim())
      .filter((t) => { const box = t.getBoundingClientRect();
        return box.right > edges.right + 1 || box.left < edges.left - 1; })
      .map((t) => t.textContent.trim());
    return { own: Math.round(own), drawn: Math.round(drawn), scale: Math.round(scale * 100) / 100,
             past,
             narrow: svg.closest(".bl-chart-narrow") !== null,
             smallestText: sizes.length ? Math.round(Math.min(...sizes) * 10) / 10 : null,
             left: Math.round(svg.getBoundingClientRect().left),
             right: Math.round(svg.getBoundingClientRect().right) };
  });
  return { width, scrollWidth: document.scrollingElement.scrollWidth, scrolling, outside, small,
           cut, charts };
}
