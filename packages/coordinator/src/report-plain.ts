/**
 * Plain renderers of a session report, used when no richer renderer is injected (the CLI
 * injects its `analyze` renderers: see {@link ReportRenderers}). Pure.
 */
import type { SessionReport } from "./session-report.js";

/** Renderers the CLI supplies (its `analyze` renderers); defaults are the plain ones below. */
export interface ReportRenderers {
  readonly text?: (report: SessionReport) => string;
  readonly html?: (report: SessionReport) => string;
  readonly markdown?: (report: SessionReport) => string;
}

export function plainText(r: SessionReport): string {
  const v = r.verdict;
  const lines = [
    `session ${r.session.id}: ${r.session.agents.a} ↔ ${r.session.agents.b}`,
    `verdict: ${v.location} / ${v.cause} (confidence ${v.confidence})`,
    ...v.evidence.map((e) => `  - ${e}`),
    ...v.recommendations.map((e) => `  → ${e}`),
    `clock offset: ${r.clock.offsetUs} µs ± ${r.clock.boundUs ?? "?"} µs`,
  ];
  if (r.partial) lines.push("PARTIAL:", ...r.missing.map((m) => `  - ${m}`));
  for (const a of r.session.approximate) lines.push(`approximate: ${a}`);
  return `${lines.join("\n")}\n`;
}

const esc = (s: string) => s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));

export function plainHtml(r: SessionReport): string {
  return `<!doctype html><meta charset="utf-8"><title>tunnelscope session ${esc(r.session.id)}</title><pre>${esc(plainText(r))}</pre><pre>${esc(JSON.stringify(r, null, 2))}</pre>\n`;
}

export function plainMarkdown(r: SessionReport): string {
  return `# tunnelscope session ${r.session.id}\n\n\`\`\`\n${plainText(r)}\`\`\`\n`;
}
