import { systemClock, type Clock } from "./clock.js";
import { ConfigError, createConfig, type Config } from "./config.js";
import { connectDb, createDb, type Db } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import { createLogger, type Logger } from "./logger.js";
import { ensureDefaultQuestionnaires } from "./services/evaluations/defaults.js";

export interface App {
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  close(): Promise<void>;
}

/** Reads .env when present, then parses the environment; a bad value stops the program with its name. */
export function loadConfigOrExit(): Config {
  try {
    process.loadEnvFile();
  } catch {
    // No .env file: the environment alone configures the bot.
  }
  try {
    return createConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

/** Migrates and opens the database: everything both the bot and the emulator need. */
export async function openApp(config: Config, logger = createLogger(config.logLevel)): Promise<App> {
  const migrations = await migrate(config.databaseUrl);
  if (migrations.applied.length > 0) logger.info({ applied: migrations.applied }, "database migrated");
  const db = createDb(config.databaseUrl);
  await connectDb(db);
  // The shipped L1 and L3 questionnaires, so evaluations work on a fresh install.
  await ensureDefaultQuestionnaires({ db, clock: systemClock });
  return { config, db, clock: systemClock, logger, close: () => db.$disconnect() };
}
