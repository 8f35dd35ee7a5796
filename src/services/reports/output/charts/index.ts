/** The report charts: each takes explicit, already translated inputs and resolves to a PNG. */
export { ADKAR_ELEMENTS, adkarChart, type AdkarChartInput, type AdkarElement } from "./adkar-chart.js";
export { evaluationChart, type EvaluationChartInput } from "./evaluation-chart.js";
export { jpComplianceChart, type JpComplianceChartInput } from "./jp-compliance-chart.js";
export { reachChart, type ReachChartInput } from "./reach-chart.js";
