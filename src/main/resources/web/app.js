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

// A small map drawn offline from coordinates alone (no tile server): a graticule of the area the
// points cover, and a dot per point (its size by weight), named on hover. points: {name, lat, lon, weight}.
function miniMap(points, width, height) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 " + width + " " + height);
  svg.setAttribute("class", "minimap");
  svg.setAttribute("role", "img");
  const ps = points.filter(p => isFinite(p.lat) && isFinite(p.lon));
  if (!ps.length) return svg;
  let [s, n, w, e] = [Math.min(...ps.map(p => p.lat)), Math.max(...ps.map(p => p.lat)), Math.min(...ps.map(p => p.lon)), Math.max(...ps.map(p => p.lon))];
  const pad = Math.max(4, (e - w) * 0.15, (n - s) * 0.15);
  [s, n, w, e] = [Math.max(-90, s - pad), Math.min(90, n + pad), Math.max(-180, w - pad), Math.min(180, e + pad)];
  const x = lon => (lon - w) / (e - w) * width, y = lat => (n - lat) / (n - s) * height;
  const line = (x1, y1, x2, y2) => { const l = document.createElementNS(ns, "line");
    [["x1", x1], ["y1", y1], ["x2", x2], ["y2", y2]].forEach(([k, v]) => l.setAttribute(k, v)); l.setAttribute("class", "grid"); svg.append(l); };
  const step = (e - w) > 60 ? 30 : (e - w) > 20 ? 10 : 5;
  for (let g = Math.ceil(w / step) * step; g <= e; g += step) line(x(g), 0, x(g), height);
  for (let g = Math.ceil(s / step) * step; g <= n; g += step) line(0, y(g), width, y(g));
  const max = Math.max(...ps.map(p => p.weight || 1));
  ps.forEach(p => {
    const c = document.createElementNS(ns, "circle");
    c.setAttribute("cx", x(p.lon)); c.setAttribute("cy", y(p.lat));
    c.setAttribute("r", 2 + 4 * Math.sqrt((p.weight || 1) / max));
    const t = document.createElementNS(ns, "title");
    t.textContent = p.name + (p.weight ? " (" + p.weight + ")" : "") + " " + p.lat + ", " + p.lon;
    c.append(t);
    svg.append(c);
  });
  return svg;
}

async function matrix() {
  const res = await fetch("/queries/involvement-matrix?format=json");
  if (!res.ok) throw new Error("involvement-matrix: " + res.status);
  const json = await res.json();
  const table = json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  const key = await rows("involvement-key");
  const colour = Object.fromEntries(key.map(k => [k.type, k.colour]));
  const legend = document.getElementById("legend");
  key.forEach(k => legend.append(el("span", {}, el("i", { style: "background:" + k.colour }), k.type)));
  // The columns are the theaters of the table itself, as the query names them ("sinai_peninsula").
  const theaters = json.head.vars.filter(v => v !== "country" && v !== "iso3");
  const title = t => t.split("_").map(w => w[0].toUpperCase() + w.slice(1)).join(" ");
  const thead = document.querySelector("#matrix thead");
  thead.append(el("tr", {}, el("th", {}, "Country"), ...theaters.map(t => el("th", {}, "In " + title(t)))));
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
  const [all, places] = await Promise.all([rows("timeline"), rows("places", { kind: "theater" }).catch(() => [])]);
  const where = Object.fromEntries(places.map(p => [p.place, p]));
  const map = document.getElementById("timeline-map");
  const select = document.getElementById("theater");
  [...new Set(all.map(e => e.theater).filter(Boolean))].sort().forEach(t => select.append(el("option", { value: t }, t)));
  const country = document.getElementById("country");
  const list = document.getElementById("timeline");
  let events = all, pending = null;
  function draw() {
    const t = select.value;
    const shown = events.filter(e => !t || e.theater === t);
    list.replaceChildren(...shown.map(e => el("li", {}, el("span", { className: "d" }, e.date),
      el("span", { className: "t" }, e.theater || ""), e.text)));
    document.getElementById("timeline-count").textContent = shown.length + " of " + all.length + " events";
    // The theaters of the events shown, each as big as its share of them.
    const count = {};
    shown.forEach(ev => { if (ev.theater && where[ev.theater]) count[ev.theater] = (count[ev.theater] || 0) + 1; });
    if (map) map.replaceChildren(miniMap(Object.entries(count).map(([t, k]) =>
      ({ name: t, lat: Number(where[t].lat), lon: Number(where[t].lon), weight: k })), 480, 240));
  }
  // A country by name or ISO code ("France", "FRA", "USA"): the saved query's own country parameter.
  function filterCountry() {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const c = country.value.trim();
      events = c ? await rows("timeline", { country: c }).catch(() => []) : all;
      draw();
    }, 250);
  }
  select.addEventListener("change", draw);
  country.addEventListener("input", filterCountry);
  draw();
}

// One card per conflict a page is about: dates, place and a small map of its point, and per side
// the parties (linked to their country pages), commanders, strength and losses.
async function conflicts() {
  const [list, parties, commanders, forces] = await Promise.all([rows("conflicts"), rows("belligerents"),
    rows("commanders"), rows("forces")]);
  const box = document.getElementById("conflicts");
  if (!list.length) { box.append(el("p", { className: "note" }, "No page of this dataset is about a conflict of its own.")); return; }
  list.forEach(c => {
    const dates = c.start ? c.start + (c.end ? " – " + c.end : "") : "";
    const card = el("article", { className: "conflict" },
      el("h3", {}, c.wikipedia ? el("a", { href: c.wikipedia }, c.conflict) : c.conflict),
      el("p", { className: "meta" }, [c.kind, dates, c.place].filter(Boolean).join(" · ")));
    if (c.lat && c.lon) {
      card.append(miniMap([{ name: c.conflict, lat: Number(c.lat), lon: Number(c.lon) }], 160, 90));
      card.append(el("p", { className: "meta" }, el("a", {
        href: "https://www.openstreetmap.org/?mlat=" + c.lat + "&mlon=" + c.lon + "#map=9/" + c.lat + "/" + c.lon }, c.lat + ", " + c.lon)));
    }
    if (c.result) card.append(el("p", {}, "Result: " + c.result));
    const sides = [...new Set(parties.concat(commanders).filter(r => r.conflict === c.conflict).map(r => r.side))].sort();
    const grid = el("div", { className: "sides" });
    sides.forEach(side => {
      const col = el("div", { className: "side" }, el("h4", {}, "Side " + side));
      const mine = rs => rs.filter(r => r.conflict === c.conflict && r.side === side);
      col.append(el("ul", {}, ...mine(parties).map(r => el("li", {},
        r.iso3 ? el("a", { href: "/resource/country/" + r.iso3 }, r.party) : (r.wikipedia ? el("a", { href: r.wikipedia }, r.party) : r.party),
        r.iso3 ? el("span", { className: "iso" }, " " + r.iso3) : ""))));
      const cmd = mine(commanders);
      if (cmd.length) col.append(el("p", { className: "label" }, "Commanders"),
        el("ul", {}, ...cmd.map(r => el("li", {}, r.wikipedia ? el("a", { href: r.wikipedia }, r.commander) : r.commander))));
      ["strength", "casualties"].forEach(kind => {
        const f = mine(forces).filter(r => r.kind === kind);
        if (f.length) col.append(el("p", { className: "label" }, kind === "strength" ? "Strength" : "Losses"),
          el("ul", {}, ...f.map(r => el("li", {}, r.text))));
      });
      grid.append(col);
    });
    card.append(grid);
    box.append(card);
  });
}

conflicts().catch(e => console.error(e));
matrix().catch(e => console.error(e));
coalitions().catch(e => console.error(e));
timeline().catch(e => console.error(e));
