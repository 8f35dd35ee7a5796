import { emptyCounts, type EffectivenessCounts, type Sum } from "./effectiveness-figures.js";

/**
 * Rates and means from counts. A group of activities (a kind, a partner, a competency type, the
 * whole report) adds up its activities' counts first and divides once: a mean is over every answer
 * and a rate over the summed counts, so a large activity weighs more than a small one, as each
 * participant weighs the same. Averaging the activities' own means would let a class of five count
 * as much as one of two hundred.
 */
export interface EffectivenessRates {
  /** Attended / (attended + no-shows): those whose attendance is settled; registrations still open do not count. */
  attendanceRate: number | null;
  /** Mean of every L1 Likert answer, 1..5. */
  l1Mean: number | null;
  l1ResponseRate: number | null;
  l3SelfMean: number | null;
  l3SupervisorMean: number | null;
  /** Supervisor mean − self mean; negative when supervisors see less change than the participants. */
  l3Gap: number | null;
  l3ResponseRate: number | null;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const meanOf = (sum: Sum): number | null => (sum.count === 0 ? null : sum.sum / sum.count);

export function ratesOf(counts: EffectivenessCounts): EffectivenessRates {
  const l3SelfMean = meanOf(counts.l3Self);
  const l3SupervisorMean = meanOf(counts.l3Supervisor);
  return {
    attendanceRate: share(counts.attended, counts.attended + counts.noShows),
    l1Mean: meanOf(counts.l1),
    l1ResponseRate: share(counts.l1Submitted, counts.l1Requests),
    l3SelfMean,
    l3SupervisorMean,
    l3Gap: l3SelfMean === null || l3SupervisorMean === null ? null : l3SupervisorMean - l3SelfMean,
    l3ResponseRate: share(counts.l3Submitted, counts.l3Requests),
  };
}

/** The counts of several activities added together. */
export function addCounts(items: readonly EffectivenessCounts[]): EffectivenessCounts {
  const total = emptyCounts();
  const addSum = (into: Sum, from: Sum) => {
    into.sum += from.sum;
    into.count += from.count;
  };
  for (const item of items) {
    total.registrations += item.registrations;
    total.attended += item.attended;
    total.noShows += item.noShows;
    addSum(total.l1, item.l1);
    total.l1Requests += item.l1Requests;
    total.l1Submitted += item.l1Submitted;
    addSum(total.l3Self, item.l3Self);
    addSum(total.l3Supervisor, item.l3Supervisor);
    total.l3Requests += item.l3Requests;
    total.l3Submitted += item.l3Submitted;
  }
  return total;
}
