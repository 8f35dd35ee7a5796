import type { Db } from "../../src/db/client.js";
import { engineOfDb } from "../../src/db/engine.js";

/** Makes every insert into `table` fail inside the database, to prove a write is all or nothing. */
export async function failInsertsInto(db: Db, table: string, message: string): Promise<void> {
  const quotedMessage = message.replaceAll("'", "''");
  if (engineOfDb(db) === "sqlite") {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_insert BEFORE INSERT ON "${table}" BEGIN SELECT RAISE(ABORT, '${quotedMessage}'); END`,
    );
    return;
  }
  await db.$executeRawUnsafe(
    `CREATE FUNCTION fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${quotedMessage}'; END $$`,
  );
  await db.$executeRawUnsafe(`CREATE TRIGGER fail_insert BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION fail_insert()`);
}
