// Belonging Lab on narrow screens: a data table that scrolls sideways inside itself (narrow.css)
// can be scrolled with the keyboard too, so it is made focusable while it scrolls (WCAG 2.1.1;
// axe rule scrollable-region-focusable). Its caption or heading already names it.
(function () {
  function markScrollingTables() {
    document.querySelectorAll("#rendered_cells table").forEach((table) => {
      const scrolls = table.scrollWidth > table.clientWidth + 1;
      if (scrolls && !table.hasAttribute("tabindex")) {
        table.setAttribute("tabindex", "0");
        table.dataset.blScrolls = "";
      } else if (!scrolls && "blScrolls" in table.dataset) {
        table.removeAttribute("tabindex");
        delete table.dataset.blScrolls;
      }
    });
  }
  const observer = new MutationObserver(markScrollingTables);
  document.addEventListener("DOMContentLoaded", () => {
    markScrollingTables();
    observer.observe(document.body, { childList: true, subtree: true });
  });
  window.addEventListener("resize", markScrollingTables);
})();
