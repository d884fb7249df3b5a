/** The web page's HTML (served at `/`): plain HTML, one stylesheet, one small script. */
export const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tunnelscope coordinator</title>
<link rel="stylesheet" href="/style.css">
<script src="/app.js" defer></script>
</head>
<body>
<header><h1>tunnelscope coordinator</h1>
<p class="muted">Live sessions between two agents. This page has no login: keep the coordinator on localhost or behind an authenticating proxy.</p></header>
<main>
<section aria-labelledby="agents-h">
<h2 id="agents-h">Agents online <span id="agent-count" class="muted"></span></h2>
<table id="agents"><thead><tr><th scope="col">Agent</th><th scope="col">Version</th><th scope="col">Host</th><th scope="col">Interfaces</th><th scope="col">SAs</th></tr></thead>
<tbody><tr><td colspan="5" class="muted">loading…</td></tr></tbody></table>
</section>
<section aria-labelledby="start-h">
<h2 id="start-h">Start a session</h2>
<form id="start-form" novalidate>
<div class="row"><label for="agent-a">Gateway A (sender side)</label><select id="agent-a" name="a" required></select></div>
<div class="row"><label for="agent-b">Gateway B (receiver side)</label><select id="agent-b" name="b" required></select></div>
<div class="row"><label for="duration">Duration (seconds)</label><input id="duration" name="durationS" type="number" min="1" max="86400" step="1" value="10" required></div>
<div class="row"><button id="start" type="submit">Start session</button></div>
<p id="form-error" class="error" role="alert"></p>
</form>
</section>
<section id="live" aria-labelledby="live-h" hidden>
<h2 id="live-h" tabindex="-1">Session <span id="live-id"></span></h2>
<p id="live-status" aria-live="polite"></p>
<div id="taps" class="taps"></div>
<div id="verdict" class="verdict" hidden>
<h3>Verdict</h3>
<p id="verdict-text" aria-live="polite"></p>
<ul id="verdict-evidence"></ul>
<p><a id="report-link" href="#" target="_blank" rel="noopener">Open the HTML report</a> · <a id="report-md" href="#">Markdown</a> · <a id="report-json" href="#">JSON</a></p>
<div id="evidence" hidden>
<h4>Evidence captures (headers only, open in Wireshark)</h4>
<ul id="evidence-list"></ul>
</div>
</div>
</section>
<section aria-labelledby="sessions-h">
<h2 id="sessions-h">Sessions</h2>
<table id="sessions"><thead><tr><th scope="col">Session</th><th scope="col">Agents</th><th scope="col">Status</th><th scope="col">Started</th><th scope="col">Duration</th><th scope="col">Verdict</th></tr></thead>
<tbody></tbody></table>
</section>
</main>
</body>
</html>
`;
