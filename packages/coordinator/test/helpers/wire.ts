/**
 * Batches through the wire: encoded with the protobuf codec and decoded again, as the
 * coordinator receives what an agent publishes.
 */
import {
  decodeSummaryBatch,
  encodeSummaryBatch,
  type SummaryBatch,
  type SummaryBatchInit,
} from "@tunnelscope/protocol";

export function viaWire(batches: readonly SummaryBatchInit[]): SummaryBatch[] {
  return batches.map((b) => {
    const e = encodeSummaryBatch(b);
    if (!e.ok) throw e.error;
    const d = decodeSummaryBatch(e.value);
    if (!d.ok) throw d.error;
    return d.value;
  });
}
