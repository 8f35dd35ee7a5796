/** Seats left (null when unlimited) from a capacity and the seats taken. */
export function seatsLeftOf(capacity: number | null, taken: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - taken);
}
