import { createSessionCommand, type ReportRenderers, type SessionReport } from "@tunnelscope/coordinator";
import { renderAnalyzeHtml } from "../render/analyze-html.js";
import { renderAnalyzeMarkdown } from "../render/analyze-markdown.js";
import { renderAnalyze } from "../render/analyze-text.js";
import { sessionEvidenceHtml, sessionEvidencePaths } from "../render/session-evidence.js";
import type { Command } from "./command.js";

const names = (r: SessionReport) => ({ a: `agent ${r.session.agents.a}`, b: `agent ${r.session.agents.b}` });

/** The `analyze` renderers for live sessions (session run, and the coordinator's HTTP reports). */
export const reportRenderers: ReportRenderers = {
  text: (r) => renderAnalyze(r, names(r)),
  html: (r) => renderAnalyzeHtml(r, names(r), sessionEvidenceHtml(r)),
  markdown: (r) => renderAnalyzeMarkdown(r, names(r), sessionEvidencePaths(r)),
};

/** `tunnelscope session run …`: a live session, rendered like `analyze`. */
export const sessionCommand: Command = createSessionCommand(reportRenderers);
