import type { Command } from "commander";
import { systemClock } from "../clock.js";
import { createConfig, type Config } from "../config.js";
import { connectDb, createDb, type Db } from "../db/client.js";
import { migrate, type MigrationResult } from "../db/migrate.js";
import { createI18n, isLocale, translatorFor, type Locale, type Translate } from "../i18n/index.js";
import type { ServiceDeps } from "../services/deps.js";

/** One command group (`roster`, `role`, …): a file under `commands/` exporting `register`. */
export interface CommandGroup {
  register(program: Command, context: CliContext): void;
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliContext {
  readonly config: Config;
  readonly locale: Locale;
  readonly t: Translate;
  readonly io: CliIo;
  /** Who acts, for the audit log. */
  readonly actorLabel: string;
  /** Applies pending migrations once per run and returns what happened. */
  migrate(): Promise<MigrationResult>;
  /** Migrated and connected services, opened on first use so `--help` needs no database. */
  services(): Promise<ServiceDeps>;
  /** Wraps a command action: unexpected errors are printed translated and end with exit code 1. */
  action<A extends unknown[]>(handler: (...args: A) => Promise<void>): (...args: A) => Promise<void>;
  /** Exit code for the process; commands set 1 when they report a failure. */
  exitCode: number;
  close(): Promise<void>;
}

/** The process's own stdout and stderr, one line per call. */
export const stdio: CliIo = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
};

/**
 * Builds the context from the environment. Throws ConfigError for bad configuration; the locale is
 * read from `--lang` ahead of parsing so help texts are translated too.
 */
export function createCliContext(options: { env: NodeJS.ProcessEnv; argv: readonly string[]; io?: CliIo }): CliContext {
  const config = createConfig(options.env);
  const locale = pickLocale(options.argv, config.defaultLocale);
  const t = translatorFor(createI18n(config.defaultLocale), locale);
  const io = options.io ?? stdio;
  let migration: Promise<MigrationResult> | null = null;
  let db: Db | null = null;
  let deps: Promise<ServiceDeps> | null = null;

  const context: CliContext = {
    config,
    locale,
    t,
    io,
    actorLabel: "cli",
    exitCode: 0,
    migrate() {
      migration ??= migrate(config.databaseUrl);
      return migration;
    },
    services() {
      deps ??= (async () => {
        await context.migrate();
        db = createDb(config.databaseUrl);
        await connectDb(db);
        return { db, clock: systemClock };
      })();
      return deps;
    },
    action(handler) {
      return async (...args) => {
        try {
          await handler(...args);
        } catch (error) {
          io.err(t("roster-cli-failed", { message: error instanceof Error ? error.message : String(error) }));
          context.exitCode = 1;
        }
      };
    },
    async close() {
      if (db) await db.$disconnect();
    },
  };
  return context;
}

/** `--lang en` or `--lang=en` anywhere in argv; otherwise the configured default. */
export function pickLocale(argv: readonly string[], fallback: Locale): Locale {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value !== undefined) return isLocale(value) ? value : fallback;
  }
  return fallback;
}
