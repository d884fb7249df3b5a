/**
 * `session run --html FILE`: the session's evidence captures fetched from the coordinator
 * over NATS and written beside FILE, in `<FILE's name>-evidence/`, so the report's links
 * (relative to FILE) open them. A capture that cannot be fetched stays listed, with why.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { NatsConnection } from "nats";
import { CoordinatorError } from "../errors.js";
import { EVIDENCE_NAME, type SessionEvidenceFile } from "../evidence.js";
import { fetchEvidence } from "../nats/session-client.js";
import type { SessionReport } from "../session-report.js";

/** The folder beside `htmlFile` that holds its evidence captures (`report.html` → `report-evidence`). */
export function evidenceFolderName(htmlFile: string): string {
  const base = basename(htmlFile);
  const stem = basename(base, extname(base));
  return `${stem === "" ? base : stem}-evidence`;
}

export interface SavedEvidence {
  /** The report with each saved capture's link relative to the HTML file. */
  readonly report: SessionReport;
  /** Files written. */
  readonly saved: readonly string[];
  /** One line per capture not saved (name, why, code). */
  readonly failures: readonly string[];
}

/** Fetches every capture the report lists and writes it beside `htmlFile`. */
export async function saveEvidenceBeside(
  nc: NatsConnection,
  sessionId: string,
  report: SessionReport,
  htmlFile: string,
  options: { readonly timeoutMs?: number } = {},
): Promise<SavedEvidence> {
  const ev = report.session.evidence;
  if (ev === undefined || ev.files.length === 0) return { report, saved: [], failures: [] };
  const folder = evidenceFolderName(htmlFile);
  const dir = join(dirname(htmlFile), folder);
  const saved: string[] = [];
  const failures: string[] = [];
  const files: SessionEvidenceFile[] = [];
  for (const f of ev.files) {
    // The name becomes a path: only the coordinator's own names (never `..`, `/`).
    if (!EVIDENCE_NAME.test(f.name)) {
      failures.push(
        `${JSON.stringify(f.name.slice(0, 80))} is not an evidence file name: not saved [COORD_INVALID_REQUEST]`,
      );
      files.push(f);
      continue;
    }
    try {
      const bytes = await fetchEvidence(nc, sessionId, f.name, options);
      if (saved.length === 0) await mkdir(dir, { recursive: true });
      const path = join(dir, f.name);
      await writeFile(path, bytes);
      saved.push(path);
      files.push({ ...f, href: `${encodeURIComponent(folder)}/${f.name}` });
    } catch (e) {
      const code = e instanceof CoordinatorError ? e.code : "COORD_NATS";
      const why = (e as Error).message;
      failures.push(`evidence capture ${f.name} not saved beside ${htmlFile}: ${why} [${code}]`);
      files.push({ ...f, description: `${f.description}; not saved beside this report: ${why}` });
    }
  }
  return {
    report: { ...report, session: { ...report.session, evidence: { ...ev, files } } },
    saved,
    failures,
  };
}
