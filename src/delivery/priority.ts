/** Lower numbers are sent first: a user waiting for an answer beats a reminder beats a broadcast. */
export const PRIORITY = { interactive: 0, normal: 1, bulk: 2 } as const;
export type Priority = keyof typeof PRIORITY;

export function priorityName(value: number): Priority {
  return (Object.keys(PRIORITY) as Priority[]).find((name) => PRIORITY[name] === value) ?? "bulk";
}
