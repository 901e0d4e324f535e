// Belonging Lab: the learner's path, kept only in this browser (local storage, one key per
// module: the page's storage prefix + the notebook's name, holding the dates it was opened and
// marked as done). Draws the panel of the landing page and of every module: what was opened and
// finished, where to go next, "mark as done", "forget my path" and the completion record.
// Every text goes in through textContent, so nothing stored or given is read as HTML.
(function () {
  "use strict";
  const DATE = /^\d{4}-\d{2}-\d{2}$/;

  function today() {
    const d = new Date();
    return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, "0"),
      String(d.getDate()).padStart(2, "0")].join("-");
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));
  }

  function make(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function openStorage(prefix) {
    try {
      const storage = window.localStorage;
      storage.setItem(prefix + "probe", "1");
      storage.removeItem(prefix + "probe");
      return storage;
    } catch (error) {
      return null;
    }
  }

  class Path {
    constructor(storage, prefix, modules) {
      this.storage = storage;
      this.prefix = prefix;
      this.modules = modules;
    }

    entry(notebook) {
      let value = null;
      try {
        value = JSON.parse(this.storage.getItem(this.prefix + notebook));
      } catch (error) {
        value = null;
      }
      if (!value || typeof value !== "object") return { opened: null, finished: null };
      return {
        opened: DATE.test(value.opened) ? value.opened : null,
        finished: DATE.test(value.finished) ? value.finished : null,
      };
    }

    save(notebook, entry) {
      this.storage.setItem(this.prefix + notebook, JSON.stringify(entry));
    }

    open(notebook) {
      const entry = this.entry(notebook);
      if (!entry.opened) this.save(notebook, { ...entry, opened: today() });
    }

    setFinished(notebook, finished) {
      const entry = this.entry(notebook);
      this.save(notebook, { opened: entry.opened || today(), finished: finished ? today() : null });
    }

    forget() {
      const keys = [];
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i);
        if (key && key.startsWith(this.prefix)) keys.push(key);
      }
      keys.forEach((key) => this.storage.removeItem(key));
    }

    // The first module after `current` (in the module map's order) not yet marked as done,
    // else the first such module from the start; null when every module is done.
    next(current) {
      const start = Math.max(0, this.modules.findIndex((m) => m.notebook === current) + 1);
      const order = [...this.modules.slice(start), ...this.modules.slice(0, start)];
      return order.find((m) => m.notebook !== current && !this.entry(m.notebook).finished) || null;
    }

    record(format) {
      const completed = this.modules
        .map((m) => ({ module: m.number, notebook: m.notebook, title: m.title,
          finished: this.entry(m.notebook).finished }))
        .filter((m) => m.finished);
      return { format: format, made: today(), completed: completed };
    }
  }

  // Where this page sits: a module page is <prefix>/voila/render/<folder>/<notebook> (the
  // folder is empty under `belonging-lab serve`, "notebooks/" on Binder or a hub); links to
  // other modules and to the landing page (<prefix>/voila/tree/<folder>) are built from it.
  function locate(data) {
    const marker = "/voila/render/";
    const path = window.location.pathname;
    const at = path.indexOf(marker);
    if (at < 0) return { notebook: null, link: null, home: null };
    const rest = path.slice(at + marker.length);
    const folder = rest.slice(0, rest.lastIndexOf("/") + 1);
    const name = decodeURIComponent(rest.slice(folder.length));
    return {
      notebook: data.modules.some((m) => m.notebook === name) ? name : null,
      link: (notebook) => path.slice(0, at) + marker + folder + encodeURIComponent(notebook),
      home: path.slice(0, at) + "/voila/tree/" + folder,
    };
  }

  // A module's last line links home as "./": in JupyterLab that is the notebooks' folder, but in
  // Voila it names the render folder, which has no page. On a module page every such link is
  // pointed at the landing page, as the panel's own link is, whatever the server's prefix.
  function pointHomeLinks(here) {
    if (!here.home) return;
    document.querySelectorAll('a[href="./"]').forEach((anchor) => anchor.setAttribute("href", here.home));
  }

  // On the landing page a module's link is the one the page lists for it.
  function listedLink(data, notebook) {
    const anchor = document.querySelector('.bl-modules li[data-notebook="' + CSS.escape(notebook) + '"] a');
    return anchor ? anchor.getAttribute("href") : data.render_url + encodeURIComponent(notebook);
  }

  function draw(panel, data) {
    const t = data.texts;
    const storage = openStorage(data.storage_prefix);
    panel.appendChild(make("p", { class: "bl-path-privacy" }, t.privacy));
    panel.hidden = false;
    if (!storage) {
      panel.appendChild(make("p", {}, t.unavailable));
      return;
    }
    const path = new Path(storage, data.storage_prefix, data.modules);
    const here = locate(data);
    const current = here.notebook;
    const linkTo = here.link || ((notebook) => listedLink(data, notebook));
    if (current) {
      try {
        path.open(current);
      } catch (error) {
        panel.appendChild(make("p", {}, t.unavailable));
      }
    }

    const thisModule = make("p", { class: "bl-path-this" });
    const markButton = make("button", { type: "button", class: "bl-path-mark" });
    const summary = make("p", { class: "bl-path-summary" });
    const next = make("p", { class: "bl-path-next" });
    const recordLink = make("a", { class: "bl-path-record" }, t.record.link);
    const recordNone = make("p", {}, t.record.none);
    const forgetButton = make("button", { type: "button", class: "bl-path-forget" }, t.forget);
    const status = make("p", { class: "bl-path-status-message", role: "status" });
    if (current) panel.append(thisModule, markButton);
    panel.append(summary, next);
    if (current) {
      const home = make("p");
      home.appendChild(make("a", { href: here.home }, t.home));
      panel.appendChild(home);
    }
    const recordHeading = make("h3", {}, t.record.heading);
    const recordText = make("p", {}, t.record.explanation);
    const recordLine = make("p");
    recordLine.append(recordLink, recordNone);
    panel.append(recordHeading, recordText, recordLine, forgetButton, status);

    const listed = Array.from(document.querySelectorAll(".bl-modules li[data-notebook]"));
    const marks = listed.map((item) => {
      const mark = make("span", { class: "bl-path-module-status" });
      item.appendChild(mark);
      return [item.getAttribute("data-notebook"), mark];
    });

    function update() {
      const entries = data.modules.map((m) => path.entry(m.notebook));
      const opened = entries.filter((e) => e.opened || e.finished).length;
      const finished = entries.filter((e) => e.finished).length;
      summary.textContent = fill(t.summary, { opened: opened, total: data.modules.length, finished: finished });
      if (current) {
        const entry = path.entry(current);
        thisModule.textContent = entry.finished ? fill(t.this_finished, { date: entry.finished })
          : fill(t.this_opened, { date: entry.opened || today() });
        markButton.textContent = entry.finished ? t.mark_not_done : t.mark_done;
        markButton.setAttribute("aria-pressed", entry.finished ? "true" : "false");
      }
      next.replaceChildren();
      const target = path.next(current);
      if (target) {
        next.appendChild(document.createTextNode(t.next_label + " "));
        next.appendChild(make("a", { href: linkTo(target.notebook) },
          fill(t.next, { title: target.number + " " + target.title })));
      } else {
        next.textContent = t.all_finished;
      }
      marks.forEach(([notebook, mark]) => {
        const entry = path.entry(notebook);
        mark.textContent = entry.finished ? fill(t.finished, { date: entry.finished })
          : entry.opened ? t.opened : "";
      });
      const record = path.record(data.record_format);
      recordLink.hidden = record.completed.length === 0;
      recordNone.hidden = !recordLink.hidden;
      recordLink.setAttribute("download", t.record.filename + "-" + record.made + ".json");
      recordLink.setAttribute("href", "data:application/json;charset=utf-8," +
        encodeURIComponent(JSON.stringify(record, null, 2) + "\n"));
    }

    // A browser can refuse a write (storage full, or cleared and locked meanwhile): say so
    // rather than leave the learner believing it was kept.
    function act(change, done) {
      try {
        change();
        status.textContent = done;
      } catch (error) {
        status.textContent = t.unavailable;
      }
      update();
    }
    markButton.addEventListener("click", () => {
      const done = !path.entry(current).finished;
      act(() => path.setFinished(current, done), done ? t.marked_done : t.marked_not_done);
    });
    forgetButton.addEventListener("click", () => act(() => path.forget(), t.forgotten));
    update();
  }

  document.addEventListener("DOMContentLoaded", () => {
    const panel = document.getElementById("bl-path");
    const source = document.getElementById("bl-path-data");
    if (!panel || !source) return;
    const data = JSON.parse(source.textContent);
    pointHomeLinks(locate(data));
    draw(panel, data);
  });
})();
