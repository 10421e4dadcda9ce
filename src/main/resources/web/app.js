// The start page's three views, drawn from the saved-query API (no external libraries).
"use strict";

async function rows(name, params) {
  const q = new URLSearchParams(Object.assign({ format: "json" }, params || {}));
  const res = await fetch("/queries/" + name + "?" + q);
  if (!res.ok) throw new Error(name + ": " + res.status);
  const json = await res.json();
  return json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => k === "style" ? e.setAttribute("style", v) : (e[k] = v));
  children.forEach(c => e.append(c));
  return e;
}

async function matrix() {
  const [key, table] = await Promise.all([rows("involvement-key"), rows("involvement-matrix")]);
  const colour = Object.fromEntries(key.map(k => [k.type, k.colour]));
  const legend = document.getElementById("legend");
  key.forEach(k => legend.append(el("span", {}, el("i", { style: "background:" + k.colour }), k.type)));
  const theaters = ["iraq", "syria", "libya", "nigeria", "afghanistan"];
  const thead = document.querySelector("#matrix thead");
  thead.append(el("tr", {}, el("th", {}, "Country"), ...theaters.map(t => el("th", {}, "In " + t[0].toUpperCase() + t.slice(1)))));
  const tbody = document.querySelector("#matrix tbody");
  table.forEach(r => {
    const cells = theaters.map(t => {
      const type = r[t] || "";
      return el("td", { className: "cell" + (type ? " filled" : ""), title: type, style: type ? "background:" + colour[type] : "" });
    });
    tbody.append(el("tr", { className: "country-row" },
      el("td", {}, el("a", { href: "/resource/country/" + r.iso3 }, r.country)), ...cells));
  });
}

async function coalitions() {
  const list = await rows("coalitions");
  const box = document.getElementById("coalitions");
  const max = Math.max(...list.map(c => Number(c.members)));
  list.filter(c => c.date).sort((a, b) => a.date.localeCompare(b.date)).forEach(c => {
    const bar = el("span", { className: "bar", style: "width:" + Math.max(1.5, 25 * Number(c.members) / max) + "rem" }, c.members);
    const row = el("div", { className: "row coalition" }, el("span", { className: "date" }, c.date), bar,
      el("span", { className: "name" }, c.coalition));
    if (c.disagrees === "true") row.append(el("span", { className: "flag" }, "the text says " + c.stated));
    box.append(row);
  });
}

async function timeline() {
  const events = await rows("timeline");
  const select = document.getElementById("theater");
  [...new Set(events.map(e => e.theater).filter(Boolean))].sort().forEach(t => select.append(el("option", { value: t }, t)));
  const country = document.getElementById("country");
  const list = document.getElementById("timeline");
  function draw() {
    const t = select.value, c = country.value.trim().toLowerCase();
    const shown = events.filter(e => (!t || e.theater === t) && (!c || (e.actors || "").toLowerCase().includes(c)));
    list.replaceChildren(...shown.map(e => el("li", {}, el("span", { className: "d" }, e.date),
      el("span", { className: "t" }, e.theater || ""), e.text)));
    document.getElementById("timeline-count").textContent = shown.length + " of " + events.length + " events";
  }
  select.addEventListener("change", draw);
  country.addEventListener("input", draw);
  draw();
}

matrix().catch(e => console.error(e));
coalitions().catch(e => console.error(e));
timeline().catch(e => console.error(e));
