import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { boltLogger } from "../../src/slack/logger.js";

function capture(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: boltLogger(pino({ level }, stream)) };
}

describe("Slack's library logs through the application's logger", () => {
  it("writes its warnings with the component, at the level LOG_LEVEL allows", () => {
    const { lines, logger } = capture("info");
    logger.setLevel("debug" as never);
    logger.warn("http request failed", new Error("connect ECONNREFUSED"));
    logger.debug("not shown at info");

    expect(lines).toEqual([expect.objectContaining({ level: 40, component: "slack", msg: "http request failed Error: connect ECONNREFUSED" })]);
    expect(logger.getLevel()).toBe("info");
  });

  it("never writes request bodies, which carry what people typed", () => {
    const { lines, logger } = capture("debug");
    logger.debug('http request body: {"view":{"state":{"values":{"q1":{"a":{"value":"jawaban rahasia"}}}}}}');
    logger.debug('{"type":"view_submission","user":{"id":"U1"}}');
    logger.debug("http response received");

    expect(lines.map((line) => line.msg)).toEqual(["http response received"]);
  });
});
