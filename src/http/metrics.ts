/** A small Prometheus registry: counters and latency histograms rendered in the text exposition format. */

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Labels = Record<string, string>;

function labelKey(labels: Labels): string {
  const entries = Object.entries(labels).sort(([left], [right]) => (left < right ? -1 : 1));
  return entries.length ? `{${entries.map(([name, value]) => `${name}="${value.replace(/["\\\n]/g, '_')}"`).join(',')}}` : '';
}

export class Metrics {
  private readonly counters = new Map<string, { help: string; values: Map<string, number> }>();
  private readonly histograms = new Map<string, { help: string; values: Map<string, { buckets: number[]; sum: number; count: number }> }>();
  private readonly gauges = new Map<string, { help: string; read: () => number }>();

  increment(name: string, help: string, labels: Labels = {}, amount = 1): void {
    let counter = this.counters.get(name);
    if (!counter) this.counters.set(name, (counter = { help, values: new Map() }));
    const key = labelKey(labels);
    counter.values.set(key, (counter.values.get(key) ?? 0) + amount);
  }

  observe(name: string, help: string, seconds: number, labels: Labels = {}): void {
    let histogram = this.histograms.get(name);
    if (!histogram) this.histograms.set(name, (histogram = { help, values: new Map() }));
    const key = labelKey(labels);
    let value = histogram.values.get(key);
    if (!value) histogram.values.set(key, (value = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    BUCKETS.forEach((bound, index) => {
      if (seconds <= bound) value!.buckets[index]!++;
    });
    value.sum += seconds;
    value.count++;
  }

  gauge(name: string, help: string, read: () => number): void {
    this.gauges.set(name, { help, read });
  }

  counterValue(name: string, labels: Labels = {}): number {
    return this.counters.get(name)?.values.get(labelKey(labels)) ?? 0;
  }

  render(): string {
    const lines: string[] = [];
    for (const [name, counter] of this.counters) {
      lines.push(`# HELP ${name} ${counter.help}`, `# TYPE ${name} counter`);
      for (const [key, value] of counter.values) lines.push(`${name}${key} ${value}`);
    }
    for (const [name, histogram] of this.histograms) {
      lines.push(`# HELP ${name} ${histogram.help}`, `# TYPE ${name} histogram`);
      for (const [key, value] of histogram.values) {
        const inner = key ? key.slice(1, -1) + ',' : '';
        BUCKETS.forEach((bound, index) => lines.push(`${name}_bucket{${inner}le="${bound}"} ${value.buckets[index]}`));
        lines.push(`${name}_bucket{${inner}le="+Inf"} ${value.count}`, `${name}_sum${key} ${value.sum}`, `${name}_count${key} ${value.count}`);
      }
    }
    for (const [name, gauge] of this.gauges) lines.push(`# HELP ${name} ${gauge.help}`, `# TYPE ${name} gauge`, `${name} ${gauge.read()}`);
    return lines.join('\n') + '\n';
  }
}
