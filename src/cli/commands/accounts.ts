import type { Command } from "commander";
import { formatDateTime } from "../../i18n/format-date.js";
import { issueActivationCode } from "../../services/identity/issue-code.js";
import { unlinkEmployee } from "../../services/identity/unlink.js";
import { formatNip } from "../../services/roster/nip.js";
import type { CliContext } from "../context.js";

/** `code issue` and `account unlink`: the admin side of account linking. */
export function register(program: Command, context: CliContext): void {
  const { t, io, config } = context;
  const failed = (error: string, nip: string): void => {
    io.err(t(`account-${error}`, { nip }));
    context.exitCode = 1;
  };

  program
    .command("code")
    .description(t("account-cli-code-description"))
    .command("issue <nip>")
    .description(t("account-cli-code-issue-description"))
    .action(
      context.action(async (nip: string) => {
        const deps = await context.services();
        const result = await issueActivationCode(
          { ...deps, ttlHours: config.activationCodeTtlHours },
          { nip, actorLabel: context.actorLabel },
        );
        if (!result.ok) return failed(result.error, nip);
        io.out(
          t("account-code-issued", {
            name: result.employeeName,
            nip: formatNip(nip.replace(/\D/g, "")),
            code: result.code,
            expires: formatDateTime(result.expiresAt, context.locale, config.timezone),
          }),
        );
      }),
    );

  program
    .command("account")
    .description(t("account-cli-account-description"))
    .command("unlink <nip>")
    .description(t("account-cli-unlink-description"))
    .action(
      context.action(async (nip: string) => {
        const result = await unlinkEmployee(await context.services(), { nip, actorLabel: context.actorLabel });
        if (!result.ok) return failed(result.error, nip);
        io.out(t("account-unlinked", { nip, count: result.removed }));
      }),
    );
}
