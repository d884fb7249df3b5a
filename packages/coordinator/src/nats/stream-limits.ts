/**
 * Why a session's batches may be missing although the agents ran: the summary stream (or
 * the account's JetStream storage) reached a limit, so JetStream refused batches (discard
 * new) or threw the oldest away (discard old). The coordinator checks this when a session
 * ends with gaps and names it in the report, so a full stream is never a silent gap.
 */
import type { JetStreamAccountStats, StreamInfo } from "nats";

/** A stream this close to max_bytes refuses the next batch (batches are at most a few 100 KiB). */
const BYTES_MARGIN = 512 * 1024;

/**
 * One sentence naming the limit reached and the fix, or undefined when the stream and
 * the account have room. Pure.
 */
export function streamLimitGap(info: StreamInfo, account?: JetStreamAccountStats): string | undefined {
  const { config, state } = info;
  const reached: string[] = [];
  if (config.max_msgs > 0 && state.messages >= config.max_msgs) reached.push(`max_msgs ${config.max_msgs}`);
  if (config.max_bytes > 0 && state.bytes + BYTES_MARGIN >= config.max_bytes)
    reached.push(`max_bytes ${config.max_bytes} (holds ${state.bytes})`);
  const perSubject = config.max_msgs_per_subject ?? -1;
  if (perSubject > 0 && state.messages >= perSubject && (state.num_subjects ?? 0) <= 1)
    reached.push(`max_msgs_per_subject ${perSubject}`);
  if (
    account !== undefined &&
    account.limits.max_storage > 0 &&
    account.storage + BYTES_MARGIN >= account.limits.max_storage
  )
    reached.push(
      `the account's JetStream max_storage ${account.limits.max_storage} (uses ${account.storage})`,
    );
  if (reached.length === 0) return undefined;
  const effect =
    config.discard === "new"
      ? "JetStream refused the agents' later batches"
      : "JetStream discarded the oldest batches to take new ones";
  return (
    `summary stream ${config.name} is full (${reached.join(", ")} reached, discard ${config.discard}): ` +
    `${effect}; raise the limit (nats stream edit ${config.name} --max-msgs/--max-bytes, or the account's ` +
    "jetstream limits) or shorten max_age"
  );
}
