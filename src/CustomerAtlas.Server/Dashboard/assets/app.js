// CustomerAtlas dashboard: vanilla JS + SVG, served from the API's own origin (no CDN).
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];
const KEY_STORAGE = "customeratlas.apiKey";
const state = { segments: [], features: [], overall: {}, selected: null, mapPoints: [] };

function colorOf(segmentId) {
  return segmentId < 0 ? "#999999" : PALETTE[segmentId % PALETTE.length];
}

function apiKey() {
  return sessionStorage.getItem(KEY_STORAGE) || "";
}

// A key may arrive in the URL fragment (#key=...), which browsers never send to the server.
function takeKeyFromFragment() {
  const match = /(?:^|&)key=([^&]+)/.exec(location.hash.slice(1));
  if (match) {
    sessionStorage.setItem(KEY_STORAGE, decodeURIComponent(match[1]));
    history.replaceState(null, "", location.pathname + location.search);
  }
}

function setStatus(text) {
  document.getElementById("status").textContent = text;
}

async function api(path) {
  const response = await fetch(path, { headers: { "X-Api-Key": apiKey(), "Accept": "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = await response.json();
      detail = [problem.title, problem.detail].filter(Boolean).join(": ");
    } catch (_) { /* not JSON: keep the status text */ }
    const error = new Error(`${response.status} ${detail}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function fmt(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return x.toExponential(2);
  return x.toLocaleString("en-US", { maximumFractionDigits: a >= 100 ? 0 : 2 });
}

function percent(x) {
  return (100 * x).toFixed(1) + "%";
}

function renderOverview() {
  const list = document.getElementById("segment-list");
  list.replaceChildren();
  for (const s of state.segments) {
    const button = el("button", { type: "button", class: "segment", "data-id": String(s.id) });
    button.style.borderLeftColor = colorOf(s.id);
    button.append(el("span", { class: "name" }, s.name), el("span", { class: "size" }, `#${s.id} · ${s.size.toLocaleString("en-US")} customers · ${percent(s.share)}`));
    button.addEventListener("click", () => selectSegment(s.id));
    list.append(button);
  }
}

// Each cell: (segment mean - overall mean) / spread of that feature's segment means.
function renderHeatmap() {
  const host = document.getElementById("heatmap");
  host.replaceChildren();
  const features = state.features;
  const labelW = 150, cell = 34, headerH = 110;
  const width = labelW + features.length * cell + 80, height = headerH + state.segments.length * cell;
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, width, id: "heatmap-chart", role: "img" });
  features.forEach((f, j) => {
    const x = labelW + j * cell + cell / 2;
    svg.append(svgEl("text", { x, y: headerH - 6, transform: `rotate(-55 ${x} ${headerH - 6})` }, f));
  });
  const spread = {};
  for (const f of features) {
    const means = state.segments.map(s => s.profile[f]).filter(v => v !== undefined);
    const mu = means.reduce((a, b) => a + b, 0) / Math.max(1, means.length);
    spread[f] = Math.sqrt(means.reduce((a, b) => a + (b - mu) ** 2, 0) / Math.max(1, means.length)) || 1;
  }
  state.segments.forEach((s, i) => {
    const y = headerH + i * cell;
    svg.append(svgEl("text", { x: 4, y: y + cell / 2 + 4 }, s.name.length > 22 ? s.name.slice(0, 21) + "…" : s.name));
    features.forEach((f, j) => {
      const value = s.profile[f];
      const z = value === undefined ? 0 : (value - (state.overall[f] ?? value)) / spread[f];
      const rect = svgEl("rect", { x: labelW + j * cell, y, width: cell - 2, height: cell - 2, fill: diverging(z) });
      rect.append(svgEl("title", {}, `${s.name} · ${f}: ${fmt(value)} (overall ${fmt(state.overall[f])})`));
      svg.append(rect);
    });
  });
  host.append(svg);
}

function diverging(z) {
  const t = Math.max(-1, Math.min(1, z / 2));
  const blend = (a, b) => Math.round(a + (b - a) * Math.abs(t));
  const [r, g, b] = t >= 0 ? [blend(255, 214), blend(255, 39), blend(255, 40)] : [blend(255, 33), blend(255, 102), blend(255, 172)];
  return `rgb(${r},${g},${b})`;
}

function renderMap(highlightId) {
  const host = document.getElementById("map");
  host.replaceChildren();
  const points = state.mapPoints;
  if (points.length === 0) {
    host.append(el("p", { class: "muted" }, "This run has no 2-D map."));
    return;
  }
  const w = 460, h = 320, pad = 12;
  // Axes span the 1st..99th percentiles so a few far-out customers do not squash the rest;
  // points beyond are pinned to the edge.
  const [x0, x1] = percentileRange(points.map(p => p.x)), [y0, y1] = percentileRange(points.map(p => p.y));
  const clamp = t => Math.max(0, Math.min(1, t));
  const sx = x => pad + clamp((x - x0) / ((x1 - x0) || 1)) * (w - 2 * pad);
  const sy = y => h - pad - clamp((y - y0) / ((y1 - y0) || 1)) * (h - 2 * pad);
  const svg = svgEl("svg", { viewBox: `0 0 ${w} ${h}`, width: w, id: "map-chart", role: "img" });
  svg.append(svgEl("rect", { x: 0, y: 0, width: w, height: h, fill: "#fbfcfe" }));
  for (const p of points) {
    const dim = state.selected !== null && p.segmentId !== state.selected;
    svg.append(svgEl("circle", { cx: sx(p.x).toFixed(1), cy: sy(p.y).toFixed(1), r: 2.2, fill: colorOf(p.segmentId), "fill-opacity": dim ? 0.12 : 0.7 }));
  }
  if (highlightId && highlightId.mapX !== null && highlightId.mapY !== null) {
    svg.append(svgEl("circle", { cx: sx(highlightId.mapX), cy: sy(highlightId.mapY), r: 7, fill: "none", stroke: "#111", "stroke-width": 2, id: "map-highlight" }));
  }
  host.append(svg);
}

function percentileRange(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = q => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
  return [at(0.01), at(0.99)];
}

function renderConfidence() {
  const host = document.getElementById("confidence");
  host.replaceChildren();
  const rowH = 24, labelW = 170, barW = 240, w = labelW + barW + 50;
  const svg = svgEl("svg", { viewBox: `0 0 ${w} ${state.segments.length * rowH + 4}`, width: w, id: "confidence-chart", role: "img" });
  state.segments.forEach((s, i) => {
    const y = i * rowH + 2;
    svg.append(svgEl("text", { x: 0, y: y + 14 }, s.name.length > 24 ? s.name.slice(0, 23) + "…" : s.name));
    svg.append(svgEl("rect", { x: labelW, y: y + 4, width: barW, height: 12, fill: "#eef1f6" }));
    svg.append(svgEl("rect", { x: labelW, y: y + 4, width: Math.max(0, s.meanConfidence) * barW, height: 12, fill: colorOf(s.id) }));
    svg.append(svgEl("text", { x: labelW + barW + 6, y: y + 14 }, percent(s.meanConfidence)));
  });
  host.append(svg);
}

async function selectSegment(id) {
  state.selected = id;
  document.querySelectorAll(".segment").forEach(b => b.classList.toggle("selected", b.dataset.id === String(id)));
  renderMap();
  try {
    const detail = await api(`/segments/${id}`);
    document.getElementById("detail-title").textContent = `Drivers · ${detail.name}`;
    document.getElementById("detail-hint").textContent = `${detail.size.toLocaleString("en-US")} customers (${percent(detail.share)}). Bars: standardized difference from the overall mean.`;
    renderDrivers(detail);
    const rules = document.getElementById("rules");
    rules.replaceChildren(...(detail.rules.length ? detail.rules : ["No rules recorded for this segment."]).map(r => el("li", {}, r)));
  } catch (e) {
    setStatus(e.message);
  }
}

function renderDrivers(detail) {
  const host = document.getElementById("drivers");
  host.replaceChildren();
  const drivers = detail.drivers;
  const rowH = 24, labelW = 160, half = 150, w = labelW + 2 * half + 50;
  const max = Math.max(0.5, ...drivers.map(d => Math.abs(d.effect)));
  const svg = svgEl("svg", { viewBox: `0 0 ${w} ${drivers.length * rowH + 8}`, width: w, id: "drivers-chart", role: "img" });
  const mid = labelW + half;
  svg.append(svgEl("line", { x1: mid, x2: mid, y1: 0, y2: drivers.length * rowH + 8, stroke: "#98a2b3" }));
  drivers.forEach((d, i) => {
    const y = i * rowH + 4;
    const len = Math.abs(d.effect) / max * half;
    svg.append(svgEl("text", { x: 0, y: y + 14 }, d.feature));
    svg.append(svgEl("rect", { class: "driver-bar", x: d.effect >= 0 ? mid : mid - len, y: y + 3, width: len, height: 14, fill: d.effect >= 0 ? "#d62728" : "#2166ac" }));
    svg.append(svgEl("text", { x: mid + half + 6, y: y + 14 }, (d.effect >= 0 ? "+" : "") + d.effect.toFixed(2)));
  });
  host.append(svg);
}

async function lookupCustomer(id) {
  const host = document.getElementById("customer-result");
  host.replaceChildren();
  if (!id) return;
  try {
    const c = await api(`/customers/${encodeURIComponent(id)}`);
    const card = el("div", { id: "customer-card", class: "card" });
    card.append(
      el("span", { class: "value" }, `${c.customerId} → ${c.segmentName}`),
      el("span", { class: "muted" }, `segment #${c.segmentId} · distance ${fmt(c.distance)} · confidence ${percent(c.confidence)}`));
    const track = el("div", { class: "bar-track" });
    const fill = el("div", { class: "bar-fill", id: "customer-confidence" });
    fill.style.width = percent(Math.max(0, Math.min(1, c.confidence)));
    fill.style.background = colorOf(c.segmentId);
    track.append(fill);
    card.append(track);
    host.append(card);
    renderMap(c);
  } catch (e) {
    host.append(el("p", { class: "status", id: "customer-error" }, e.message));
  }
}

// quality.json is rendered generically: numbers become cards, arrays of objects become tables.
function renderQuality(report) {
  const host = document.getElementById("quality");
  host.replaceChildren();
  const cards = el("div", { class: "cards" });
  const tables = [];
  for (const [key, value] of Object.entries(report || {})) {
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
      const card = el("div", { class: "card" });
      card.append(el("span", { class: "value" }, typeof value === "number" ? fmt(value) : String(value)), el("span", { class: "muted" }, key));
      cards.append(card);
    } else if (Array.isArray(value) && value.length && typeof value[0] === "object") {
      tables.push([key, value]);
    } else if (value && typeof value === "object" && !Array.isArray(value)) {
      tables.push([key, Object.entries(value).map(([k, v]) => (v && typeof v === "object" ? { name: k, ...v } : { name: k, value: v }))]);
    }
  }
  host.append(cards);
  for (const [key, rows] of tables) {
    host.append(el("h3", {}, key));
    const columns = [...new Set(rows.flatMap(r => Object.keys(r)))].filter(c => rows.every(r => typeof r[c] !== "object" || r[c] === null));
    const table = el("table");
    const head = el("tr");
    columns.forEach(c => head.append(el("th", {}, c)));
    table.append(head);
    for (const r of rows.slice(0, 50)) {
      const tr = el("tr");
      columns.forEach(c => tr.append(el("td", typeof r[c] === "number" ? { class: "num" } : {}, typeof r[c] === "number" ? fmt(r[c]) : (r[c] ?? ""))));
      table.append(tr);
    }
    const scroller = el("div", { class: "scroll" });
    scroller.append(table);
    host.append(scroller);
  }
}

async function loadAll() {
  setStatus("");
  if (!apiKey()) {
    setStatus("Enter an API key with the 'read' scope.");
    return;
  }
  try {
    const list = await api("/segments");
    state.segments = list.segments;
    state.features = list.features;
    state.overall = list.overallMeans;
    document.getElementById("model-version").textContent = `model ${list.modelVersion} · ${list.customerCount.toLocaleString("en-US")} customers · ${list.segments.length} segments`;
    renderOverview();
    renderHeatmap();
    renderConfidence();
    state.mapPoints = await api("/segments/map");
    renderMap();
    renderQuality(await api("/quality"));
    document.body.dataset.loaded = "true";
  } catch (e) {
    setStatus(e.status === 401 || e.status === 403 ? `${e.message} Enter a key with the 'read' scope.` : e.message);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  takeKeyFromFragment();
  document.getElementById("key-form").addEventListener("submit", event => {
    event.preventDefault();
    sessionStorage.setItem(KEY_STORAGE, document.getElementById("api-key").value.trim());
    loadAll();
  });
  document.getElementById("customer-form").addEventListener("submit", event => {
    event.preventDefault();
    lookupCustomer(document.getElementById("customer-id").value.trim());
  });
  loadAll();
});
