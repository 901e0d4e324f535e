// A chart drawn in the learner's browser: Vega-Embed draws the Vega-Lite spec the kernel sent
// (and its narrow layout, when there is one) as SVG inside a figure named by the spec's
// description, as widgets.charts.render.to_figure_html draws it for pages without scripts. The
// Vega libraries come from the server's own copy (`bundle`, under the page's base URL), loaded
// once per page; never a CDN.
let libraries = null;

function vegaEmbed(bundle) {
  if (libraries === null) {
    const config = document.getElementById("jupyter-config-data");
    const base = config ? JSON.parse(config.textContent).baseUrl || "/" : "/";
    libraries = import(new URL(base + bundle, window.location.origin).href)
      .then(() => window.vegaEmbed);
  }
  return libraries;
}

function box(...classes) {
  const element = document.createElement("div");
  element.classList.add("bl-chart-svg", ...classes);
  element.setAttribute("aria-hidden", "true");
  return element;
}

// The bl-fits-N class of the style sheet: from which width the wide drawing is shown.
function fitsClass(svg, [step, low, high]) {
  const width = parseFloat(svg ? svg.getAttribute("width") : "0") || 0;
  return `bl-fits-${Math.min(Math.max(Math.round(width / step) * step, low), high)}`;
}

function render({ model, el }) {
  const figure = document.createElement("figure");
  figure.className = "bl-chart";
  figure.setAttribute("role", "img");
  const text = document.createElement("p");
  text.className = "bl-chart-text";
  text.setAttribute("aria-hidden", "true");
  el.append(figure);
  let views = [];
  let drawing = Promise.resolve();

  const draw = () => {
    const spec = model.get("spec");
    const narrow = model.get("narrow");
    const hasNarrow = Object.keys(narrow).length > 0;
    figure.setAttribute("aria-label", spec.description || "");
    drawing = drawing.then(async () => {
      const embed = await vegaEmbed(model.get("bundle"));
      const boxes = hasNarrow ? [box("bl-chart-wide"), box("bl-chart-narrow")] : [box()];
      const specs = hasNarrow ? [spec, narrow] : [spec];
      const options = { renderer: "svg", actions: false, tooltip: false, defaultStyle: false };
      const next = await Promise.all(boxes.map((target, i) => embed(target, specs[i], options)));
      views.forEach((view) => view.finalize());
      views = next;
      figure.className = "bl-chart";
      if (hasNarrow) {
        figure.classList.add(fitsClass(boxes[0].querySelector("svg"), model.get("fits")));
      }
      text.textContent = spec.description || "";
      figure.replaceChildren(...boxes, text);
    }).catch((error) => console.error("Belonging Lab: chart not drawn", error));
  };
  model.on("change:spec", draw);
  draw();
  return () => {
    model.off("change:spec", draw);
    views.forEach((view) => view.finalize());
  };
}

export default { render };
