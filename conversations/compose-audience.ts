import { escapeHtml } from "../src/i18n/html.js";
import type { Translate } from "../src/i18n/index.js";
import { countAudience, unitTreeFor, type AudienceSpec, type UnitTreeEntry } from "../src/services/announcements/audience.js";
import { button, type Rows, type Screen } from "./compose-chat.js";
import { stepHeader, type ComposeFlow, type ComposeScope, type StepResult } from "./compose-draft.js";

/** Units listed per page of the picker. */
export const UNITS_PER_PAGE = 8;
/** Unit names listed in words before "and N more". */
const NAMES_SHOWN = 5;
const BUTTON_NAME_MAX = 40;

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** The audience in words (HTML-escaped), e.g. "Dinas Kesehatan dan Dinas Pendidikan (beserta sub-unitnya)". */
export function audienceWords(t: Translate, spec: AudienceSpec, unitNames: string[], scope: ComposeScope): string {
  if (spec.kind === "units") {
    const names = unitNames.slice(0, NAMES_SHOWN).map(escapeHtml).join(", ");
    const more = unitNames.length - NAMES_SHOWN;
    if (more > 0) return t("compose-audience-units-more", { units: names, more: String(more) });
    return t("compose-audience-units", { units: names });
  }
  const words =
    spec.kind === "all"
      ? t("compose-audience-all")
      : spec.kind === "supervisors"
        ? t("compose-audience-supervisors")
        : t(spec.role === "ADMIN" ? "compose-audience-admins" : "compose-audience-leaders");
  return scope.unitName === null ? words : t("compose-audience-within", { audience: words, unit: escapeHtml(scope.unitName) });
}

type PickerUnit = Pick<UnitTreeEntry, "id" | "name" | "depth" | "employeesInSubtree">;

/** The multi-select list of units: ✅ for chosen ones, indented by depth, a page at a time. */
export function unitPickerScreen(t: Translate, units: PickerUnit[], selected: number[], page: number): Screen {
  const pages = Math.max(1, Math.ceil(units.length / UNITS_PER_PAGE));
  const lines = [stepHeader(t, 3, "compose-step-audience"), t("compose-ask-units")];
  const chosen = units.filter((unit) => selected.includes(unit.id));
  if (chosen.length > 0) {
    lines.push(t("compose-units-chosen", { count: chosen.length, units: chosen.map((unit) => escapeHtml(unit.name)).join(", ") }));
  }
  if (pages > 1) lines.push(t("compose-units-page", { page: String(page + 1), pages: String(pages) }));

  const rows: Rows = units.slice(page * UNITS_PER_PAGE, (page + 1) * UNITS_PER_PAGE).map((unit) => {
    const mark = selected.includes(unit.id) ? "✅" : "▫️";
    const indent = "· ".repeat(unit.depth);
    return [button(`${mark} ${indent}${shorten(unit.name, BUTTON_NAME_MAX)} (${unit.employeesInSubtree})`, `u:${unit.id}`)];
  });
  const nav = [];
  if (page > 0) nav.push(button(t("compose-button-previous-page"), `p:${page - 1}`));
  if (page < pages - 1) nav.push(button(t("compose-button-next-page"), `p:${page + 1}`));
  if (nav.length > 0) rows.push(nav);
  if (chosen.length > 0) rows.push([button(t("compose-button-units-done", { count: chosen.length }), "done")]);
  rows.push([button(t("compose-button-back"), "back")]);
  return { text: lines.join("\n\n"), rows };
}

function kindScreen(flow: ComposeFlow, notice: string | null): Screen {
  const { t, scope } = flow;
  const lines = [stepHeader(t, 3, "compose-step-audience")];
  if (notice) lines.push(notice);
  lines.push(scope.unitName === null ? t("compose-scope-district") : t("compose-scope-unit", { unit: escapeHtml(scope.unitName) }));
  lines.push(t("compose-ask-audience"));
  return {
    text: lines.join("\n\n"),
    rows: [
      [button(t("compose-button-audience-all"), "a:all"), button(t("compose-button-audience-units"), "a:units")],
      [button(t("compose-button-audience-supervisors"), "a:sup"), button(t("compose-button-audience-role"), "a:role")],
    ],
  };
}

/** Picks units; null when the author goes back to the kinds of audience. */
async function pickUnits(flow: ComposeFlow): Promise<{ unitIds: number[]; names: string[] } | null | "cancel"> {
  const { t, chat, draft } = flow;
  const units: PickerUnit[] = await flow.conversation.external(async () =>
    (await unitTreeFor(flow.deps, { scopeUnitId: flow.scope.unitId })).map(({ id, name, depth, employeesInSubtree }) => ({
      id,
      name,
      depth,
      employeesInSubtree,
    })),
  );
  if (units.length === 0) {
    chat.note(t("compose-no-units"));
    return null;
  }
  const known = new Set(units.map((unit) => unit.id));
  let selected = draft.audience?.kind === "units" ? draft.audience.unitIds.filter((id) => known.has(id)) : [];
  const firstChosen = units.findIndex((unit) => selected.includes(unit.id));
  let page = firstChosen > 0 ? Math.floor(firstChosen / UNITS_PER_PAGE) : 0;
  await chat.show(unitPickerScreen(t, units, selected, page));
  for (;;) {
    const input = await chat.read();
    if (input.kind === "cancel") return "cancel";
    if (input.kind === "message") {
      chat.note(t("compose-use-buttons"));
      await chat.show(unitPickerScreen(t, units, selected, page));
      continue;
    }
    const value = input.value;
    if (value === "back") return null;
    if (value === "done" && selected.length > 0) {
      const chosen = units.filter((unit) => selected.includes(unit.id));
      return { unitIds: chosen.map((unit) => unit.id), names: chosen.map((unit) => unit.name) };
    }
    const toggle = /^u:(\d{1,9})$/.exec(value);
    const turn = /^p:(\d{1,4})$/.exec(value);
    if (toggle && known.has(Number(toggle[1]))) {
      const id = Number(toggle[1]);
      selected = selected.includes(id) ? selected.filter((chosen) => chosen !== id) : [...selected, id];
    } else if (turn && Number(turn[1]) * UNITS_PER_PAGE < units.length) {
      page = Number(turn[1]);
    }
    await chat.redraw(unitPickerScreen(t, units, selected, page));
  }
}

/** Step 3: who gets it. The recipient count is shown as soon as the audience is chosen. */
export async function audienceStep(flow: ComposeFlow): Promise<StepResult> {
  const { t, chat, draft } = flow;
  let notice: string | null = null;
  for (;;) {
    await chat.show(kindScreen(flow, notice));
    notice = null;
    const input = await chat.read();
    if (input.kind === "cancel") return "cancel";
    if (input.kind === "message") {
      notice = t("compose-use-buttons");
      continue;
    }
    let spec: AudienceSpec | null = null;
    let names: string[] = [];
    if (input.value === "a:all") spec = { kind: "all" };
    if (input.value === "a:sup") spec = { kind: "supervisors" };
    if (input.value === "a:role") {
      await chat.show({
        text: [stepHeader(t, 3, "compose-step-audience"), t("compose-ask-role")].join("\n\n"),
        rows: [
          [button(t("compose-button-role-admin"), "r:ADMIN"), button(t("compose-button-role-leader"), "r:LEADER")],
          [button(t("compose-button-back"), "back")],
        ],
      });
      const role = await chat.read();
      if (role.kind === "cancel") return "cancel";
      if (role.kind === "message") notice = t("compose-use-buttons");
      if (role.kind === "button" && (role.value === "r:ADMIN" || role.value === "r:LEADER")) {
        spec = { kind: "role", role: role.value === "r:ADMIN" ? "ADMIN" : "LEADER" };
      }
    }
    if (input.value === "a:units") {
      const picked = await pickUnits(flow);
      if (picked === "cancel") return "cancel";
      if (picked) {
        spec = { kind: "units", unitIds: picked.unitIds };
        names = picked.names;
      }
    }
    if (!spec) continue;

    const chosen = spec;
    const count = await flow.conversation.external(() => countAudience(flow.deps, chosen, { scopeUnitId: flow.scope.unitId }));
    if (count === 0) {
      notice = t("compose-no-recipients");
      continue;
    }
    draft.audience = spec;
    draft.unitNames = names;
    chat.note(t("compose-recipients", { count, audience: audienceWords(t, spec, names, flow.scope) }));
    return "done";
  }
}
