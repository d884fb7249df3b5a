/** Reads a JSON request body with a size cap (413 past it) and a JSON content type. */
import type { IncomingMessage } from "node:http";
import { ApiError } from "./api-error.js";

/** Largest request body the API reads. */
export const MAX_BODY_BYTES = 64 * 1024;

export async function readJsonBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json")
    throw new ApiError(
      415,
      "COORD_HTTP_BAD_JSON",
      "the request body must be JSON: send it with Content-Type: application/json",
    );
  const tooLarge = () =>
    new ApiError(413, "COORD_HTTP_TOO_LARGE", `the request body is larger than ${maxBytes} bytes: send less`);
  const declared = Number(req.headers["content-length"] ?? Number.NaN);
  if (declared > maxBytes) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiError(
      400,
      "COORD_HTTP_BAD_JSON",
      `the request body is not valid JSON (${(e as Error).message}): send a JSON object`,
    );
  }
}
