/**
 * The ADKAR model of change, in its order: a person first needs Awareness of why, then the Desire to
 * take part, the Knowledge of how, the Ability to do it, and Reinforcement to make it last. The pulse
 * questionnaire's questions carry these names as their `dimension`.
 */
export const ADKAR_DIMENSIONS = ["awareness", "desire", "knowledge", "ability", "reinforcement"] as const;

export type AdkarDimension = (typeof ADKAR_DIMENSIONS)[number];

/** A value per ADKAR dimension, e.g. the means of one unit. */
export type PerDimension<T> = Record<AdkarDimension, T>;

export function isAdkarDimension(value: unknown): value is AdkarDimension {
  return typeof value === "string" && (ADKAR_DIMENSIONS as readonly string[]).includes(value);
}

export function perDimension<T>(valueOf: (dimension: AdkarDimension) => T): PerDimension<T> {
  return Object.fromEntries(ADKAR_DIMENSIONS.map((dimension) => [dimension, valueOf(dimension)])) as PerDimension<T>;
}

/**
 * The barrier point: the first dimension, in ADKAR order, whose mean is below the threshold. Later
 * stages build on earlier ones, so the first one that fails is where the change is stuck. Dimensions
 * nobody answered are passed over; null when none falls below.
 */
export function barrierPoint(means: PerDimension<number | null>, threshold: number): AdkarDimension | null {
  return ADKAR_DIMENSIONS.find((dimension) => {
    const mean = means[dimension];
    return mean !== null && mean < threshold;
  }) ?? null;
}
