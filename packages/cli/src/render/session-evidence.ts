/**
 * A live session's evidence captures (the coordinator's `session.evidence`) for the
 * `analyze` renderers, in the shape `analyze --evidence` links use, so the HTML report
 * shows both the same way. The links are relative to the coordinator's report URL.
 */
import type { SessionReport } from "@tunnelscope/coordinator";
import type { HtmlEvidenceLink, HtmlOptions } from "./analyze-html.js";

/** HTML report options: one link per capture, and what was left out. */
export function sessionEvidenceHtml(r: SessionReport): HtmlOptions {
  const ev = r.session.evidence;
  if (ev === undefined) return {};
  const evidence: HtmlEvidenceLink[] = ev.files.map((f) => ({
    href: f.href,
    label: f.name,
    file: f.name,
    description: `${f.description}; served by the coordinator at ${f.path}`,
    packets: f.packets,
  }));
  const notes: string[] = [];
  if (ev.dropped.files > 0)
    notes.push(
      `${ev.dropped.files} more captures (${ev.dropped.bytes} bytes) were left out: the coordinator keeps at most ${ev.limits.maxFiles} captures and ${ev.limits.maxBytes} bytes per session`,
    );
  for (const x of ev.refused) notes.push(`capture refused: ${x}`);
  return { evidence, evidenceNotes: notes };
}

/** The captures' paths on the coordinator, for the Markdown summary. */
export function sessionEvidencePaths(r: SessionReport): string[] {
  return (r.session.evidence?.files ?? []).map((f) => f.path);
}
