// Belonging Lab: when the page loses its kernel or its server, say so in plain words, say
// whether the learner's answers are safe, switch the controls off so that no answer is taken
// and then dropped, and offer a reload (or reconnect by itself when the kernel is still there).
//
// The texts and the server's culling limits come from PageConfig's extensionConfig
// ("belonging-lab"), which `belonging-lab serve` and `configure-jupyter` fill in. The kernel
// connection is the one Voila's widget manager uses (window.jupyterapp.widgetManager.kernel).
// When the connection drops, the page asks the server about its kernel (GET api/kernels/<id>):
// no answer means the server cannot be reached; 404 means the kernel is gone (a restarted
// server if it had been unreachable, else a culled or closed session); a hub's answer means the
// learner's server was stopped; a refusal (401, 403) while the connection is down means the
// learner's sign-in ran out (while it is up, the page still works). The request carries the
// server's XSRF token as JupyterLab's own requests do: JupyterHub's servers refuse a
// cookie-authenticated API request without it, even a GET. The modules that keep answers mark their save status with
// data-bl-kept ("disk", "browser" or "off") and data-bl-saved-time.
(function () {
  "use strict";
  const FIRST_PROBE_MS = 1500;
  const PROBE_MS = 2000;
  // Servers whose culler leaves the page's websocket open (Jupyter's own) are asked now and then.
  const WATCH_MS = 60000;
  const CONTROLS = "input, select, textarea, button, [role=slider]";
  const FINAL = ["kernel", "server", "culled", "ended", "hub", "signin"];

  let settings = null;
  let kernel = null;
  let fault = "";
  let sawUnreachable = false;
  let lastActivity = Date.now();
  let idleAtLoss = null;
  let probeTimer = null;
  let banner = null;

  function pageConfig() {
    const element = document.getElementById("jupyter-config-data");
    try {
      return element ? JSON.parse(element.textContent) : {};
    } catch (error) {
      return {};
    }
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? values[name] : match));
  }

  function duration(seconds) {
    const units = settings.texts.units;
    return seconds >= 120
      ? fill(units.minutes, { n: Math.round(seconds / 60) })
      : fill(units.seconds, { n: seconds });
  }

  // What the page's modules say about the learner's answers, for the banner. Answers saved on
  // disk by a server the hub stopped are in the learner's home folder on the hub.
  function savedText(kind) {
    const saved = settings.texts.saved;
    const marks = Array.from(document.querySelectorAll("[data-bl-kept]"));
    if (marks.length === 0) return saved.nothing_to_save;
    const mark = marks[marks.length - 1];
    const kept = mark.getAttribute("data-bl-kept");
    const time = mark.getAttribute("data-bl-saved-time");
    if (kept === "off") return saved.off;
    if (!time) return saved.nothing_yet;
    if (kind === "hub" && kept === "disk") return fill(saved.hub, { time: time });
    return fill(saved[kept] || saved.disk, { time: time });
  }

  function makeBanner() {
    const texts = settings.texts;
    banner = document.createElement("aside");
    banner.className = "bl-connection";
    banner.setAttribute("aria-label", texts.region);
    banner.innerHTML =
      '<div class="bl-connection-alert" role="alert"></div>' +
      '<div class="bl-connection-status" role="status"></div>' +
      '<button type="button" class="bl-connection-reload" hidden></button>';
    const reload = banner.querySelector("button");
    reload.textContent = texts.reload;
    reload.addEventListener("click", () => window.location.reload());
    document.body.prepend(banner);
  }

  function paragraph(text, className) {
    const p = document.createElement("p");
    if (className) p.className = className;
    p.textContent = text;
    return p;
  }

  function show(kind) {
    const texts = settings.texts;
    const words = texts.faults[kind];
    const limit = settings.cull ? duration(settings.cull.connected) : "";
    const alert = banner.querySelector("[role=alert]");
    const lines = [
      paragraph(fill(words.title, { limit: limit }), "bl-connection-title"),
      paragraph(words.explanation + " " + savedText(kind)),
      paragraph(texts.controls_off + " " + words.action),
    ];
    alert.replaceChildren(...lines);
    banner.querySelector("[role=status]").replaceChildren();
    banner.querySelector("button").hidden = !FINAL.includes(kind);
    banner.classList.add("bl-connection--shown");
    banner.setAttribute("data-bl-fault", kind);
    banner.tabIndex = 0; // on a small screen the banner may scroll: a keyboard must reach it
  }

  function suspendControls() {
    document.body.classList.add("bl-suspended");
    document.querySelectorAll("#rendered_cells " + CONTROLS.split(", ").join(", #rendered_cells "))
      .forEach((control) => {
        if (control.closest("[data-bl-keeps-working]") || control.hasAttribute("data-bl-suspended")) {
          return;
        }
        control.setAttribute("data-bl-suspended", JSON.stringify({
          disabled: Boolean(control.disabled),
          aria: control.getAttribute("aria-disabled"),
          tabindex: control.getAttribute("tabindex"),
        }));
        if ("disabled" in control) control.disabled = true;
        control.setAttribute("aria-disabled", "true");
        if (control.getAttribute("role") === "slider") control.setAttribute("tabindex", "-1");
      });
  }

  function resumeControls() {
    document.body.classList.remove("bl-suspended");
    document.querySelectorAll("[data-bl-suspended]").forEach((control) => {
      const before = JSON.parse(control.getAttribute("data-bl-suspended"));
      control.removeAttribute("data-bl-suspended");
      if ("disabled" in control) control.disabled = before.disabled;
      for (const [name, value] of [["aria-disabled", before.aria], ["tabindex", before.tabindex]]) {
        if (value === null) control.removeAttribute(name);
        else control.setAttribute(name, value);
      }
    });
  }

  function report(kind) {
    if (FINAL.includes(fault) || fault === kind) return;
    fault = kind;
    suspendControls();
    show(kind);
    if (FINAL.includes(kind)) stopProbing();
  }

  function recover() {
    if (FINAL.includes(fault)) return;
    stopProbing();
    resumeControls();
    if (!fault) return;
    fault = "";
    banner.querySelector("[role=alert]").replaceChildren();
    banner.querySelector("button").hidden = true;
    banner.querySelector("[role=status]").replaceChildren(paragraph(settings.texts.back));
    banner.removeAttribute("data-bl-fault");
    banner.removeAttribute("tabindex");
  }

  // The page's idea of idle time lags the server's when the machine is busy (messages arrive
  // late), so a kernel that went after half the limit without activity counts as culled.
  function wasCulled() {
    const idle = idleAtLoss === null ? Date.now() - lastActivity : idleAtLoss;
    return Boolean(settings.cull) && idle / 1000 >= settings.cull.connected / 2;
  }

  function requestHeaders() {
    const headers = { Accept: "application/json" };
    const xsrf = document.cookie.match("\\b_xsrf=([^;]*)\\b");
    if (xsrf) headers["X-XSRFToken"] = xsrf[1];
    const token = pageConfig().token;
    if (token) headers.Authorization = "token " + token;
    return headers;
  }

  async function probe() {
    let response;
    try {
      response = await fetch(pageConfig().baseUrl + "api/kernels/" + kernel.id + "?t=" + Date.now(), {
        cache: "no-store",
        credentials: "same-origin",
        headers: requestHeaders(),
      });
    } catch (error) {
      return "unreachable";
    }
    if (response.status === 404) return "gone";
    if (response.status === 401 || response.status === 403) return "refused";
    if (response.status === 424 || (response.redirected && response.url.includes("/hub/"))) {
      return "hub";
    }
    if (!response.ok) return "unreachable";
    try {
      await response.json();
    } catch (error) {
      return "hub"; // a sign-in page instead of the kernel's model
    }
    return "alive";
  }

  async function check() {
    probeTimer = null;
    const answer = navigator.onLine === false ? "unreachable" : await probe();
    if (answer === "unreachable") {
      sawUnreachable = true;
      report("unreachable");
    } else if (answer === "gone") {
      report(sawUnreachable ? "server" : wasCulled() ? "culled" : "ended");
    } else if (answer === "hub") {
      report("hub");
    } else if (answer === "refused" && kernel.connectionStatus !== "connected") {
      report("signin");
    } else if (kernel.status === "dead") {
      report("kernel");
    } else if (kernel.connectionStatus === "connected") {
      idleAtLoss = null;
      recover();
    } else if (kernel.connectionStatus === "disconnected") {
      kernel.reconnect().catch(() => undefined);
    }
    if (!FINAL.includes(fault) && (fault || kernel.connectionStatus !== "connected")) {
      probeTimer = setTimeout(check, PROBE_MS);
    }
  }

  function probeSoon(delay) {
    if (probeTimer === null && !FINAL.includes(fault)) probeTimer = setTimeout(check, delay);
  }

  function stopProbing() {
    if (probeTimer !== null) clearTimeout(probeTimer);
    probeTimer = null;
  }

  // The connection also calls its kernel dead when the server refuses to describe it (a 403
  // after a sign-in ran out), so a "dead" that comes while disconnected is checked first.
  function onStatus(status) {
    if (status === "dead" && kernel.connectionStatus !== "connected") {
      probeSoon(0);
    } else if (status === "restarting" || status === "autorestarting" || status === "dead") {
      report("kernel");
    }
  }

  function onConnection(status) {
    if (status === "connected") {
      if (fault) {
        probeSoon(0);
      } else {
        idleAtLoss = null;
        recover();
      }
      return;
    }
    if (!fault && idleAtLoss === null) idleAtLoss = Date.now() - lastActivity;
    suspendControls();
    probeSoon(FIRST_PROBE_MS);
  }

  function attach() {
    const manager = window.jupyterapp && window.jupyterapp.widgetManager;
    if (!manager || !manager.kernel) {
      setTimeout(attach, 250);
      return;
    }
    kernel = manager.kernel;
    kernel.statusChanged.connect((_, status) => onStatus(status));
    kernel.connectionStatusChanged.connect((_, status) => onConnection(status));
    kernel.anyMessage.connect((_, args) => {
      // Activity is what the learner does and the widget updates it causes; a kernel being
      // shut down still sends status, comm_close and shutdown_reply messages.
      const type = args.msg && args.msg.header ? args.msg.header.msg_type : "";
      if (args.direction === "send" || type === "comm_msg") lastActivity = Date.now();
    });
    onStatus(kernel.status);
    if (kernel.connectionStatus !== "connected") onConnection(kernel.connectionStatus);
  }

  document.addEventListener("DOMContentLoaded", () => {
    settings = (pageConfig().extensionConfig || {})["belonging-lab"];
    if (!settings) return;
    makeBanner();
    window.addEventListener("offline", () => {
      sawUnreachable = true;
      report("unreachable");
      probeSoon(PROBE_MS);
    });
    window.addEventListener("online", () => probeSoon(0));
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible" && kernel) probeSoon(0);
    });
    setInterval(() => {
      if (kernel && document.visibilityState === "visible") probeSoon(0);
    }, WATCH_MS);
    attach();
  });
})();
