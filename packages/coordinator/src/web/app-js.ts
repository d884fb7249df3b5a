/**
 * The web page's script: vanilla JS, no framework, no template literals (it lives in a
 * template literal itself). Lists agents, starts a session with POST /api/sessions, follows
 * it over the WebSocket (numbers and an inline-SVG throughput chart per tap), shows the
 * verdict and links the report. All text goes through textContent.
 */
export const APP_JS = `"use strict";
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var ws = null;
  var current = null;
  var series = {};
  var durationS = 1;

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
    [["packets", "packets"], ["bytes", "bytes"], ["throughput", "throughput"], ["retransmissions", "retransmissions"], ["zero-windows", "zero windows"]].forEach(function (p) {
      dl.appendChild(el("dt", p[1]));
      var dd = el("dd", "0");
      dd.dataset.field = p[0];
      dl.appendChild(dd);
    });
    card.appendChild(dl);
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 300 80");
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "throughput at " + name + " over time");
    var line = document.createElementNS("http://www.w3.org/2000/svg", "polyline");
    svg.appendChild(line);
    card.appendChild(svg);
    var taps = $("taps");
    var cards = Array.prototype.slice.call(taps.children);
    var after = cards.filter(function (c) { return c.dataset.tap > name; })[0];
    taps.insertBefore(card, after || null);
    return card;
  }

  function draw(name) {
    var pts = series[name];
    var line = tapCard(name).querySelector("polyline");
    var maxT = Math.max.apply(null, pts.map(function (p) { return p.t; }).concat([durationS]));
    var maxV = Math.max.apply(null, pts.map(function (p) { return p.v; }).concat([1]));
    line.setAttribute("points", pts.map(function (p) {
      return (p.t / maxT * 296 + 2).toFixed(1) + "," + (78 - p.v / maxV * 74).toFixed(1);
    }).join(" "));
    line.dataset.points = String(pts.length);
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
  }

  function follow(id) {
    if (ws) { ws.onclose = null; ws.close(); }
    current = id;
    series = {};
    durationS = 1;
    $("live").hidden = false;
    $("live-id").textContent = id;
    $("live-status").textContent = "connecting…";
    $("verdict").hidden = true;
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
