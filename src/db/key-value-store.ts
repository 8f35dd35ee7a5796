import type { Db } from "./client.js";

/**
 * A JSON key-value store on the Session table. It has the read/write/delete shape that both
 * grammY's session storage and the conversations plugin expect, so chat state survives restarts.
 */
export class DbKeyValueStore<T> {
  constructor(
    private readonly db: Db,
    private readonly prefix: string,
  ) {}

  async read(key: string): Promise<T | undefined> {
    const row = await this.db.session.findUnique({ where: { key: this.prefix + key } });
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  async write(key: string, value: T): Promise<void> {
    const json = JSON.stringify(value);
    await this.db.session.upsert({
      where: { key: this.prefix + key },
      create: { key: this.prefix + key, value: json },
      update: { value: json },
    });
  }

  async delete(key: string): Promise<void> {
    await this.db.session.deleteMany({ where: { key: this.prefix + key } });
  }
}
