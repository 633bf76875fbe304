// Khaldun's event page: filters, a map, a timeline, a list and the article an event came from.
// Plain browser JavaScript, no build step. Leaflet is the global `L`.
//
// Everything shown from the API (article text above all) is untrusted: the DOM is built with
// createElement and textContent only, never innerHTML with data.
"use strict";

(() => {
  const QUADS = [
    ["VERBAL_COOPERATION", "Verbal cooperation"],
    ["MATERIAL_COOPERATION", "Material cooperation"],
    ["VERBAL_CONFLICT", "Verbal conflict"],
    ["MATERIAL_CONFLICT", "Material conflict"],
  ];
  const QUAD_COLOR = {
    VERBAL_COOPERATION: "#3b82c4",
    MATERIAL_COOPERATION: "#2a9d8f",
    VERBAL_CONFLICT: "#e9a23b",
    MATERIAL_CONFLICT: "#d1495b",
  };
  const UNKNOWN_COLOR = "#8a8f98";
  const PAGE_SIZE = 50;
  const MAP_LIMIT = 500; // the API's largest page; beyond it the map says how many it shows
  const CLUSTER_CELL_PX = 56;
  const DAY_MS = 86400000;

  const state = {
    filters: { from: "", to: "", types: [], actor: "", country: "", q: "" },
    page: 1,
    view: "reports", // or "fused": one item per real event, with its reports
    selectedId: null,
    selectedFusedId: null,
    mapEvents: [], // events, or fused events in the fused view; either with a place
    fittedOnce: false,
  };

  // ---------- small helpers ----------

  const $ = (id) => document.getElementById(id);

  /** createElement with a class and optional text; children appended in order. */
  function el(tag, className, text, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const child of children) if (child) node.appendChild(child);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  const quadColor = (quad) => QUAD_COLOR[quad] || UNKNOWN_COLOR;
  const quadLabel = (quad) => (QUADS.find(([k]) => k === quad) || [null, quad || "unknown"])[1];
  const pretty = (code) => (code ? String(code).replace(/_/g, " ").toLowerCase() : "");
  const actorName = (a) => (a ? a.name || a.id || a.text || "?" : null);

  function hasPoint(e) {
    const loc = e.location;
    return loc && Number.isFinite(loc.lat) && Number.isFinite(loc.lon);
  }

  function safeHttpUrl(raw) {
    try {
      const url = new URL(String(raw), window.location.href);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (_) {
      return null;
    }
  }

  // ---------- API ----------

  class ApiError extends Error {}

  /** Query string of the current filters, less the ones named in `omit`. */
  function filterParams(omit = []) {
    const f = state.filters;
    const p = new URLSearchParams();
    const put = (key, value) => {
      if (!omit.includes(key) && value) p.set(key, value);
    };
    put("from", f.from);
    put("to", f.to);
    put("type", f.types.join(","));
    put("actor", f.actor.trim());
    put("country", f.country);
    put("q", f.q.trim());
    return p;
  }

  async function api(path, params) {
    const query = params && [...params.keys()].length ? "?" + params.toString() : "";
    let response;
    try {
      response = await fetch("api/" + path + query, { headers: { Accept: "application/json" } });
    } catch (err) {
      throw new ApiError("the server cannot be reached (" + err.message + ")");
    }
    let body = null;
    try {
      body = await response.json();
    } catch (_) {
      body = null;
    }
    if (!response.ok) {
      const detail = body && body.error ? body.error : response.statusText;
      throw new ApiError("HTTP " + response.status + (detail ? ": " + detail : ""));
    }
    if (body === null) throw new ApiError("the server sent something that is not JSON");
    return body;
  }

  function showStatus(node, message, kind) {
    clear(node);
    node.className = "status" + (node.classList.contains("overlay") ? " overlay" : "");
    if (!message) return;
    node.classList.add(kind || "info");
    node.appendChild(el("span", null, message));
  }

  // Each load of a part of the page takes a ticket; an answer that arrives after a newer load of
  // the same part began is dropped, so a slow old answer never overwrites a new one.
  const generations = {};

  function ticket(part) {
    const mine = (generations[part] = (generations[part] || 0) + 1);
    return () => generations[part] === mine;
  }

  async function refresh({ keepPage = false } = {}) {
    if (!keepPage) state.page = 1;
    writeHash();
    await Promise.all([
      loadList(ticket("list")),
      loadMap(ticket("map")),
      loadAdmin1(ticket("admin1")),
      loadTimeline(ticket("timeline")),
      loadTypes(ticket("types")),
    ]);
  }

  // ---------- URL hash: filters and the open event survive a reload and can be shared ----------

  function writeHash() {
    const p = filterParams();
    if (state.selectedId) p.set("event", state.selectedId);
    const hash = p.toString();
    history.replaceState(null, "", hash ? "#" + hash : window.location.pathname + window.location.search);
  }

  function readHash() {
    const p = new URLSearchParams(window.location.hash.replace(/^#/, ""));
    const f = state.filters;
    f.from = p.get("from") || "";
    f.to = p.get("to") || "";
    f.types = (p.get("type") || "").split(",").filter(Boolean);
    f.actor = p.get("actor") || "";
    f.country = p.get("country") || "";
    f.q = p.get("q") || "";
    return p.get("event");
  }

  // ---------- filters ----------

  function syncInputs() {
    const f = state.filters;
    $("f-from").value = f.from;
    $("f-to").value = f.to;
    $("f-actor").value = f.actor;
    $("f-q").value = f.q;
    const select = $("f-country");
    if (f.country && ![...select.options].some((o) => o.value === f.country)) {
      select.appendChild(new Option(f.country, f.country));
    }
    select.value = f.country;
    $("timeline-clear").hidden = !(f.from || f.to);
  }

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  }

  function wireFilters() {
    const f = state.filters;
    const onText = debounce(() => refresh(), 300);
    $("f-actor").addEventListener("input", (e) => {
      f.actor = e.target.value;
      onText();
    });
    $("f-q").addEventListener("input", (e) => {
      f.q = e.target.value;
      onText();
    });
    $("f-country").addEventListener("change", (e) => {
      f.country = e.target.value;
      state.fittedOnce = false; // a new country deserves a new view
      refresh();
    });
    for (const key of ["from", "to"]) {
      $("f-" + key).addEventListener("change", (e) => {
        f[key] = e.target.value;
        syncInputs();
        refresh();
      });
    }
    $("filters").addEventListener("submit", (e) => {
      e.preventDefault();
      refresh();
    });
    $("f-reset").addEventListener("click", () => {
      Object.assign(f, { from: "", to: "", types: [], actor: "", country: "", q: "" });
      state.fittedOnce = false;
      syncInputs();
      refresh();
    });
    $("timeline-clear").addEventListener("click", () => {
      f.from = "";
      f.to = "";
      syncInputs();
      refresh();
    });
  }

  async function loadCountries() {
    try {
      const body = await api("aggregates", new URLSearchParams({ by: "country" }));
      const select = $("f-country");
      const buckets = [...(body.buckets || [])].sort((a, b) =>
        String(a.label || a.key).localeCompare(String(b.label || b.key)));
      for (const b of buckets) {
        if (!b.key || [...select.options].some((o) => o.value === b.key)) continue;
        const label = (b.label && b.label !== b.key ? b.label + " (" + b.key + ")" : b.key) + " · " + b.count;
        select.appendChild(new Option(label, b.key));
      }
      select.value = state.filters.country;
    } catch (err) {
      // The country list is a convenience; the page works without it.
      console.warn("country list unavailable:", err.message);
    }
  }

  async function loadTypes(current) {
    const box = $("f-types");
    let buckets;
    try {
      const params = filterParams(["type"]);
      params.set("by", "type");
      // the fused view counts each real event once
      if (state.view === "fused") params.set("fused", "true");
      buckets = (await api("aggregates", params)).buckets || [];
    } catch (err) {
      if (!current()) return;
      clear(box);
      box.appendChild(el("span", "error-inline", "Event types unavailable: " + err.message));
      return;
    }
    if (!current()) return;
    const counts = new Map(buckets.map((b) => [b.key, b.count]));
    // Keep selected types visible even when the other filters leave none of them.
    for (const t of state.filters.types) if (!counts.has(t)) counts.set(t, 0);
    clear(box);
    if (counts.size === 0) {
      box.appendChild(el("span", "muted", anyFilter() ? "none for these filters" : "none yet"));
      return;
    }
    for (const [type, count] of counts) {
      const selected = state.filters.types.includes(type);
      const chip = el("button", "chip" + (selected ? " on" : ""), null,
        el("span", "chip-name", pretty(type)), el("span", "chip-count", count));
      chip.type = "button";
      chip.dataset.type = type;
      chip.setAttribute("aria-pressed", String(selected));
      chip.title = selected ? "Remove this type from the filter" : "Show only this type (add more to combine)";
      chip.addEventListener("click", () => {
        const types = state.filters.types;
        state.filters.types = selected ? types.filter((t) => t !== type) : [...types, type];
        refresh();
      });
      box.appendChild(chip);
    }
  }

  // ---------- the list ----------

  function eventSummary(e) {
    const who = actorName(e.source);
    const whom = actorName(e.target);
    if (who && whom) return who + " → " + whom;
    return who || (whom ? "→ " + whom : "no actor named");
  }

  function listItem(e) {
    const item = el("li", "event-item");
    const button = el("button", "event");
    button.type = "button";
    button.dataset.eventId = e.event_id;
    if (e.event_id === state.selectedId) button.classList.add("selected");
    button.setAttribute("aria-label", pretty(e.event_type) + ", " + (e.date || "no date") + ": " + (e.sentence || ""));

    const dot = el("span", "dot");
    dot.style.background = quadColor(e.quad_class);
    dot.title = quadLabel(e.quad_class);
    const head = el("span", "event-head", null,
      dot,
      el("span", "event-type", pretty(e.event_type) + (e.mode ? " · " + pretty(e.mode) : "")),
      e.negated ? el("span", "badge neg", "negated") : null,
      e.modality && e.modality !== "ASSERTED" ? el("span", "badge", pretty(e.modality)) : null,
      el("span", "event-date", e.date || "no date"));
    const line = el("span", "event-actors", eventSummary(e));
    const place = e.location ? el("span", "event-place", [e.location.name, e.location.admin1, e.location.country]
      .filter(Boolean).join(", ")) : el("span", "event-place muted", "no place");
    const sentence = el("span", "event-sentence", e.sentence || "");
    button.append(head, line, place, sentence);
    button.addEventListener("click", () => openEvent(e.event_id, { from: "list" }));
    item.appendChild(button);
    return item;
  }

  /** What the list shows in each view: the endpoint, the field holding the items, the words. */
  const LIST_VIEWS = {
    reports: {
      endpoint: "events", field: "events", noun: "event", render: (e) => listItem(e),
      empty: "No events match these filters.", none: "No events yet. Code some articles first.",
      resetButton: true,
    },
    fused: {
      endpoint: "fused", field: "fused_events", noun: "fused event", render: (f) => fusedItem(f),
      empty: "No fused events match these filters.", none: "No events yet.",
      resetButton: false,
    },
  };

  async function loadList(current) {
    const view = state.view === "fused" ? LIST_VIEWS.fused : LIST_VIEWS.reports;
    const list = $("event-list");
    const status = $("list-status");
    list.setAttribute("aria-busy", "true");
    let body;
    try {
      const params = filterParams();
      params.set("page", String(state.page));
      params.set("page_size", String(PAGE_SIZE));
      body = await api(view.endpoint, params);
    } catch (err) {
      if (!current()) return;
      clear(list);
      list.removeAttribute("aria-busy");
      showStatus(status, "Could not load " + view.noun + "s — " + err.message, "error");
      if (view.resetButton) {
        $("list-count").textContent = "";
        $("summary").textContent = "";
      }
      updatePager(0, 0);
      return;
    }
    if (!current()) return;
    list.removeAttribute("aria-busy");
    clear(list);
    const items = body[view.field] || [];
    const total = Number(body.total) || 0;
    const counted = total + " " + view.noun + (total === 1 ? "" : "s");
    $("list-count").textContent = counted;
    $("summary").textContent = counted + (anyFilter() ? " match" : "");
    if (items.length === 0) {
      showStatus(status, anyFilter() ? view.empty : view.none, "empty");
      if (view.resetButton && anyFilter()) {
        const reset = el("button", "ghost small", "Reset filters");
        reset.type = "button";
        reset.addEventListener("click", () => $("f-reset").click());
        status.appendChild(reset);
      }
    } else {
      showStatus(status, "");
      for (const item of items) list.appendChild(view.render(item));
    }
    updatePager(total, items.length);
  }

  // ---------- fused events ----------

  function fusedItem(f) {
    const item = el("li", "event-item");
    const button = el("button", "event fused");
    button.type = "button";
    button.dataset.fusedId = f.fused_id;
    const reports = Number(f.report_count) || 0;
    const sources = Number(f.independent_sources) || 0;
    const counts = reports + (reports === 1 ? " report" : " reports") + " · " +
      sources + (sources === 1 ? " source" : " sources");
    button.setAttribute("aria-label", pretty(f.event_type) + ", " + (f.date || "no date") + ", " + counts);
    const dot = el("span", "dot");
    dot.style.background = quadColor(f.quad_class);
    const head = el("span", "event-head", null,
      dot,
      el("span", "event-type", pretty(f.event_type)),
      el("span", "badge fused-count", counts),
      el("span", "event-date", f.date || "no date"));
    const line = el("span", "event-actors", eventSummary(f));
    const place = f.location ? el("span", "event-place", [f.location.name, f.location.admin1, f.location.country]
      .filter(Boolean).join(", ")) : el("span", "event-place muted", "no place");
    const outlets = el("span", "event-sentence", (f.outlets || []).join(", ") || "outlets unknown");
    button.append(head, line, place, outlets);
    button.addEventListener("click", () => openFused(f));
    item.appendChild(button);
    return item;
  }

  /** A fused event in the side pane: its values and how each was chosen, then every report. */
  function openFused(f) {
    articleGeneration++;
    state.selectedId = null;
    state.selectedFusedId = f.fused_id;
    if (map) markSelectedOnMap();
    for (const b of document.querySelectorAll("#event-list button.event")) {
      b.classList.toggle("selected", b.dataset.fusedId === f.fused_id);
    }
    const pane = $("article");
    pane.hidden = false;
    showStatus($("article-status"), "");
    clear($("article-text"));
    clear($("why"));
    clear($("article-kicker"));
    $("mark-legend").hidden = true;
    $("why-title").textContent = "Fused values, and how each was chosen";
    $("article-kicker").appendChild(kicker(f));
    $("article-title").textContent = "One event, " + f.report_count + " reports";
    $("article-meta").textContent = f.independent_sources + " independent " +
      (f.independent_sources === 1 ? "source" : "sources") + " · " + (f.outlets || []).join(", ");
    const dl = $("why");
    for (const choice of f.choices || []) {
      const at = String(choice).indexOf(": ");
      dl.append(el("dt", null, at > 0 ? choice.slice(0, at) : "value"), el("dd", null, at > 0 ? choice.slice(at + 2) : choice));
    }
    const box = $("article-text");
    box.appendChild(el("h3", "reports-title", "Reports"));
    const list = el("ol", "report-list");
    for (const r of f.reports || []) {
      const e = r.event || {};
      const article = e.article || {};
      const open = el("button", "ghost small", "open");
      open.type = "button";
      open.addEventListener("click", () => openEvent(e.event_id, { from: "list" }));
      const figures = [Number.isFinite(e.dead) ? e.dead + " dead" : null,
        Number.isFinite(e.injured) ? e.injured + " injured" : null,
        Number.isFinite(e.arrested) ? e.arrested + " arrested" : null].filter(Boolean).join(", ");
      const item = el("li", "report", null,
        el("span", "report-head", [article.source || "unknown outlet", e.date || article.published || "no date",
          e.location ? e.location.name : "no place", figures].filter(Boolean).join(" · ")),
        r.duplicate_of ? el("span", "badge", "copy of " + r.duplicate_of) : null,
        el("q", "report-sentence", e.sentence || ""),
        el("span", "report-reason muted", r.reason || ""),
        open);
      list.appendChild(item);
    }
    box.appendChild(list);
    box.scrollTop = 0;
  }

  function setView(view) {
    state.view = view;
    state.page = 1;
    $("view-reports").setAttribute("aria-pressed", String(view === "reports"));
    $("view-fused").setAttribute("aria-pressed", String(view === "fused"));
    $("list-title").textContent = view === "fused" ? "Fused events" : "Events";
    $("timeline-title").textContent = view === "fused" ? "Timeline · fused events" : "Timeline";
    const fusedKey = document.querySelector(".legend-fused");
    if (fusedKey) fusedKey.hidden = view !== "fused";
    refreshListOnly();
    loadMap(ticket("map"));
    loadTimeline(ticket("timeline"));
  }

  function anyFilter() {
    const f = state.filters;
    return Boolean(f.from || f.to || f.types.length || f.actor.trim() || f.country || f.q.trim());
  }

  function updatePager(total, shown) {
    const first = total === 0 ? 0 : (state.page - 1) * PAGE_SIZE + 1;
    $("page-info").textContent = total === 0 ? "" : first + "–" + (first + shown - 1) + " of " + total;
    $("page-prev").disabled = state.page <= 1;
    $("page-next").disabled = state.page * PAGE_SIZE >= total;
  }

  function wireList() {
    $("view-reports").addEventListener("click", () => setView("reports"));
    $("view-fused").addEventListener("click", () => setView("fused"));
    $("page-prev").addEventListener("click", () => {
      if (state.page > 1) {
        state.page--;
        refreshListOnly();
      }
    });
    $("page-next").addEventListener("click", () => {
      state.page++;
      refreshListOnly();
    });
    // Up and down arrows move between events, Home and End jump to the ends.
    $("event-list").addEventListener("keydown", (e) => {
      const buttons = [...$("event-list").querySelectorAll("button.event")];
      const at = buttons.indexOf(document.activeElement);
      if (at < 0) return;
      const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, to))].focus();
    });
  }

  function refreshListOnly() {
    loadList(ticket("list")).then(() => {
      $("event-list").scrollTop = 0;
    });
  }

  // ---------- the map ----------

  let map;
  let eventLayer;
  let admin1Layer;
  let selectedRing = null;

  function initMap() {
    map = L.map("map", {
      worldCopyJump: false,
      minZoom: 2,
      maxZoom: 12,
      zoomSnap: 0.5,
      maxBounds: [[-85, -200], [85, 200]],
      maxBoundsViscosity: 0.8,
      attributionControl: true,
    }).setView([28, 30], 3);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines: Natural Earth (public domain)");

    map.createPane("outlines").style.zIndex = 200;
    // Admin-1 counts sit under the event points (overlay pane, 400) so they never hide them.
    map.createPane("admin1").style.zIndex = 390;
    fetch("world-outlines.json")
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error("HTTP " + r.status))))
      .then((geo) => {
        L.geoJSON(geo, {
          pane: "outlines",
          interactive: false,
          style: { color: "#a9a597", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1 },
        }).addTo(map);
      })
      .catch((err) => showStatus($("map-status"), "Country outlines unavailable — " + err.message, "error"));

    eventLayer = L.layerGroup().addTo(map);
    admin1Layer = L.layerGroup();
    // Either the events or the counts: both at once put two markers on every place.
    L.control.layers({ "Events": eventLayer, "Counts per admin-1": admin1Layer }, null,
      { collapsed: false, position: "topright" }).addTo(map);
    addLegend();
    map.on("zoomend", drawClusters);
  }

  function addLegend() {
    const legend = L.control({ position: "bottomleft" });
    legend.onAdd = () => {
      const box = el("div", "legend leaflet-bar");
      box.appendChild(el("div", "legend-title", "Quad class"));
      for (const [key, label] of QUADS) {
        const swatch = el("span", "dot");
        swatch.style.background = quadColor(key);
        box.appendChild(el("div", "legend-row", null, swatch, el("span", null, label)));
      }
      const admin = el("span", "dot admin");
      box.appendChild(el("div", "legend-row", null, admin, el("span", null, "events per admin-1")));
      const disc = el("span", "dot fused-key", "n");
      const fusedRow = el("div", "legend-row legend-fused", null, disc, el("span", null, "fused event of n reports"));
      fusedRow.hidden = state.view !== "fused";
      box.appendChild(fusedRow);
      return box;
    };
    legend.addTo(map);
  }

  async function loadMap(current) {
    const status = $("map-status");
    // In the fused view the map shows one point per real event, at its fused place.
    const view = state.view;
    const noun = view === "fused" ? "fused events" : "events";
    let body;
    try {
      const params = filterParams();
      params.set("page", "1");
      params.set("page_size", String(MAP_LIMIT));
      body = await api(view === "fused" ? "fused" : "events", params);
    } catch (err) {
      if (!current()) return;
      state.mapEvents = [];
      drawClusters();
      showStatus(status, "Could not load the map's " + noun + " — " + err.message, "error");
      return;
    }
    if (!current()) return;
    const items = (view === "fused" ? body.fused_events : body.events) || [];
    state.mapEvents = items.filter(hasPoint);
    const total = Number(body.total) || 0;
    const placed = state.mapEvents.length;
    if (total > items.length) {
      showStatus(status, "Map shows the " + MAP_LIMIT + " latest of " + total + " " + noun + "; narrow the filters to see all.", "info");
    } else if (total > 0 && placed < total) {
      showStatus(status, (total - placed) + " of " + total + " " + noun + " have no place and are not on the map.", "info");
    } else {
      showStatus(status, "");
    }
    if (!state.fittedOnce && placed > 0) {
      const bounds = L.latLngBounds(state.mapEvents.map((e) => [e.location.lat, e.location.lon]));
      map.fitBounds(bounds.pad(0.5), { maxZoom: 5.5, animate: false });
      state.fittedOnce = true;
    }
    drawClusters();
  }

  // Grid clustering in screen space: events whose projected points fall in the same square of
  // CLUSTER_CELL_PX pixels at the current zoom become one marker. Cheap, stable while panning,
  // recomputed on zoom.
  function drawClusters() {
    if (!map) return;
    eventLayer.clearLayers();
    selectedRing = null;
    const zoom = map.getZoom();
    const cells = new Map();
    for (const e of state.mapEvents) {
      const p = map.project([e.location.lat, e.location.lon], zoom);
      const key = Math.floor(p.x / CLUSTER_CELL_PX) + ":" + Math.floor(p.y / CLUSTER_CELL_PX);
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(e);
    }
    for (const members of cells.values()) {
      if (members.length === 1) eventLayer.addLayer(pointMarker(members[0]));
      else eventLayer.addLayer(clusterMarker(members));
    }
    markSelectedOnMap();
  }

  function pointMarker(e) {
    if (e.fused_id) return fusedMarker(e);
    const marker = L.circleMarker([e.location.lat, e.location.lon], {
      radius: 7,
      color: "#ffffff",
      weight: 1.5,
      fillColor: quadColor(e.quad_class),
      fillOpacity: 0.95,
      className: "event-point",
    });
    marker.bindTooltip(() => el("span", null, pretty(e.event_type) + " · " + (e.date || "no date") + " · " + e.location.name),
      { direction: "top", offset: [0, -6] });
    marker.on("click", () => openEvent(e.event_id, { from: "map" }));
    marker.eventId = e.event_id;
    return marker;
  }

  /** Diameter in pixels of a fused event's disc: grows with its reports, slower than they do. */
  function fusedSize(f) {
    const reports = Math.max(1, Number(f.report_count) || 1);
    return Math.round(20 + Math.min(20, Math.sqrt(reports - 1) * 6));
  }

  /** A fused event: a disc in its quad class's colour, sized by and labelled with its reports. */
  function fusedMarker(f) {
    const reports = Number(f.report_count) || 0;
    const size = fusedSize(f);
    const disc = el("div", "fused-point", reports);
    disc.style.width = disc.style.height = size + "px";
    disc.style.background = quadColor(f.quad_class);
    const label = pretty(f.event_type) + " · " + (f.date || "no date") + " · " + f.location.name +
      " · " + reports + (reports === 1 ? " report" : " reports");
    const marker = L.marker([f.location.lat, f.location.lon], {
      icon: L.divIcon({ html: disc, className: "fused-icon", iconSize: [size, size] }),
      keyboard: true,
      title: label,
    });
    marker.on("click", () => openFused(f));
    marker.fusedId = f.fused_id;
    return marker;
  }

  function clusterMarker(members) {
    let lat = 0;
    let lon = 0;
    const byQuad = {};
    for (const e of members) {
      lat += e.location.lat;
      lon += e.location.lon;
      byQuad[e.quad_class] = (byQuad[e.quad_class] || 0) + 1;
    }
    lat /= members.length;
    lon /= members.length;
    // The ring shows the share of each quad class: a conic gradient with one arc per class.
    let start = 0;
    const stops = [];
    for (const [key] of QUADS.concat([["?", null]])) {
      const n = key === "?" ? members.length - QUADS.reduce((s, [k]) => s + (byQuad[k] || 0), 0) : byQuad[key] || 0;
      if (!n) continue;
      const end = start + (n / members.length) * 360;
      stops.push((key === "?" ? UNKNOWN_COLOR : quadColor(key)) + " " + start + "deg " + end + "deg");
      start = end;
    }
    const size = Math.round(30 + Math.min(26, Math.sqrt(members.length) * 4));
    const ring = el("div", "cluster");
    ring.style.width = ring.style.height = size + "px";
    ring.style.background = "conic-gradient(" + stops.join(", ") + ")";
    ring.appendChild(el("span", "cluster-count", members.length));
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ html: ring, className: "cluster-icon", iconSize: [size, size] }),
      keyboard: true,
      title: members.length + (members[0].fused_id ? " fused events" : " events"),
    });
    marker.on("click", () => {
      const bounds = L.latLngBounds(members.map((e) => [e.location.lat, e.location.lon]));
      const samePlace = bounds.getNorthEast().equals(bounds.getSouthWest(), 1e-6);
      if (samePlace || map.getZoom() >= map.getMaxZoom()) {
        marker.unbindPopup();
        marker.bindPopup(clusterPopup(members), { maxWidth: 320, maxHeight: 260 }).openPopup();
      } else {
        map.fitBounds(bounds.pad(0.5), { maxZoom: map.getMaxZoom() });
      }
    });
    marker.memberIds = new Set(members.map((e) => e.fused_id || e.event_id));
    return marker;
  }

  function clusterPopup(members) {
    const box = el("div", "cluster-popup");
    const noun = members[0].fused_id ? " fused events at " : " events at ";
    box.appendChild(el("div", "popup-title", members.length + noun + (members[0].location.name || "this place")));
    const list = el("ul");
    for (const e of members) {
      const dot = el("span", "dot");
      dot.style.background = quadColor(e.quad_class);
      const reports = e.fused_id ? " · " + e.report_count + " reports" : "";
      const link = el("button", "linkish", null, dot,
        el("span", null, pretty(e.event_type) + " · " + (e.date || "no date") + " · " + eventSummary(e) + reports));
      link.type = "button";
      link.addEventListener("click", () => (e.fused_id ? openFused(e) : openEvent(e.event_id, { from: "map" })));
      list.appendChild(el("li", null, null, link));
    }
    box.appendChild(list);
    return box;
  }

  function markSelectedOnMap() {
    if (selectedRing) {
      map.removeLayer(selectedRing);
      selectedRing = null;
    }
    const e = state.mapEvents.find((x) =>
      x.fused_id ? x.fused_id === state.selectedFusedId : x.event_id === state.selectedId);
    if (!e) return;
    selectedRing = L.circleMarker([e.location.lat, e.location.lon], {
      radius: e.fused_id ? fusedSize(e) / 2 + 5 : 13, color: "#111827", weight: 2.5, fill: false, interactive: false, className: "selected-ring",
    }).addTo(map);
  }

  async function loadAdmin1(current) {
    let buckets;
    try {
      const params = filterParams();
      params.set("by", "admin1");
      buckets = (await api("aggregates", params)).buckets || [];
    } catch (err) {
      if (!current()) return;
      admin1Layer.clearLayers();
      console.warn("admin-1 counts unavailable:", err.message);
      return;
    }
    if (!current()) return;
    admin1Layer.clearLayers();
    const max = Math.max(1, ...buckets.map((b) => b.count || 0));
    for (const b of buckets) {
      if (!Number.isFinite(b.lat) || !Number.isFinite(b.lon)) continue;
      const size = Math.round(24 + 30 * Math.sqrt((b.count || 0) / max));
      const circle = el("div", "admin1", null, el("span", null, b.count));
      circle.style.width = circle.style.height = size + "px";
      const badge = el("div", "admin1-badge", null, circle, el("div", "admin1-name", b.label || b.key));
      const marker = L.marker([b.lat, b.lon], {
        icon: L.divIcon({ html: badge, className: "admin1-icon", iconSize: [size, size] }),
        pane: "admin1",
        title: (b.label || b.key) + ": " + b.count + " events",
        keyboard: false,
      });
      marker.bindTooltip(() => el("span", null, (b.label || b.key) + " (" + b.key + "): " + b.count + " events"),
        { direction: "top" });
      admin1Layer.addLayer(marker);
    }
  }

  // ---------- the timeline ----------

  const SVG = "http://www.w3.org/2000/svg";

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  const parseDay = (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(s || ""));
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : NaN;
  };
  const isoDay = (t) => new Date(t).toISOString().slice(0, 10);

  // Week keys may come as ISO weeks (2024-W18) or as the week's first day.
  function bucketStart(key) {
    const week = /^(\d{4})-W(\d{2})$/.exec(String(key));
    if (!week) return parseDay(key);
    const jan4 = Date.UTC(+week[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
    return monday + (+week[2] - 1) * 7 * DAY_MS;
  }

  let timelineData = null;

  async function loadTimeline(current) {
    const box = $("timeline");
    let body;
    let by = "day";
    try {
      const params = filterParams(["from", "to"]);
      params.set("by", "day");
      // the fused view counts each real event once, on its fused date
      if (state.view === "fused") params.set("fused", "true");
      body = await api("aggregates", params);
      const days = (body.buckets || []).map((b) => parseDay(b.key)).filter(Number.isFinite);
      if (days.length && (Math.max(...days) - Math.min(...days)) / DAY_MS > 240) {
        params.set("by", "week");
        body = await api("aggregates", params);
        by = "week";
      }
    } catch (err) {
      if (!current()) return;
      timelineData = null;
      clear(box);
      box.appendChild(el("div", "status error", "Could not load the timeline — " + err.message));
      return;
    }
    if (!current()) return;
    const buckets = (body.buckets || [])
      .map((b) => ({ start: bucketStart(b.key), count: b.count || 0 }))
      .filter((b) => Number.isFinite(b.start));
    timelineData = { by, buckets, noun: state.view === "fused" ? "fused events" : "events" };
    drawTimeline();
  }

  function drawTimeline() {
    const box = $("timeline");
    clear(box);
    if (!timelineData || timelineData.buckets.length === 0) {
      const noun = timelineData ? timelineData.noun : "events";
      box.appendChild(el("div", "status empty", anyFilter() ? "No dated " + noun + " for these filters." : "No dated " + noun + "."));
      return;
    }
    const { by, buckets } = timelineData;
    const step = by === "week" ? 7 * DAY_MS : DAY_MS;
    const width = Math.max(200, box.clientWidth);
    const height = Math.max(70, box.clientHeight);
    const pad = { left: 34, right: 12, top: 8, bottom: 20 };
    let t0 = Math.min(...buckets.map((b) => b.start));
    let t1 = Math.max(...buckets.map((b) => b.start)) + step;
    // A short span still gets a readable width: at least two weeks on the axis.
    const minSpan = 14 * DAY_MS;
    if (t1 - t0 < minSpan) {
      const extra = (minSpan - (t1 - t0)) / 2;
      t0 = Math.floor((t0 - extra) / DAY_MS) * DAY_MS;
      t1 = t0 + minSpan;
    }
    const innerW = width - pad.left - pad.right;
    const innerH = height - pad.top - pad.bottom;
    const x = (t) => pad.left + ((t - t0) / (t1 - t0)) * innerW;
    const max = Math.max(...buckets.map((b) => b.count));
    const y = (c) => pad.top + innerH - (c / max) * innerH;
    const barW = Math.max(2, (step / (t1 - t0)) * innerW - 2);

    const root = svg("svg", { width, height, class: "timeline-svg", role: "img" });
    const title = svg("title");
    title.textContent = (timelineData.noun === "events" ? "Events" : "Fused events") + " per " + by + ", " + isoDay(t0) + " to " + isoDay(t1 - DAY_MS);
    root.appendChild(title);

    // y axis: the maximum and zero
    root.appendChild(svg("line", { x1: pad.left, x2: width - pad.right, y1: y(0) + 0.5, y2: y(0) + 0.5, class: "axis" }));
    const maxLabel = svg("text", { x: pad.left - 6, y: pad.top + 8, class: "tick", "text-anchor": "end" });
    maxLabel.textContent = String(max);
    root.appendChild(maxLabel);
    root.appendChild(svg("line", { x1: pad.left, x2: width - pad.right, y1: pad.top + 0.5, y2: pad.top + 0.5, class: "grid" }));

    // x axis ticks: days, weeks or months depending on the span
    const spanDays = (t1 - t0) / DAY_MS;
    const ticks = [];
    if (spanDays <= 31) {
      const every = spanDays <= 16 ? 2 : 7;
      for (let t = Math.ceil(t0 / DAY_MS) * DAY_MS; t <= t1; t += DAY_MS) {
        if (Math.round((t - t0) / DAY_MS) % every === 0) ticks.push([t, isoDay(t).slice(5)]);
      }
    } else {
      const d = new Date(t0);
      let m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      const months = spanDays / 30;
      const every = months <= 12 ? 1 : months <= 36 ? 3 : 12;
      while (m <= t1) {
        const md = new Date(m);
        if (md.getUTCMonth() % every === 0) ticks.push([m, isoDay(m).slice(0, 7)]);
        m = Date.UTC(md.getUTCFullYear(), md.getUTCMonth() + 1, 1);
      }
    }
    for (const [t, label] of ticks) {
      const tx = x(t);
      root.appendChild(svg("line", { x1: tx, x2: tx, y1: y(0), y2: y(0) + 4, class: "axis" }));
      const text = svg("text", { x: tx, y: height - 5, class: "tick", "text-anchor": "middle" });
      text.textContent = label;
      root.appendChild(text);
    }

    const f = state.filters;
    const from = f.from ? parseDay(f.from) : -Infinity;
    const to = f.to ? parseDay(f.to) : Infinity;
    const hasRange = Boolean(f.from || f.to);
    if (hasRange) {
      const sx = Math.max(pad.left, x(Math.max(from, t0)));
      const ex = Math.min(width - pad.right, x(Math.min(to + DAY_MS, t1)));
      if (ex > sx) root.appendChild(svg("rect", { x: sx, y: pad.top, width: ex - sx, height: innerH, class: "range" }));
    }
    for (const b of buckets) {
      const inRange = b.start + step - DAY_MS >= from && b.start <= to;
      const bar = svg("rect", {
        x: x(b.start) + 1,
        y: y(b.count),
        width: barW,
        height: Math.max(1, y(0) - y(b.count)),
        class: "bar" + (hasRange && !inRange ? " out" : ""),
      });
      const tip = svg("title");
      tip.textContent = isoDay(b.start) + (by === "week" ? " (week)" : "") + ": " + b.count + " " + timelineData.noun;
      bar.appendChild(tip);
      root.appendChild(bar);
    }
    const brush = svg("rect", { x: pad.left, y: 0, width: innerW, height, class: "brush-area" });
    root.appendChild(brush);
    box.appendChild(root);
    wireBrush(root, { x0: pad.left, x1: width - pad.right, t0, t1, step, height });
  }

  // Drag across the timeline to choose a date range; a click picks one bucket.
  function wireBrush(root, g) {
    const timeAt = (px) => g.t0 + ((Math.max(g.x0, Math.min(g.x1, px)) - g.x0) / (g.x1 - g.x0)) * (g.t1 - g.t0);
    const snap = (t) => Math.floor(t / DAY_MS) * DAY_MS;
    let startX = null;
    let band = null;
    const localX = (ev) => ev.clientX - root.getBoundingClientRect().left;
    root.addEventListener("pointerdown", (ev) => {
      startX = localX(ev);
      root.setPointerCapture(ev.pointerId);
      band = svg("rect", { x: startX, y: 0, width: 0, height: g.height, class: "brush" });
      root.appendChild(band);
    });
    root.addEventListener("pointermove", (ev) => {
      if (startX === null) return;
      const cx = localX(ev);
      band.setAttribute("x", String(Math.min(startX, cx)));
      band.setAttribute("width", String(Math.abs(cx - startX)));
    });
    root.addEventListener("pointerup", (ev) => {
      if (startX === null) return;
      const endX = localX(ev);
      let a = snap(timeAt(Math.min(startX, endX)));
      let b = snap(timeAt(Math.max(startX, endX)));
      if (Math.abs(endX - startX) < 4) {
        // a click: the bucket under the pointer
        const t = timeAt(endX);
        const hit = timelineData.buckets.find((k) => t >= k.start && t < k.start + g.step);
        a = hit ? hit.start : snap(t);
        b = hit ? hit.start + g.step - DAY_MS : a;
      }
      startX = null;
      state.filters.from = isoDay(a);
      state.filters.to = isoDay(b);
      syncInputs();
      refresh();
    });
  }

  // ---------- the article ----------

  let articleGeneration = 0;

  async function openEvent(id, { from } = {}) {
    state.selectedId = id;
    state.selectedFusedId = null;
    writeHash();
    for (const b of document.querySelectorAll("#event-list button.event")) {
      b.classList.toggle("selected", b.dataset.eventId === id);
      if (b.dataset.eventId === id) b.setAttribute("aria-current", "true");
      else b.removeAttribute("aria-current");
    }
    markSelectedOnMap();
    const pane = $("article");
    pane.hidden = false;
    $("mark-legend").hidden = false;
    $("why-title").textContent = "Why it was coded so";
    const status = $("article-status");
    const mine = ++articleGeneration;
    showStatus(status, "Loading…", "info");
    clear($("article-text"));
    clear($("why"));
    $("article-title").textContent = "";
    $("article-meta").textContent = "";
    $("article-kicker").textContent = "";
    let body;
    try {
      body = await api("events/" + encodeURIComponent(id));
    } catch (err) {
      if (mine !== articleGeneration) return;
      showStatus(status, "Could not load this event — " + err.message, "error");
      return;
    }
    if (mine !== articleGeneration) return;
    showStatus(status, "");
    renderArticle(body.event || {}, body.article || null);
    if (from === "map") pane.focus({ preventScroll: true });
    // Keep the event's place in view beside the panel, which covers the map's right side.
    const e = body.event;
    if (e && hasPoint(e)) {
      map.panInside([e.location.lat, e.location.lon], {
        paddingTopLeft: [60, 60],
        paddingBottomRight: [pane.offsetWidth + 60, 60],
      });
    }
  }

  function closeArticle() {
    $("article").hidden = true;
    articleGeneration++;
    const id = state.selectedId;
    state.selectedId = null;
    state.selectedFusedId = null;
    writeHash();
    markSelectedOnMap();
    const button = id && document.querySelector('#event-list button.event[data-event-id="' + CSS.escape(id) + '"]');
    if (button) button.focus();
  }

  function renderArticle(e, article) {
    $("article-kicker").appendChild(kicker(e));
    $("article-title").textContent = (article && article.title) || (e.article && e.article.title) || "Untitled article";
    const meta = $("article-meta");
    const source = (article && article.source) || (e.article && e.article.source);
    const published = (article && article.published) || (e.article && e.article.published);
    meta.append(document.createTextNode([source, published ? "published " + published : null].filter(Boolean).join(" · ")));
    const url = safeHttpUrl((article && article.url) || (e.article && e.article.url) || "");
    if (url) {
      const link = el("a", "source-link", "original ↗");
      link.href = url;
      link.target = "_blank";
      link.rel = "noopener noreferrer nofollow";
      meta.append(document.createTextNode(meta.textContent ? " · " : ""), link);
    }
    renderWhy(e);
    const textBox = $("article-text");
    const text = article && typeof article.text === "string" ? article.text : null;
    if (text === null) {
      textBox.appendChild(el("p", "muted", "The article's text is not available; its sentence:"));
      textBox.appendChild(el("mark", "sentence", e.sentence || ""));
      return;
    }
    renderMarkedText(textBox, text, e);
    // Scroll only the text box, so the "why" above it stays in view.
    const mark = textBox.querySelector("mark.sentence");
    textBox.scrollTop = 0;
    if (mark) textBox.scrollTop = Math.max(0, mark.offsetTop - textBox.clientHeight / 3);
  }

  function kicker(e) {
    const dot = el("span", "dot");
    dot.style.background = quadColor(e.quad_class);
    return el("span", "kicker", null, dot,
      el("span", null, pretty(e.event_type) + (e.mode ? " · " + pretty(e.mode) : "") + " — " + quadLabel(e.quad_class).toLowerCase()),
      el("span", "muted", " " + (e.date || "")));
  }

  function renderWhy(e) {
    const dl = $("why");
    const row = (term, ...values) => {
      const dd = el("dd");
      for (const v of values) {
        if (v === null || v === undefined || v === "") continue;
        dd.appendChild(typeof v === "string" || typeof v === "number" ? document.createTextNode(String(v)) : v);
      }
      if (!dd.firstChild) dd.appendChild(el("span", "muted", "—"));
      dl.append(el("dt", null, term), dd);
    };
    const actorLine = (a) => a ? actorName(a) + (a.id && a.id !== a.name ? " [" + a.id + "]" : "") +
      (a.text ? " — “" + a.text + "”" : "") : null;
    row("Rule", e.rule ? el("code", null, e.rule) : null);
    row("Trigger", e.trigger ? "“" + e.trigger.text + "”" : null);
    row("Codes", [e.cameo_code ? "CAMEO " + e.cameo_code : null, e.event_type ? "PLOVER " + e.event_type : null]
      .filter(Boolean).join(" · "));
    row("Source", actorLine(e.source));
    row("Target", actorLine(e.target));
    row("Modality", pretty(e.modality) || null, e.negated ? el("span", "badge neg", "negated") : el("span", "badge", "not negated"));
    if (Number.isFinite(e.confidence)) {
      const meter = el("span", "meter");
      const fill = el("span", "meter-fill");
      fill.style.width = Math.round(Math.max(0, Math.min(1, e.confidence)) * 100) + "%";
      meter.appendChild(fill);
      row("Confidence", meter, " " + e.confidence.toFixed(2));
    } else {
      row("Confidence", null);
    }
    row("Reported by", actorLine(e.reported_by));
    row("Date", e.date ? e.date + (e.date_precision ? " (" + pretty(e.date_precision) + ")" : "") : null,
      e.date_source ? el("span", "muted", " from the " + (e.date_source === "text" ? "text" : e.date_source === "publication" ? "publication date" : e.date_source)) : null);
    const loc = e.location;
    row("Place", loc ? [loc.name, loc.admin2 !== loc.name ? loc.admin2 : null, loc.admin1, loc.country]
      .filter(Boolean).join(", ") +
      (loc.precision ? " (" + pretty(loc.precision) + ")" : "") : null,
      loc && loc.basis ? el("span", "muted", " named in the " + loc.basis) : null,
      loc && loc.text ? " — “" + loc.text + "”" : null);
    if (loc && loc.evidence) row("Why this place", String(loc.evidence));
    // Fields the contract allows beyond the core record, shown when a server sends them.
    if (Number.isFinite(e.goldstein)) row("Goldstein", e.goldstein.toFixed(1));
    if (e.acled_event_type) row("ACLED type", String(e.acled_event_type));
    if (Number.isFinite(e.dead) || Number.isFinite(e.injured)) {
      row("Casualties", [Number.isFinite(e.dead) ? e.dead + " dead" : null,
        Number.isFinite(e.injured) ? e.injured + " injured" : null].filter(Boolean).join(", "));
    }
  }

  /**
   * The article's text as text nodes and <mark>s. The sentence is one <mark class="sentence">;
   * trigger, actors and place are inner marks. Offsets are UTF-16 code units, like JS strings.
   */
  function renderMarkedText(box, text, e) {
    const sentence = sentenceRange(text, e);
    const roles = [];
    const addRole = (span, cls, label) => {
      if (!span || !Number.isInteger(span.begin) || !Number.isInteger(span.end)) return;
      const begin = Math.max(0, span.begin);
      const end = Math.min(text.length, span.end);
      if (end > begin) roles.push({ begin, end, cls, label });
    };
    addRole(e.trigger, "m-trigger", "trigger");
    addRole(e.source, "m-source", "source");
    addRole(e.target, "m-target", "target");
    addRole(e.location, "m-place", "place");
    addRole(e.reported_by, "m-reported", "reported by");

    // Cut points: every span's ends and the sentence's; between two cuts nothing changes.
    const cuts = new Set([0, text.length]);
    for (const r of roles) cuts.add(r.begin).add(r.end);
    if (sentence) cuts.add(sentence.begin).add(sentence.end);
    const points = [...cuts].sort((a, b) => a - b);

    let sentenceMark = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const piece = text.slice(a, b);
      const inSentence = sentence && a >= sentence.begin && b <= sentence.end;
      let parent = box;
      if (inSentence) {
        if (!sentenceMark) {
          sentenceMark = el("mark", "sentence");
          sentenceMark.id = "event-sentence";
          box.appendChild(sentenceMark);
        }
        parent = sentenceMark;
      } else {
        sentenceMark = null;
      }
      const covering = roles.filter((r) => r.begin <= a && r.end >= b);
      if (covering.length === 0) {
        parent.appendChild(document.createTextNode(piece));
      } else {
        const mark = el("mark", covering.map((r) => r.cls).join(" "), piece);
        mark.title = covering.map((r) => r.label).join(", ");
        parent.appendChild(mark);
      }
    }
  }

  // The record carries the sentence's text, not its offsets: find it in the article, preferring
  // the occurrence that holds the trigger.
  function sentenceRange(text, e) {
    const s = e.sentence;
    const anchor = e.trigger && Number.isInteger(e.trigger.begin) ? e.trigger.begin : null;
    if (s) {
      let best = null;
      for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
        if (anchor === null || (anchor >= at && anchor < at + s.length)) {
          best = at;
          break;
        }
        if (best === null) best = at;
      }
      if (best !== null) return { begin: best, end: best + s.length };
    }
    if (anchor === null || anchor > text.length) return null;
    // Not found verbatim: widen from the trigger to the nearest sentence ends.
    const before = text.slice(0, anchor);
    const lastEnd = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), before.lastIndexOf("? "), before.lastIndexOf("! "));
    const begin = lastEnd < 0 ? 0 : lastEnd + (text[lastEnd] === "\n" ? 1 : 2);
    const after = text.slice(anchor).search(/[.!?](\s|$)|\n/);
    const end = after < 0 ? text.length : anchor + after + 1;
    return { begin, end: Math.min(end, text.length) };
  }

  function wireArticle() {
    $("article-close").addEventListener("click", closeArticle);
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && !$("article").hidden) closeArticle();
    });
  }

  // ---------- start ----------

  function start() {
    const openId = readHash();
    syncInputs();
    initMap();
    wireFilters();
    wireList();
    wireArticle();
    window.addEventListener("resize", debounce(() => {
      drawTimeline();
      map.invalidateSize();
    }, 150));
    loadCountries();
    refresh({ keepPage: true }).then(() => {
      if (openId) openEvent(openId, { from: "link" });
    });
  }

  if (typeof L === "undefined") {
    document.addEventListener("DOMContentLoaded", () => {
      showStatus($("map-status"), "The map library (Leaflet) did not load.", "error");
    });
    return;
  }
  start();
})();
