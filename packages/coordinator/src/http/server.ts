/**
 * The coordinator's HTTP + WebSocket server (node:http and `ws`): the JSON API, the live
 * stream of a session and the web page. No authentication: bind it to localhost (the
 * default) or put it behind a reverse proxy that authenticates (docs/operations.md).
 *
 * | route                                   | what                                        |
 * |-----------------------------------------|---------------------------------------------|
 * | `GET /`, `/app.js`, `/style.css`        | the web page                                |
 * | `GET /api/agents`                       | agents online, from their heartbeats        |
 * | `GET /api/sessions`, `POST /api/sessions` | session list; start one                   |
 * | `GET /api/sessions/:id`                 | one session's status                        |
 * | `GET /api/sessions/:id/report[.html|.md]` | its report (JSON, HTML, Markdown)         |
 * | `GET /api/sessions/:id/evidence`        | its evidence captures (the report's list)   |
 * | `GET /api/sessions/:id/evidence/:name`  | one capture (headers-only pcapng), download |
 * | `GET /api/sessions/:id/live` (WebSocket) | live frames, then the verdict and `end`    |
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { isValidId } from "@tunnelscope/protocol";
import type { Logger } from "pino";
import { WebSocketServer } from "ws";
import { CoordinatorError } from "../errors.js";
import { EVIDENCE_NAME } from "../evidence.js";
import type { Coordinator } from "../nats/coordinator.js";
import { plainHtml, plainMarkdown, type ReportRenderers } from "../report-plain.js";
import { WEB_ASSETS } from "../web/assets.js";
import { agentJson } from "./agent-json.js";
import { ApiError, statusOf } from "./api-error.js";
import { LiveSockets } from "./live-socket.js";
import { readJsonBody } from "./request-body.js";
import { parseSessionBody } from "./session-body.js";

export interface HttpServerOptions {
  readonly coordinator: Coordinator;
  readonly log: Logger;
  readonly renderers?: ReportRenderers;
}

/** Splits a raw request path into decoded segments; ids with `/`, `..` or bad escapes are refused. */
function segments(rawPath: string): string[] {
  return rawPath
    .split("/")
    .slice(1)
    .map((s) => {
      let d: string;
      try {
        d = decodeURIComponent(s);
      } catch {
        throw new ApiError(400, "COORD_HTTP_BAD_ID", `path segment '${s}' is not valid percent-encoding`);
      }
      if (d === ".." || d === "." || d.includes("/") || d.includes("\\"))
        throw new ApiError(
          400,
          "COORD_HTTP_BAD_ID",
          `path segment '${s}' is not allowed: ids are [A-Za-z0-9_-], 1-64 characters`,
        );
      return d;
    });
}

/**
 * A browser's request from another site: an Origin header whose host is not the Host
 * header. Refused for POST and WebSocket upgrades (cross-site request forgery, WebSocket
 * hijacking); a reverse proxy must pass the Host header through.
 */
function crossOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

const CROSS_ORIGIN_MESSAGE =
  "cross-site request refused: open the page from this coordinator (a reverse proxy must pass the Host header through)";

function sessionId(s: string | undefined): string {
  if (!isValidId(s))
    throw new ApiError(
      400,
      "COORD_HTTP_BAD_ID",
      `'${String(s).slice(0, 80)}' is not a session id: ids are [A-Za-z0-9_-], 1-64 characters`,
    );
  return s;
}

export class CoordinatorHttpServer {
  readonly server: Server;
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly live: LiveSockets;

  constructor(private readonly o: HttpServerOptions) {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    this.server.on("upgrade", (req, socket, head) => this.upgrade(req, socket, head));
    this.live = new LiveSockets(o.coordinator, o.log);
  }

  /** Listens on host:port (port 0: a free one); resolves with the bound address. */
  async listen(port: number, host = "127.0.0.1"): Promise<AddressInfo> {
    await new Promise<void>((resolve, reject) => {
      const onError = (e: NodeJS.ErrnoException) =>
        reject(
          new CoordinatorError(
            "COORD_HTTP_LISTEN",
            `cannot listen on ${host}:${port}: ${e.code ?? e.message}; choose another --http HOST:PORT`,
            { cause: e },
          ),
        );
      this.server.once("error", onError);
      this.server.listen(port, host, () => {
        this.server.off("error", onError);
        resolve();
      });
    });
    const addr = this.server.address() as AddressInfo;
    this.o.log.info({ listen: `${addr.address}:${addr.port}` }, "http serving");
    return addr;
  }

  async close(): Promise<void> {
    this.live.close();
    for (const c of this.wss.clients) c.terminate();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const rawPath = (req.url ?? "/").split("?")[0] ?? "/";
      await this.route(req, res, req.method ?? "GET", segments(rawPath));
    } catch (e) {
      const err =
        e instanceof CoordinatorError ? e : new CoordinatorError("COORD_NATS", (e as Error).message);
      const status = statusOf(err);
      if (status >= 500) this.o.log.error({ err: e, url: req.url }, "request failed");
      if (!res.headersSent) this.json(res, status, { error: err.message, code: err.code });
      else res.end();
    }
  }

  private async route(req: IncomingMessage, res: ServerResponse, method: string, p: string[]): Promise<void> {
    const c = this.o.coordinator;
    const only = (...methods: string[]) => {
      if (!methods.includes(method))
        throw new ApiError(
          405,
          "COORD_HTTP_METHOD",
          `${method} is not allowed here: use ${methods.join(" or ")}`,
        );
    };
    const [first, second, id, leaf, name, ...more] = p;
    if (p.length === 1 && (first === "" || (first !== undefined && Object.hasOwn(WEB_ASSETS, first)))) {
      only("GET", "HEAD");
      const asset = WEB_ASSETS[first === "" ? "index.html" : (first as keyof typeof WEB_ASSETS)];
      res.writeHead(200, {
        "content-type": asset.type,
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
        "content-security-policy":
          "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
      });
      res.end(method === "HEAD" ? undefined : asset.body);
      return;
    }
    if (first !== "api" || more.length > 0) throw notFound(p);
    if (second === "agents" && id === undefined) {
      only("GET");
      this.json(res, 200, c.agentList().map(agentJson));
      return;
    }
    if (second !== "sessions") throw notFound(p);
    if (id === undefined) {
      only("GET", "POST");
      if (method === "GET") {
        this.json(res, 200, c.sessions());
        return;
      }
      if (crossOrigin(req)) throw new ApiError(403, "COORD_HTTP_CROSS_ORIGIN", CROSS_ORIGIN_MESSAGE);
      const ask = parseSessionBody(await readJsonBody(req));
      const known = new Set(c.agentIds());
      for (const a of [ask.a, ask.b])
        if (!known.has(a))
          throw new ApiError(
            422,
            "COORD_UNKNOWN_AGENT",
            `agent ${a} is not online (GET /api/agents lists the agents this coordinator sees): start it or check its id`,
          );
      const summary = await c.startSession(ask);
      res.setHeader("location", `/api/sessions/${summary.id}`);
      this.json(res, 201, summary);
      return;
    }
    const sid = sessionId(id);
    only("GET");
    const summary = c.session(sid);
    if (summary === undefined)
      throw new ApiError(
        404,
        "COORD_UNKNOWN_SESSION",
        `no session ${sid} on this coordinator: GET /api/sessions lists them`,
      );
    if (leaf === undefined) {
      this.json(res, 200, summary);
      return;
    }
    if (name !== undefined && leaf !== "evidence") throw notFound(p);
    if (leaf === "live")
      throw new ApiError(
        426,
        "COORD_HTTP_METHOD",
        "the live stream is a WebSocket: connect with ws://…/live",
      );
    if (leaf !== "report" && leaf !== "report.html" && leaf !== "report.md" && leaf !== "evidence")
      throw notFound(p);
    if (name !== undefined && !EVIDENCE_NAME.test(name))
      throw new ApiError(
        400,
        "COORD_HTTP_BAD_ID",
        `${JSON.stringify(name.slice(0, 80))} is not an evidence file name: GET /api/sessions/${sid}/evidence lists them`,
      );
    const report = c.report(sid);
    if (report === undefined)
      throw new ApiError(
        409,
        "COORD_REPORT_NOT_READY",
        `session ${sid} is ${summary.status}: its report is ready when it has ended`,
      );
    if (leaf === "evidence") {
      if (name === undefined) this.json(res, 200, report.session.evidence ?? null);
      else this.sendEvidence(res, sid, name);
      return;
    }
    const r = this.o.renderers ?? {};
    if (leaf === "report") this.json(res, 200, report);
    else if (leaf === "report.html")
      this.send(res, 200, "text/html; charset=utf-8", (r.html ?? plainHtml)(report));
    else this.send(res, 200, "text/markdown; charset=utf-8", (r.markdown ?? plainMarkdown)(report));
  }

  /** One evidence capture as a download; only names the session's report lists exist. */
  private sendEvidence(res: ServerResponse, sid: string, name: string): void {
    const blob = this.o.coordinator.evidenceFile(sid, name);
    if (blob === undefined || blob === "evicted")
      throw new ApiError(
        404,
        "COORD_HTTP_NOT_FOUND",
        blob === "evicted"
          ? `the evidence of session ${sid} was dropped to bound the coordinator's memory: run the session again for new captures`
          : `session ${sid} has no evidence capture ${name}: GET /api/sessions/${sid}/evidence lists them`,
      );
    res.writeHead(200, {
      "content-type": blob.type,
      "content-length": blob.bytes.length,
      "content-disposition": `attachment; filename="${blob.name}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    res.end(blob.bytes);
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const refuse = (status: number, code: string, message: string) => {
      const body = JSON.stringify({ error: message, code });
      socket.end(
        `HTTP/1.1 ${status} ${status === 404 ? "Not Found" : status === 403 ? "Forbidden" : "Bad Request"}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    };
    if (crossOrigin(req)) {
      refuse(403, "COORD_HTTP_CROSS_ORIGIN", CROSS_ORIGIN_MESSAGE);
      return;
    }
    let p: string[];
    try {
      p = segments((req.url ?? "/").split("?")[0] ?? "/");
    } catch (e) {
      refuse(400, (e as ApiError).code, (e as ApiError).message);
      return;
    }
    const [api, sessions, id, leaf] = p;
    if (p.length !== 4 || api !== "api" || sessions !== "sessions" || leaf !== "live") {
      refuse(404, "COORD_HTTP_NOT_FOUND", `no WebSocket at ${req.url}: use /api/sessions/<id>/live`);
      return;
    }
    if (!isValidId(id)) {
      refuse(400, "COORD_HTTP_BAD_ID", `'${String(id).slice(0, 80)}' is not a session id`);
      return;
    }
    if (this.o.coordinator.session(id) === undefined) {
      refuse(404, "COORD_UNKNOWN_SESSION", `no session ${id} on this coordinator`);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.live.attach(ws, id));
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    this.send(res, status, "application/json; charset=utf-8", `${JSON.stringify(body)}\n`);
  }

  private send(res: ServerResponse, status: number, type: string, body: string): void {
    res.writeHead(status, {
      "content-type": type,
      "content-length": Buffer.byteLength(body),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    res.end(body);
  }
}

function notFound(p: readonly string[]): ApiError {
  return new ApiError(
    404,
    "COORD_HTTP_NOT_FOUND",
    `no route /${p.join("/")}: the API is under /api/agents and /api/sessions`,
  );
}
