const MB = 1024 * 1024;

export interface MemoryFigures {
  /** Highest resident set size seen, in MB. */
  rssMb: number;
  /** Highest V8 heap in use seen, in MB. */
  heapUsedMb: number;
}

export interface MemoryPeak extends MemoryFigures {
  /** Resident set size when sampling started, in MB. */
  startRssMb: number;
  samples: number;
  /** Peaks per stage named with `mark`, e.g. enqueue versus sending. */
  stages: Record<string, MemoryFigures>;
}

/**
 * Samples `process.memoryUsage()` on a timer and keeps the peaks, overall and per stage. The
 * timer is unref'd so a forgotten sampler never keeps the process alive.
 */
export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  private stage = "start";
  private peak: MemoryPeak = MemorySampler.empty(0);

  constructor(private readonly intervalMs = 100) {}

  private static empty(startRssMb: number): MemoryPeak {
    return { rssMb: 0, heapUsedMb: 0, startRssMb, samples: 0, stages: {} };
  }

  start(stage = "start"): void {
    this.stop();
    this.peak = MemorySampler.empty(process.memoryUsage.rss() / MB);
    this.stage = stage;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  /** Attributes the following samples to `stage` (the current moment still counts for the previous one). */
  mark(stage: string): void {
    this.sample();
    this.stage = stage;
    this.sample();
  }

  /** Stops sampling (after one last sample) and returns the peaks. */
  stop(): MemoryPeak {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
      this.sample();
    }
    return { ...this.peak, stages: structuredClone(this.peak.stages) };
  }

  /** Current resident set size in MB, for progress lines. */
  static rssMb(): number {
    return process.memoryUsage.rss() / MB;
  }

  private sample(): void {
    const usage = process.memoryUsage();
    const rssMb = usage.rss / MB;
    const heapUsedMb = usage.heapUsed / MB;
    this.peak.rssMb = Math.max(this.peak.rssMb, rssMb);
    this.peak.heapUsedMb = Math.max(this.peak.heapUsedMb, heapUsedMb);
    this.peak.samples += 1;
    const stage = (this.peak.stages[this.stage] ??= { rssMb: 0, heapUsedMb: 0 });
    stage.rssMb = Math.max(stage.rssMb, rssMb);
    stage.heapUsedMb = Math.max(stage.heapUsedMb, heapUsedMb);
  }
}
