import { createSessionCommand } from "@tunnelscope/coordinator";
import { renderAnalyzeHtml } from "../render/analyze-html.js";
import { renderAnalyze } from "../render/analyze-text.js";
import type { Command } from "./command.js";

/** `tunnelscope session run …`: a live session, rendered like `analyze`. */
export const sessionCommand: Command = createSessionCommand({
  text: (r) => renderAnalyze(r, { a: `agent ${r.session.agents.a}`, b: `agent ${r.session.agents.b}` }),
  html: (r) => renderAnalyzeHtml(r, { a: `agent ${r.session.agents.a}`, b: `agent ${r.session.agents.b}` }),
});
