/**
 * `analyze --evidence DIR`: headers-only pcap slices of the packets around each finding of
 * the verdict's flow direction, cut from both captures in a second pass that selects frame
 * numbers (the report's `findings` name them). One file per finding and capture.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CaptureReader, type EvidenceFinding, PcapWriter, type Report } from "@tunnelscope/analysis";
import { CliError } from "../errors.js";
import { captureChunks } from "./capture-source.js";

/** Packets kept on each side of a finding's packet (by frame number, all interfaces). */
export const EVIDENCE_CONTEXT = 5;

export interface EvidenceSlice {
  readonly finding: EvidenceFinding["finding"];
  readonly description: string;
  readonly gateway: string;
  /** File name inside the evidence directory. */
  readonly file: string;
  readonly packets: number;
  /** Frame numbers (in the source capture) of the packets the finding names. */
  readonly frames: readonly number[];
}

interface Cut {
  readonly finding: EvidenceFinding;
  readonly frames: readonly number[];
  readonly writer: PcapWriter;
  next: number;
}

/** Frames of `sources[gateway]` that each finding names; reads each capture once more. */
export async function writeEvidenceSlices(
  report: Report,
  sources: Readonly<Record<string, string>>,
  dir: string,
  stdin: NodeJS.ReadableStream,
): Promise<{ slices: EvidenceSlice[]; notes: string[] }> {
  const flow = report.flows.find((f) => f.id === report.verdict.flow);
  const notes: string[] = [];
  const slices: EvidenceSlice[] = [];
  if (flow === undefined || flow.findings.length === 0) {
    notes.push("no finding names packets: no evidence pcap written");
    return { slices, notes };
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new CliError("CLI_OUTPUT", `cannot create '${dir}': ${(err as Error).message}`, 1, { cause: err });
  }
  for (const gateway of Object.keys(sources).sort()) {
    const path = sources[gateway] as string;
    const cuts: Cut[] = [];
    for (const finding of flow.findings) {
      const frames = finding.frames.find((f) => f.gateway === gateway)?.numbers ?? [];
      if (frames.length > 0) cuts.push({ finding, frames, writer: new PcapWriter(), next: 0 });
    }
    if (cuts.length === 0) continue;
    if (path === "-") {
      notes.push(`${gateway}: read from stdin, cannot be read again: no evidence pcap from it`);
      continue;
    }
    const reader = new CaptureReader((pv) => {
      const frame = pv.index + 1;
      const bytes = pv.frameBytes;
      if (bytes === null) return;
      for (const c of cuts) {
        while (c.next < c.frames.length && (c.frames[c.next] as number) + EVIDENCE_CONTEXT < frame) c.next++;
        if (c.next < c.frames.length && (c.frames[c.next] as number) - EVIDENCE_CONTEXT <= frame)
          c.writer.add(pv.ts, pv.linkType, bytes, pv.frameOffset, pv.capLen, pv.wireLen);
      }
    });
    for await (const chunk of captureChunks(path, stdin)) reader.push(chunk);
    reader.end();
    for (const c of cuts) {
      const file = `${c.finding.finding}-${gateway}.pcap`;
      try {
        await writeFile(join(dir, file), c.writer.bytes());
      } catch (err) {
        throw new CliError("CLI_OUTPUT", `cannot write '${join(dir, file)}': ${(err as Error).message}`, 1, {
          cause: err,
        });
      }
      if (c.writer.skipped > 0)
        notes.push(`${file}: ${c.writer.skipped} packets of another link type left out (pcap has one)`);
      slices.push({
        finding: c.finding.finding,
        description: c.finding.description,
        gateway,
        file,
        packets: c.writer.count,
        frames: c.frames,
      });
    }
  }
  return { slices, notes };
}
