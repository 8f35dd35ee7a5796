import type { ActivityKind, CompetencyType } from "../../../generated/prisma/enums.js";
import type { Translate } from "../../../i18n/index.js";
import type { CatalogueFilter } from "./callback-data.js";

/** Fluent keys are lower-case with dashes: PENDING_APPROVAL → pending-approval. */
export const keyPart = (value: string): string => value.toLowerCase().replace(/_/g, "-");

export const kindName = (t: Translate, kind: ActivityKind): string => t(`catalogue-kind-${keyPart(kind)}`);
export const competencyName = (t: Translate, type: CompetencyType): string => t(`catalogue-competency-${keyPart(type)}`);

/** The chosen filters in words, "all" where none is chosen. */
export function filterText(t: Translate, filter: CatalogueFilter): { kind: string; competency: string } {
  return {
    kind: filter.kind ? kindName(t, filter.kind) : t("catalogue-all-kinds"),
    competency: filter.competencyType ? competencyName(t, filter.competencyType) : t("catalogue-all-competencies"),
  };
}
