// Belonging Lab bench: timings recorded inside the page, on performance.now() (milliseconds
// since the navigation started), so that no round trip to the driver is counted.
// - widgetAt: when the first ipywidget was drawn;
// - state / lastIdleAt / lastMessageAt: the kernel's execution state from its status messages;
// - armedAt / actedAt / drawnAt: one interaction, from the first input event after arming to
//   the next frame after a chart was drawn (a figure added, or a drawing added inside one).
(() => {
  const t = { widgetAt: null, state: null, lastIdleAt: null, lastMessageAt: null,
              armedAt: null, actedAt: null, drawnAt: null };
  window.__blBench = t;
  window.__blBenchArm = () => {
    t.armedAt = performance.now(); t.actedAt = null; t.drawnAt = null;
  };
  const decoder = new TextDecoder();
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        t.lastMessageAt = performance.now();
        const text = typeof event.data === "string" ? event.data : decoder.decode(event.data);
        const match = text.match(/"execution_state":\s*"(\w+)"/);
        if (match) {
          t.state = match[1];
          if (match[1] === "idle") t.lastIdleAt = t.lastMessageAt;
        }
      });
    }
  };
  for (const type of ["keydown", "click", "change", "input"]) {
    document.addEventListener(type, () => {
      if (t.armedAt !== null && t.actedAt === null) t.actedAt = performance.now();
    }, true);
  }
  const isChart = (node) => node.nodeType === 1 &&
    (node.closest(".bl-chart") !== null || node.querySelector(".bl-chart") !== null);
  const observer = new MutationObserver((mutations) => {
    if (t.widgetAt === null && document.querySelector(".jupyter-widgets")) {
      t.widgetAt = performance.now();
    }
    if (t.armedAt === null || t.drawnAt !== null) return;
    for (const mutation of mutations) {
      if (Array.from(mutation.addedNodes).some(isChart)) {
        requestAnimationFrame(() => { if (t.drawnAt === null) t.drawnAt = performance.now(); });
        return;
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();
