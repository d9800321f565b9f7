/**
 * Renders benchmark figures: a plain-text table for the terminal, a Markdown page and an SVG bar
 * chart of the azbatch-vs-official advantages.
 */
import { advantage, type Figure } from "./results.js";

/** A titled group of figures with its remarks, in run order. */
export interface Section {
  readonly title: string;
  readonly figures: readonly Figure[];
  readonly notes: readonly string[];
}

function format(value: number | undefined, unit: string): string {
  if (value === undefined) return "—";
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit ? `${text} ${unit}` : text;
}

function ratio(figure: Figure): string {
  const value = advantage(figure);
  return value === undefined ? "—" : `${value.toFixed(2)}×`;
}

function cells(figure: Figure): string[] {
  return [
    figure.metric,
    format(figure.azbatch, figure.unit),
    format(figure.official, figure.unit),
    ratio(figure),
    figure.limit ?? "—",
    figure.goal ?? "—",
  ];
}

const HEADER = ["figure", "azbatch", "official @azure/batch", "azbatch advantage", "limit", "goal"];

/** The figures as an aligned text table, one block per section. */
export function textTable(sections: readonly Section[]): string {
  const rows = sections.flatMap((s) => s.figures.map(cells));
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const out: string[] = [];
  for (const section of sections) {
    out.push("", section.title, line(HEADER), widths.map((w) => "-".repeat(w)).join("  "));
    for (const figure of section.figures) out.push(line(cells(figure)));
  }
  return out.join("\n");
}

/** Environment facts printed with the figures. */
export interface RunInfo {
  readonly date: string;
  readonly node: string;
  readonly cpus: string;
  readonly scale: number;
  readonly durationS: number;
  /** One-minute load average at the start and at the end of the run. */
  readonly load: readonly [number, number];
}

/** The Markdown page `docs/benchmarks.md`. */
export function markdown(sections: readonly Section[], info: RunInfo): string {
  const out = [
    "# Benchmarks",
    "",
    "azbatch and the official `@azure/batch` 10.2.0 client (`BatchServiceClient`, `BatchSharedKeyCredentials`) run against the same local Batch service in one run of `npm run bench`.",
    '"azbatch advantage" is how many times better azbatch does (official ÷ azbatch for times, sizes and counts; above 1 means azbatch wins).',
    '"goal" is what the project aims for and "limit" the best possible in principle; neither is enforced: the figures are the result.',
    "",
    `Run of ${info.date} on Node ${info.node}, ${info.cpus}; size scale ${info.scale} (\`BENCH_SCALE\`), ${info.durationS.toFixed(0)} s in all.`,
    `The machine was shared: one-minute load average ${info.load[0].toFixed(1)} at the start and ${info.load[1].toFixed(1)} at the end, so absolute times are inflated; the clients always ran one after the other against the same service, which keeps the ratios meaningful.`,
    "",
    "![azbatch advantage over the official client](benchmarks.svg)",
  ];
  for (const section of sections) {
    out.push("", `## ${section.title}`, "", `| ${HEADER.join(" | ")} |`, "|---|--:|--:|--:|--:|--:|");
    for (const figure of section.figures) out.push(`| ${cells(figure).join(" | ")} |`);
    if (section.notes.length) out.push("", ...section.notes.map((n) => `- ${n}`));
  }
  out.push(
    "",
    "## Reproducing",
    "",
    "`npm run bench` runs everything (about 3–5 minutes on 2 cores) and rewrites this page and `benchmarks.svg`.",
    "`BENCH_SCALE=0.1 npm run bench` divides the task counts, request counts and durations (the soak's 60 s included) by ten for a quick look;",
    "`BENCH_ONLY=add,list` runs some scenarios only (keys: add, add-latency, list, monitor, overhead, package, emulator, soak) and leaves this page alone.",
    "The soak's figures on their own: `BENCH_ONLY=soak npm run bench`; the test suite runs the same workload for its correctness only (`SOAK_SECONDS` sets its length, 60 s by default).",
    "",
  );
  return out.join("\n");
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A horizontal bar chart of every charted figure's advantage, on a log scale centred on 1×. */
export function svgChart(figures: readonly Figure[]): string {
  const bars = figures
    .filter((f) => f.chart)
    .map((f) => ({ label: `${f.scenario}: ${f.metric}`, value: advantage(f) }))
    .filter((b): b is { label: string; value: number } => b.value !== undefined);
  const rowHeight = 26;
  const labelWidth = 430;
  const plotWidth = 420;
  const top = 40;
  const height = top + bars.length * rowHeight + 30;
  const maxLog = Math.max(1, ...bars.map((b) => Math.abs(Math.log10(b.value))));
  const zero = labelWidth + plotWidth / 2;
  const scale = plotWidth / 2 / maxLog;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + plotWidth + 80}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">azbatch advantage over @azure/batch (log scale; right of 1× = azbatch better)</text>`,
  ];
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    const length = Math.log10(bar.value) * scale;
    const x = length >= 0 ? zero : zero + length;
    const colour = bar.value >= 1 ? "#2e7d32" : "#c62828";
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeXml(bar.label)}</text>`,
      `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${Math.max(1, Math.abs(length)).toFixed(1)}" height="${rowHeight - 8}" fill="${colour}"/>`,
      `<text x="${(length >= 0 ? zero + length + 4 : zero + 4).toFixed(1)}" y="${y + 16}">${bar.value.toFixed(2)}×</text>`,
    );
  });
  parts.push(
    `<line x1="${zero}" y1="${top - 4}" x2="${zero}" y2="${height - 24}" stroke="#333"/>`,
    `<text x="${zero}" y="${height - 8}" text-anchor="middle">1×</text>`,
    "</svg>",
    "",
  );
  return parts.join("\n");
}
