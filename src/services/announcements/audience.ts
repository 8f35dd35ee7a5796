import type { ServiceDeps } from "../deps.js";

/**
 * Who an announcement or campaign goes to. Units include their whole subtree. A leader whose grant is
 * scoped to a unit only ever reaches that unit's subtree, whatever the spec says.
 */
export type AudienceSpec =
  | { kind: "all" }
  | { kind: "units"; unitIds: number[] }
  | { kind: "supervisors" }
  | { kind: "role"; role: "ADMIN" | "LEADER" };

/** Active employees the spec reaches, limited to `scopeUnitId`'s subtree when given; sorted ids. */
export async function resolveAudience(
  _deps: ServiceDeps,
  _spec: AudienceSpec,
  _options: { scopeUnitId: number | null },
): Promise<number[]> {
  throw new Error("not implemented yet");
}
