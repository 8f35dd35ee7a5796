const MB = 1024 * 1024;

export interface MemoryPeak {
  /** Highest resident set size seen, in MB. */
  rssMb: number;
  /** Highest V8 heap in use seen, in MB. */
  heapUsedMb: number;
  /** Resident set size when sampling started, in MB. */
  startRssMb: number;
  samples: number;
}

/**
 * Samples `process.memoryUsage()` on a timer and keeps the peaks. The timer is unref'd so a
 * forgotten sampler never keeps the process alive.
 */
export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  private peak: MemoryPeak = { rssMb: 0, heapUsedMb: 0, startRssMb: 0, samples: 0 };

  constructor(private readonly intervalMs = 100) {}

  start(): void {
    this.stop();
    const first = process.memoryUsage();
    this.peak = { rssMb: 0, heapUsedMb: 0, startRssMb: first.rss / MB, samples: 0 };
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  /** Stops sampling (after one last sample) and returns the peaks. */
  stop(): MemoryPeak {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
      this.sample();
    }
    return { ...this.peak };
  }

  /** Current resident set size in MB, for progress lines. */
  static rssMb(): number {
    return process.memoryUsage.rss() / MB;
  }

  private sample(): void {
    const usage = process.memoryUsage();
    this.peak.rssMb = Math.max(this.peak.rssMb, usage.rss / MB);
    this.peak.heapUsedMb = Math.max(this.peak.heapUsedMb, usage.heapUsed / MB);
    this.peak.samples += 1;
  }
}
