/**
 * WebSocket clients of `/api/sessions/:id/live`. Messages (JSON text frames, server → client):
 *
 * - `{type: "session", session}` — the session's status, on connect and on every change;
 * - `{type: "figures", …}` — a {@link LiveFrame}: one agent batch's figures per tap (the
 *   frames so far are replayed on connect);
 * - `{type: "verdict", verdict, partial, missing, report, evidence}` — when the session has
 *   ended, with the report's URLs and the evidence captures (name, url, packets, description);
 * - `{type: "end", status}` — the last message; the server then closes (1000).
 *
 * Clients send nothing; a slow client (over 1 MiB buffered) is dropped.
 */
import type { Logger } from "pino";
import type { WebSocket } from "ws";
import type { Coordinator, CoordinatorEvent, SessionSummary } from "../nats/coordinator.js";

const MAX_BUFFERED = 1 << 20;

export class LiveSockets {
  private readonly bySession = new Map<string, Set<WebSocket>>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly coordinator: Coordinator,
    private readonly log: Logger,
  ) {
    this.unsubscribe = coordinator.subscribe((e) => this.onEvent(e));
  }

  attach(ws: WebSocket, id: string): void {
    const summary = this.coordinator.session(id);
    if (summary === undefined) {
      ws.close(1008, "unknown session");
      return;
    }
    ws.on("message", () => {}); // clients send nothing we act on
    ws.on("error", (err) => this.log.debug({ err }, "websocket error"));
    this.send(ws, { type: "session", session: summary });
    for (const f of this.coordinator.liveFrames(id)) this.send(ws, f);
    if (this.finish(ws, summary)) return;
    let set = this.bySession.get(id);
    if (set === undefined) {
      set = new Set();
      this.bySession.set(id, set);
    }
    set.add(ws);
    ws.on("close", () => {
      set.delete(ws);
      if (set.size === 0) this.bySession.delete(id);
    });
  }

  close(): void {
    this.unsubscribe();
    for (const set of this.bySession.values()) for (const ws of set) ws.close(1001, "server stopping");
    this.bySession.clear();
  }

  private onEvent(e: CoordinatorEvent): void {
    const id = e.type === "session" ? e.session.id : e.frame.sessionId;
    const set = this.bySession.get(id);
    if (set === undefined) return;
    for (const ws of set) {
      if (e.type === "figures") this.send(ws, e.frame);
      else {
        this.send(ws, { type: "session", session: e.session });
        this.finish(ws, e.session);
      }
    }
  }

  /** Sends the verdict and `end` and closes when the session is over; true if it was. */
  private finish(ws: WebSocket, s: SessionSummary): boolean {
    if (s.status !== "ended" && s.status !== "failed") return false;
    const report = this.coordinator.report(s.id);
    if (report !== undefined) {
      const v = report.verdict;
      this.send(ws, {
        type: "verdict",
        verdict: {
          location: v.location,
          cause: v.cause,
          confidence: v.confidence,
          evidence: v.evidence,
          recommendations: v.recommendations,
        },
        partial: report.partial,
        missing: report.missing,
        report: {
          json: `/api/sessions/${s.id}/report`,
          html: `/api/sessions/${s.id}/report.html`,
          markdown: `/api/sessions/${s.id}/report.md`,
        },
        evidence: (report.session.evidence?.files ?? []).map((f) => ({
          name: f.name,
          url: f.path,
          packets: f.packets,
          description: f.description,
        })),
      });
    }
    this.send(ws, { type: "end", status: s.status, ...(s.error ? { error: s.error } : {}) });
    ws.close(1000, s.status);
    return true;
  }

  private send(ws: WebSocket, msg: unknown): void {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED) {
      ws.terminate();
      return;
    }
    ws.send(JSON.stringify(msg));
  }
}
