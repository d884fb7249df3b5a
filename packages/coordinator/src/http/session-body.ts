/** `POST /api/sessions` body: validated with zod, turned into a session ask. */
import { isValidId } from "@tunnelscope/protocol";
import { z } from "zod";
import type { SessionAsk } from "../nats/session-client.js";
import { ApiError } from "./api-error.js";

const agentId = z.string().refine(isValidId, "an agent id ([A-Za-z0-9_-], 1-64 characters) is expected");

const BodySchema = z
  .strictObject({
    a: agentId,
    b: agentId,
    durationS: z.number().gt(0).max(86_400),
    samplingRate: z.number().gt(0).max(1).optional(),
    intervalMs: z.number().int().min(0).max(3_600_000).optional(),
  })
  .refine((o) => o.a !== o.b, {
    message: "a and b name the same agent: give one agent per gateway",
    path: ["b"],
  });

/** Default summary interval of sessions started over HTTP: one live frame per second. */
export const HTTP_DEFAULT_INTERVAL_MS = 1000;

/** The session ask of a request body, or a 400 naming the first wrong field. */
export function parseSessionBody(input: unknown): SessionAsk {
  const r = BodySchema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new ApiError(
      400,
      "COORD_INVALID_REQUEST",
      `${where}${issue?.message ?? "invalid body"} (expected {a, b, durationS, samplingRate?, intervalMs?})`,
    );
  }
  const v = r.data;
  return {
    a: v.a,
    b: v.b,
    durationMs: Math.round(v.durationS * 1000),
    samplingRate: v.samplingRate ?? 1,
    intervalMs: v.intervalMs ?? HTTP_DEFAULT_INTERVAL_MS,
    graceMs: 10_000,
  };
}
