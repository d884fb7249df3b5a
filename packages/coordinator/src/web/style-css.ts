/** The web page's stylesheet. */
export const STYLE_CSS = `body{font:15px/1.45 system-ui,sans-serif;max-width:68rem;margin:1.5rem auto;padding:0 1rem;color:#222;background:#fff}
h1{font-size:1.35rem;margin-bottom:.2rem}h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #ddd}h3{font-size:1rem;margin:.2rem 0}
.muted{color:#595959}.error{color:#a61b0f;min-height:1.2em}
table{border-collapse:collapse;font-size:13px;margin:.4rem 0}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
form .row{margin:.45rem 0;display:flex;gap:.6rem;align-items:center}form label{min-width:13rem}
select,input,button{font:inherit;padding:.25rem .4rem}button{cursor:pointer}
:focus-visible{outline:3px solid #1f5fa8;outline-offset:2px}
.taps{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.8rem}
.tap{border:1px solid #ccc;border-radius:4px;padding:.4rem .6rem}.tap dl{display:grid;grid-template-columns:auto 1fr;gap:0 .6rem;margin:.3rem 0;font-size:13px}
.tap dt{color:#595959}.tap dd{margin:0;font-variant-numeric:tabular-nums;text-align:right}
.chart{margin:.3rem 0 0}.chart figcaption{font-size:13px;font-weight:600;margin-bottom:.15rem}
.tap svg{display:block;width:100%;height:4.5rem;background:#fafafa;border:1px solid #eee}.tap polyline{fill:none;stroke:#1f5fa8;stroke-width:1.5;vector-effect:non-scaling-stroke}
.tap svg .base{stroke:#777;vector-effect:non-scaling-stroke}.tap svg .grid{stroke:#ddd;stroke-dasharray:4 3;vector-effect:non-scaling-stroke}
.tap svg .cursor{stroke:#a61b0f;stroke-width:1.5;vector-effect:non-scaling-stroke}
.chart .axis{display:flex;justify-content:space-between;font-size:11px;color:#595959}.chart .readout{font-size:12px;min-height:1.2em;margin:.1rem 0 0}
h4{font-size:.95rem;margin:.6rem 0 .2rem}
.verdict{border-left:6px solid #c0392b;padding:.3rem .9rem;background:#fbf3f2;margin-top:1rem}.verdict.healthy{border-color:#2e8b57;background:#f1f8f3}
`;
