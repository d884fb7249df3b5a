/** The timeline charts of one flow direction (report `flows[].timeline`). */
import type { FlowTimeline } from "@tunnelscope/analysis";
import { lineChart } from "./chart.js";

const bytes = (v: number) =>
  v >= 1 << 20
    ? `${(v / (1 << 20)).toFixed(1)} MiB`
    : v >= 1024
      ? `${(v / 1024).toFixed(1)} KiB`
      : `${v.toFixed(0)} B`;
const bps = (v: number) =>
  v >= 1e6
    ? `${(v / 1e6).toFixed(1)} Mbit/s`
    : v >= 1e3
      ? `${(v / 1e3).toFixed(0)} kbit/s`
      : `${v.toFixed(0)} bit/s`;
const ms = (v: number) => `${(v / 1000).toFixed(v >= 10000 ? 0 : 1)} ms`;
const count = (v: number) => v.toFixed(v < 10 && !Number.isInteger(v) ? 1 : 0);

/** Every chart; each series' `data-series` names the timeline field its values come from. */
export function timelineCharts(t: FlowTimeline): string {
  const zeroBands = t.zeroWindowPeriods.map((p) => ({
    from: Math.round((p.startUs - t.startUs) / t.intervalUs),
    to: Math.round((p.endUs - t.startUs) / t.intervalUs) - 1,
    label: "zero window",
  }));
  const segSeries = (pick: "lost" | "delayP50Us") =>
    t.segments.map((s) => ({
      key: `segments.${s.segment}.${pick}`,
      label: `${s.segment} (${s.from} → ${s.to})`,
      values: s[pick],
    }));
  const common = { intervalUs: t.intervalUs };
  const charts = [
    lineChart({
      ...common,
      id: "chart-window",
      title: "Advertised receive window (smallest per interval; shaded: zero window)",
      format: bytes,
      series: [
        { key: "windowAtSender", label: "seen at the sender's gateway", values: t.windowAtSender },
        { key: "windowAtReceiver", label: "seen at the receiver's gateway", values: t.windowAtReceiver },
      ],
      bands: zeroBands,
    }),
    lineChart({
      ...common,
      id: "chart-flight",
      title: "Bytes in flight (largest per interval, at the sender's gateway)",
      format: bytes,
      series: [{ key: "bytesInFlight", label: "bytes in flight", values: t.bytesInFlight }],
      bands: zeroBands,
    }),
    lineChart({
      ...common,
      id: "chart-goodput",
      title: "Throughput (goodput delivered at the receiver's gateway)",
      format: bps,
      series: [{ key: "goodputBps", label: "goodput", values: t.goodputBps }],
      bands: zeroBands,
    }),
    lineChart({
      ...common,
      id: "chart-events",
      title: "Retransmissions and zero-window ACKs per interval",
      format: count,
      series: [
        { key: "retransmissions", label: "retransmissions", values: t.retransmissions },
        { key: "zeroWindowAcks", label: "zero-window ACKs", values: t.zeroWindowAcks },
      ],
    }),
    lineChart({
      ...common,
      id: "chart-loss",
      title: "Packets lost per path segment",
      format: count,
      series: segSeries("lost"),
    }),
    lineChart({
      ...common,
      id: "chart-delay",
      title: "Delay per path segment (median per interval)",
      format: ms,
      series: segSeries("delayP50Us"),
    }),
    lineChart({
      ...common,
      id: "chart-transit",
      title: "Gateway transit (median per interval): encryption at the sender, decryption at the receiver",
      format: ms,
      series: [
        { key: "transitSenderUs", label: "sender's gateway", values: t.transitSenderUs },
        { key: "transitReceiverUs", label: "receiver's gateway", values: t.transitReceiverUs },
      ],
    }),
  ];
  return charts.join("\n");
}
