/**
 * The web page's script: vanilla JS, no framework, no template literals and no
 * backslashes (it lives in a template literal itself). Lists agents, starts a session with
 * POST /api/sessions, follows it over the WebSocket (numbers and an inline-SVG throughput
 * chart per tap, the taps in path order: A.inner, A.tunnel, A.outer, B.outer, B.tunnel,
 * B.inner), shows the verdict and links the report and the evidence captures. All text
 * goes through textContent.
 *
 * Each chart is a figure whose caption names what is plotted, its unit and its current
 * maximum ("throughput, kbit/s (max 578)"); the SVG has an aria-label with the same
 * figures and is focusable: Left/Right/Home/End move a marker along the points and a
 * live region reads out the time and value under it.
 */
export const APP_JS = `"use strict";
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var ws = null;
  var current = null;
  var series = {};
  var cursor = {};
  var durationS = 1;
  /** Path order of the taps: the way packets travel from A's site to B's. */
  var ORDER = ["A.inner", "A.tunnel", "A.outer", "B.outer", "B.tunnel", "B.inner"];
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function fmtBps(b) {
    if (b >= 1e9) return (b / 1e9).toFixed(2) + " Gbit/s";
    if (b >= 1e6) return (b / 1e6).toFixed(2) + " Mbit/s";
    if (b >= 1e3) return (b / 1e3).toFixed(1) + " kbit/s";
    return Math.round(b) + " bit/s";
  }
  /** The unit a chart whose largest value is max (bit/s) is drawn in. */
  function bpsUnit(max) {
    if (max >= 1e9) return { div: 1e9, name: "Gbit/s" };
    if (max >= 1e6) return { div: 1e6, name: "Mbit/s" };
    if (max >= 1e3) return { div: 1e3, name: "kbit/s" };
    return { div: 1, name: "bit/s" };
  }
  function fmtNum(v) {
    if (v >= 100 || v === 0) return String(Math.round(v));
    if (v >= 10) return v.toFixed(1);
    return v.toFixed(2);
  }
  function attrs(e, a) {
    Object.keys(a).forEach(function (k) { e.setAttribute(k, a[k]); });
    return e;
  }
  function fmtS(v) { return String(Math.round(v * 10) / 10); }
  function rank(name) {
    var i = ORDER.indexOf(name);
    return i < 0 ? ORDER.length : i;
  }
  function fmtBytes(b) {
    if (b >= 1048576) return (b / 1048576).toFixed(2) + " MiB";
    if (b >= 1024) return (b / 1024).toFixed(1) + " KiB";
    return b + " B";
  }
  function getJson(url) {
    return fetch(url, { headers: { accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body.error + " [" + body.code + "]");
        return body;
      });
    });
  }

  function fillSelect(sel, ids, preferred) {
    var keep = sel.value || preferred;
    while (sel.firstChild) sel.removeChild(sel.firstChild);
    ids.forEach(function (id) {
      var o = el("option", id);
      o.value = id;
      sel.appendChild(o);
    });
    if (ids.indexOf(keep) >= 0) sel.value = keep;
  }

  function loadAgents() {
    return getJson("/api/agents").then(function (agents) {
      var body = $("agents").tBodies[0];
      while (body.firstChild) body.removeChild(body.firstChild);
      if (agents.length === 0) {
        var td = el("td", "no agent online: start 'tunnelscope agent' on each gateway", "muted");
        td.colSpan = 5;
        var tr0 = el("tr");
        tr0.appendChild(td);
        body.appendChild(tr0);
      }
      agents.forEach(function (a) {
        var tr = el("tr");
        tr.dataset.agent = a.id;
        tr.appendChild(el("td", a.id));
        tr.appendChild(el("td", a.version));
        tr.appendChild(el("td", a.hostLabel));
        tr.appendChild(el("td", a.interfaces.map(function (i) { return i.name + " (" + i.role + ")"; }).join(", ")));
        tr.appendChild(el("td", a.sas.length));
        body.appendChild(tr);
      });
      $("agent-count").textContent = "(" + agents.length + ")";
      var ids = agents.map(function (a) { return a.id; });
      fillSelect($("agent-a"), ids, ids[0]);
      fillSelect($("agent-b"), ids, ids[1]);
    }).catch(function (e) { $("agent-count").textContent = "(" + e.message + ")"; });
  }

  function loadSessions() {
    return getJson("/api/sessions").then(function (list) {
      var body = $("sessions").tBodies[0];
      while (body.firstChild) body.removeChild(body.firstChild);
      list.forEach(function (s) {
        var tr = el("tr");
        var td = el("td");
        var a = el("a", s.id);
        a.href = "#" + s.id;
        a.addEventListener("click", function (ev) { ev.preventDefault(); follow(s.id); });
        td.appendChild(a);
        tr.appendChild(td);
        tr.appendChild(el("td", s.a + " ↔ " + s.b));
        tr.appendChild(el("td", s.status));
        tr.appendChild(el("td", new Date(s.startAtMs).toLocaleTimeString()));
        tr.appendChild(el("td", (s.durationMs / 1000) + " s"));
        tr.appendChild(el("td", s.verdict ? s.verdict.location + " / " + s.verdict.cause : (s.error ? s.error.code : "")));
        body.appendChild(tr);
      });
    }).catch(function () {});
  }

  function tapCard(name) {
    var card = document.querySelector('.tap[data-tap="' + name + '"]');
    if (card) return card;
    card = el("section", null, "tap");
    card.dataset.tap = name;
    card.setAttribute("aria-label", "tap " + name);
    card.appendChild(el("h3", name));
    var dl = el("dl");
    [["packets", "packets"], ["bytes", "bytes"], ["throughput", "throughput now"], ["retransmissions", "retransmissions"], ["zero-windows", "zero windows"]].forEach(function (p) {
      dl.appendChild(el("dt", p[1]));
      var dd = el("dd", "0");
      dd.dataset.field = p[0];
      dl.appendChild(dd);
    });
    card.appendChild(dl);
    var fig = el("figure", null, "chart");
    var cap = el("figcaption", "throughput, bit/s (max 0)");
    fig.appendChild(cap);
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 300 80");
    attrs(svg, { preserveAspectRatio: "none", role: "img", tabindex: "0", "aria-label": "throughput at " + name + ": no data yet" });
    svg.appendChild(attrs(document.createElementNS(SVG, "line"), { "class": "base", x1: "2", x2: "298", y1: "78", y2: "78" }));
    svg.appendChild(attrs(document.createElementNS(SVG, "line"), { "class": "grid", x1: "2", x2: "298", y1: "4", y2: "4" }));
    svg.appendChild(document.createElementNS(SVG, "polyline"));
    svg.appendChild(attrs(document.createElementNS(SVG, "line"), { "class": "cursor", y1: "2", y2: "78", visibility: "hidden" }));
    svg.addEventListener("keydown", function (ev) { onChartKey(name, ev); });
    fig.appendChild(svg);
    var axis = el("div", null, "axis");
    axis.setAttribute("aria-hidden", "true");
    axis.appendChild(el("span", "0 s"));
    axis.appendChild(el("span", "time since the start", "muted"));
    axis.appendChild(el("span", durationS + " s", "axis-end"));
    fig.appendChild(axis);
    var readout = el("p", "", "readout");
    readout.setAttribute("aria-live", "polite");
    fig.appendChild(readout);
    card.appendChild(fig);
    var taps = $("taps");
    var cards = Array.prototype.slice.call(taps.children);
    var after = cards.filter(function (c) { return rank(c.dataset.tap) > rank(name); })[0];
    taps.insertBefore(card, after || null);
    return card;
  }

  function scaleOf(pts) {
    var maxT = Math.max.apply(null, pts.map(function (p) { return p.t; }).concat([durationS]));
    var maxV = Math.max.apply(null, pts.map(function (p) { return p.v; }).concat([0]));
    return { maxT: maxT, maxV: maxV, unit: bpsUnit(maxV) };
  }
  function xOf(t, sc) { return t / sc.maxT * 296 + 2; }

  function draw(name) {
    var pts = series[name];
    var card = tapCard(name);
    var fig = card.querySelector("figure");
    var svg = fig.querySelector("svg");
    var line = svg.querySelector("polyline");
    var sc = scaleOf(pts);
    var top = Math.max(sc.maxV, 1);
    line.setAttribute("points", pts.map(function (p) {
      return xOf(p.t, sc).toFixed(1) + "," + (78 - p.v / top * 74).toFixed(1);
    }).join(" "));
    line.dataset.points = String(pts.length);
    var u = sc.unit;
    var maxText = fmtNum(sc.maxV / u.div);
    var last = pts[pts.length - 1];
    fig.querySelector("figcaption").textContent = "throughput, " + u.name + " (max " + maxText + ")";
    fig.dataset.maxBps = String(sc.maxV);
    fig.querySelector(".axis-end").textContent = fmtS(sc.maxT) + " s";
    svg.setAttribute("aria-label", "throughput at " + name + " over the session, in " + u.name + ": max " + maxText +
      ", now " + fmtNum(last.v / u.div) + " at " + fmtS(last.t) + " s; " + pts.length + " points; use the arrow keys to read them");
    if (cursor[name] !== undefined) showCursor(name);
  }

  function showCursor(name) {
    var pts = series[name] || [];
    var card = tapCard(name);
    var mark = card.querySelector("line.cursor");
    var readout = card.querySelector(".readout");
    if (pts.length === 0) { readout.textContent = "no data yet"; return; }
    var i = Math.max(0, Math.min(pts.length - 1, cursor[name]));
    cursor[name] = i;
    var sc = scaleOf(pts);
    var x = xOf(pts[i].t, sc).toFixed(1);
    mark.setAttribute("x1", x);
    mark.setAttribute("x2", x);
    mark.setAttribute("visibility", "visible");
    readout.textContent = name + " at " + fmtS(pts[i].t) + " s: " + fmtNum(pts[i].v / sc.unit.div) + " " + sc.unit.name +
      " (point " + (i + 1) + " of " + pts.length + ")";
  }

  function onChartKey(name, ev) {
    var n = (series[name] || []).length;
    var i = cursor[name] === undefined ? n - 1 : cursor[name];
    if (ev.key === "ArrowLeft") i = i - 1;
    else if (ev.key === "ArrowRight") i = i + 1;
    else if (ev.key === "Home") i = 0;
    else if (ev.key === "End") i = n - 1;
    else return;
    ev.preventDefault();
    cursor[name] = i;
    showCursor(name);
  }

  function onFigures(f) {
    f.taps.forEach(function (t) {
      var card = tapCard(t.tap);
      var set = function (k, v) { card.querySelector('[data-field="' + k + '"]').textContent = v; };
      set("packets", t.totalPackets);
      set("bytes", fmtBytes(t.totalBytes));
      set("throughput", fmtBps(t.throughputBps));
      set("retransmissions", t.totalRetransmissions);
      set("zero-windows", t.totalZeroWindows);
      card.dataset.packets = String(t.totalPackets);
      (series[t.tap] = series[t.tap] || []).push({ t: f.elapsedS, v: t.throughputBps });
      draw(t.tap);
    });
  }

  function onSession(s) {
    var now = Date.now();
    durationS = Math.max(1, s.durationMs / 1000);
    var text = s.status;
    if (s.status === "running") {
      var el2 = Math.max(0, (now - s.startAtMs) / 1000);
      text = "running: " + Math.min(el2, s.durationMs / 1000).toFixed(0) + " s of " + (s.durationMs / 1000) + " s";
    }
    if (s.status === "failed" && s.error) text = "failed: " + s.error.message + " [" + s.error.code + "]";
    $("live-status").textContent = s.a + " ↔ " + s.b + " — " + text;
    $("live-status").dataset.status = s.status;
  }

  function onVerdict(m) {
    var v = m.verdict;
    var box = $("verdict");
    box.hidden = false;
    box.className = "verdict" + (v.cause === "healthy" ? " healthy" : "");
    box.dataset.location = v.location;
    box.dataset.cause = v.cause;
    $("verdict-text").textContent = v.location + " / " + v.cause + " (confidence " + Math.round(v.confidence * 100) + " %)" + (m.partial ? " — partial" : "");
    var ul = $("verdict-evidence");
    while (ul.firstChild) ul.removeChild(ul.firstChild);
    v.evidence.forEach(function (e) { ul.appendChild(el("li", e)); });
    $("report-link").href = m.report.html;
    $("report-md").href = m.report.markdown;
    $("report-json").href = m.report.json;
    var list = $("evidence-list");
    while (list.firstChild) list.removeChild(list.firstChild);
    (m.evidence || []).forEach(function (x) {
      var li = el("li");
      var a = el("a", x.name);
      a.href = x.url;
      a.setAttribute("download", x.name);
      li.appendChild(a);
      li.appendChild(document.createTextNode(" — " + x.description + " (" + x.packets + " packets)"));
      list.appendChild(li);
    });
    $("evidence").hidden = !(m.evidence && m.evidence.length > 0);
  }

  function follow(id) {
    if (ws) { ws.onclose = null; ws.close(); }
    current = id;
    series = {};
    cursor = {};
    durationS = 1;
    $("live").hidden = false;
    $("live-id").textContent = id;
    $("live-status").textContent = "connecting…";
    $("verdict").hidden = true;
    $("evidence").hidden = true;
    var taps = $("taps");
    while (taps.firstChild) taps.removeChild(taps.firstChild);
    $("live-h").focus();
    var proto = location.protocol === "https:" ? "wss:" : "ws:";
    ws = new WebSocket(proto + "//" + location.host + "/api/sessions/" + encodeURIComponent(id) + "/live");
    ws.onmessage = function (ev) {
      var m;
      try { m = JSON.parse(ev.data); } catch (e) { return; }
      if (m.type === "figures") onFigures(m);
      else if (m.type === "session") onSession(m.session);
      else if (m.type === "verdict") onVerdict(m);
      else if (m.type === "end") { loadSessions(); }
    };
    ws.onclose = function () { if (current === id) loadSessions(); };
  }

  $("start-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var err = $("form-error");
    err.textContent = "";
    var body = { a: $("agent-a").value, b: $("agent-b").value, durationS: Number($("duration").value) };
    if (!body.a || !body.b) { err.textContent = "choose two agents"; return; }
    if (!(body.durationS > 0)) { err.textContent = "the duration must be a positive number of seconds"; $("duration").focus(); return; }
    $("start").disabled = true;
    fetch("/api/sessions", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
      .then(function (r) {
        return r.json().then(function (b) {
          if (!r.ok) throw new Error(b.error + " [" + b.code + "]");
          follow(b.id);
          loadSessions();
        });
      })
      .catch(function (e) { err.textContent = e.message; })
      .then(function () { $("start").disabled = false; });
  });

  loadAgents();
  loadSessions();
  setInterval(loadAgents, 5000);
  setInterval(function () {
    if (current && $("live-status").dataset.status === "running") getJson("/api/sessions/" + encodeURIComponent(current)).then(onSession).catch(function () {});
  }, 1000);
  if (location.hash.length > 1) follow(decodeURIComponent(location.hash.slice(1)));
})();
`;
