import type { Command } from "commander";
import { formatNip } from "../../services/roster/nip.js";
import {
  grantRole,
  isRoleName,
  listRoleGrants,
  revokeRole,
  type RoleError,
  type RoleGrantView,
  type RoleName,
} from "../../services/roles.js";
import type { CliContext } from "../context.js";

/** `role grant <nip> <admin|leader> [--unit CODE]`, `role revoke <nip> <role>`, `role list`. */
export function register(program: Command, context: CliContext): void {
  const { t, io } = context;
  const role = program.command("role").description(t("roster-cli-role-description"));

  const roleName = (value: string): RoleName | null => {
    const name = value.trim().toLowerCase();
    if (isRoleName(name)) return name;
    io.err(t("roster-role-invalid", { value }));
    context.exitCode = 1;
    return null;
  };
  const failed = (error: RoleError): void => {
    io.err(t(`roster-role-error-${error.code}`, error.params));
    context.exitCode = 1;
  };
  const scope = (grant: Pick<RoleGrantView, "unitCode" | "unitName">): string =>
    grant.unitCode === null
      ? t("roster-role-scope-district")
      : t("roster-role-scope-unit", { unit: `${grant.unitName ?? ""} (${grant.unitCode})` });

  role
    .command("grant")
    .description(t("roster-cli-role-grant-description"))
    .argument("<nip>", t("roster-cli-nip-argument"))
    .argument("<role>", t("roster-cli-role-argument"))
    .option("--unit <code>", t("roster-cli-unit-option"))
    .action(
      context.action(async (nip: string, roleArg: string, options: { unit?: string }) => {
        const name = roleName(roleArg);
        if (!name) return;
        const result = await grantRole(await context.services(), {
          nip,
          role: name,
          unitCode: options.unit ?? null,
          actorLabel: context.actorLabel,
        });
        if (!result.ok) return failed(result);
        const { grant } = result;
        io.out(
          t(result.changed ? "roster-role-granted" : "roster-role-unchanged", {
            role: t(`roster-role-name-${grant.role}`),
            scope: scope(grant),
            name: grant.name,
            nip: formatNip(grant.nip),
          }),
        );
      }),
    );

  role
    .command("revoke")
    .description(t("roster-cli-role-revoke-description"))
    .argument("<nip>", t("roster-cli-nip-argument"))
    .argument("<role>", t("roster-cli-role-argument"))
    .action(
      context.action(async (nip: string, roleArg: string) => {
        const name = roleName(roleArg);
        if (!name) return;
        const result = await revokeRole(await context.services(), { nip, role: name, actorLabel: context.actorLabel });
        if (!result.ok) return failed(result);
        const vars = { role: t(`roster-role-name-${name}`), nip: formatNip(nip) };
        io.out(t(result.changed ? "roster-role-revoked" : "roster-role-not-held", vars));
      }),
    );

  role
    .command("list")
    .description(t("roster-cli-role-list-description"))
    .action(
      context.action(async () => {
        const grants = await listRoleGrants(await context.services());
        if (grants.length === 0) return io.out(t("roster-role-list-empty"));
        for (const grant of grants) {
          const line = t("roster-role-list-item", {
            role: t(`roster-role-name-${grant.role}`),
            name: grant.name,
            nip: formatNip(grant.nip),
            scope: scope(grant),
            grantedBy: grant.grantedBy,
          });
          io.out(grant.active ? line : `${line} ${t("roster-role-list-inactive")}`);
        }
      }),
    );
}
