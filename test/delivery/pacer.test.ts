import { describe, expect, it } from "vitest";
import { Pacer } from "../../src/delivery/pacer.js";

const limits = { globalPerSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20 };

/** Drives the pacer with a fake monotonic clock, starting each send `lateness(i)` ms after it is allowed. */
function simulate(count: number, lateness: (i: number) => number): number[] {
  let now = 0;
  const pacer = new Pacer({ limits, jitterMarginMs: 50, now: () => now });
  const starts: number[] = [];
  for (let i = 0; i < count; i++) {
    now += pacer.globalWaitMs() + lateness(i);
    pacer.take(`chat-${i}`, false);
    starts.push(now);
  }
  return starts;
}

describe("pacer", () => {
  it("never starts more than the limit within one second plus the margin, however late sends start", () => {
    const starts = simulate(600, (i) => (i % 7 === 0 ? 25 : i % 3));
    for (let i = 30; i < starts.length; i++) expect(starts[i]! - starts[i - 30]!).toBeGreaterThanOrEqual(1050);
  });

  it("makes up for a late start instead of pushing every later send back", () => {
    const steady = simulate(301, () => 0);
    const late = simulate(301, (i) => (i === 10 ? 30 : 0));
    expect(steady.at(-1)! / 300).toBeCloseTo(35, 5);
    expect(late.at(-1)! - steady.at(-1)!).toBeLessThan(1);
  });

  it("paces one private chat at about one message a second, a group at 20 a minute", () => {
    let now = 0;
    const pacer = new Pacer({ limits, now: () => now });
    pacer.take("42", false);
    pacer.take("-100", true);
    expect(pacer.chatWaitMs("42")).toBeGreaterThanOrEqual(1000);
    expect(pacer.chatWaitMs("-100")).toBeGreaterThanOrEqual(3000);
    now += 1100;
    expect(pacer.chatWaitMs("42")).toBe(0);
    expect(pacer.chatWaitMs("-100")).toBeGreaterThan(0);
  });

  it("pauses everything after a 429", () => {
    let now = 0;
    const pacer = new Pacer({ limits, now: () => now });
    pacer.pause(3000);
    expect(pacer.globalWaitMs()).toBe(3000);
    expect(pacer.pausedMs()).toBe(3000);
    now = 3000;
    expect(pacer.globalWaitMs()).toBe(0);
    expect(pacer.pausedMs()).toBe(0);
  });
});
