// Belonging Lab: one module's answers kept in the learner's own browser (localStorage), for a
// server shared by a class where nothing may be kept on the server's disk. The kernel sends the
// document to keep (`value`); when the page opens, what the browser kept comes back (`stored`).
// Binder and many hubs serve every learner's notebooks from one web origin, so the key holds
// the server's base URL (/user/<name>/ on a hub) as well as the module; on Binder, whose every
// session has a new address, the kernel names the repository instead (`scope`), so that a new
// session in the same browser finds the answers. "Forget" works even when the kernel is gone.
const PREFIX = "belonging-lab:answers:";

function learnerPrefix(model) {
  if (model.get("scope")) return PREFIX + model.get("scope");
  let base = "/";
  try {
    base = JSON.parse(document.getElementById("jupyter-config-data").textContent).baseUrl || "/";
  } catch (error) {
    // no PageConfig (not in Voila): the origin alone
  }
  return PREFIX + base;
}

function storage() {
  try {
    return window.localStorage;
  } catch (error) {
    return null; // storage switched off in this browser
  }
}

function keptDocument(model) {
  const store = storage();
  return store ? store.getItem(learnerPrefix(model) + model.get("name")) : null;
}

function initialize({ model }) {
  const store = storage();
  if (!store) return;
  const key = learnerPrefix(model) + model.get("name");
  const kept = store.getItem(key);
  if (kept) {
    model.set("stored", kept);
    model.save_changes();
  }
  model.on("change:value", () => {
    const value = model.get("value");
    if (value) store.setItem(key, value);
  });
  model.on("msg:custom", (message) => {
    if (message.set_aside && store.getItem(key) !== null) {
      store.setItem(key + ":unreadable", store.getItem(key));
      store.removeItem(key);
    }
  });
}

function forgetAll(model) {
  const store = storage();
  if (!store) return;
  const prefix = learnerPrefix(model);
  const keys = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (key && key.startsWith(prefix)) keys.push(key);
  }
  keys.forEach((key) => store.removeItem(key));
}

function render({ model, el }) {
  // Sent again from the view in case the kernel had not taken the model's first message.
  const kept = keptDocument(model);
  if (kept && !model.get("restored")) model.send({ stored: kept });
  const labels = model.get("labels");
  el.classList.add("bl-browser-store");
  el.setAttribute("data-bl-keeps-working", "");
  const note = document.createElement("p");
  note.textContent = labels.forget_note;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "jupyter-button widget-button bl-forget";
  button.textContent = labels.forget;
  const done = document.createElement("p");
  done.setAttribute("role", "status");
  button.addEventListener("click", () => {
    forgetAll(model);
    done.textContent = labels.forgotten;
    try {
      model.send({ forgotten: true });
    } catch (error) {
      // the kernel is gone: the browser has forgotten, the page shows the banner
    }
  });
  el.append(note, button, done);
}

export default { initialize, render };
