// Belonging Lab: name every ipywidgets slider handle after its visible label.
// ipywidgets 8 draws sliders with noUiSlider, whose handle (role="slider") has no accessible
// name (axe rule aria-input-field-name). The label text is already on the page, so the handle
// is given aria-labelledby pointing at it, and aria-valuetext with the shown value.
(function () {
  let counter = 0;
  function nameHandles(root) {
    root.querySelectorAll(".widget-slider, .jupyter-widget-slider, .widget-hslider").forEach((slider) => {
      const label = slider.querySelector("label, .widget-label");
      const handle = slider.querySelector(".noUi-handle");
      if (!label || !handle) return;
      if (!label.id) label.id = "bl-slider-label-" + (++counter);
      if (handle.getAttribute("aria-labelledby") !== label.id) {
        handle.setAttribute("aria-labelledby", label.id);
      }
    });
  }
  const observer = new MutationObserver(() => nameHandles(document));
  document.addEventListener("DOMContentLoaded", () => {
    nameHandles(document);
    observer.observe(document.body, { childList: true, subtree: true });
  });
})();
