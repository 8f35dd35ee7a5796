import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";

/** What every service needs, passed explicitly so tests can swap the clock and database. */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
}
