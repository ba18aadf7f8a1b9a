//! The TypeScript declarations of the JavaScript API's values, written into
//! `hire_or_share_api.d.ts` by wasm-bindgen beside its own.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A decimal number written as a string: "55000", "3.23". */
export type Decimal = string;
/** The language of messages and sentences: French (the default) or English; anything else is an error on `lang`. */
export type Lang = "fr" | "en";
/** The role presets. */
export type Role = "daf" | "dsi" | "drh" | "marketing";
/** Where the company is: sets the mobility levy, the transport pass and the office cost. */
export type Location = "paris" | "ile-de-france" | "large-city" | "elsewhere";
/** An input error: the field (its JSON name) and a message naming the allowed range. */
export interface FieldError { field: string; message: string; }
/** What every computation returns: a value, or an error to show next to a field. */
export type Outcome<T> = { value: T; error?: undefined } | { value?: undefined; error: FieldError };
/** Where a figure comes from. */
export interface Source { title: string; titleEn: string | null; url: string; effective: string; }
/** A scenario as JSON gives it; every field is optional. See schemas/scenario.schema.json. */
export interface ScenarioInput {
  role?: Role; daysPerWeek?: Decimal | number; grossAnnual?: Decimal | number; cadre?: boolean;
  headcount?: number; location?: Location | null; mobilityRatePercent?: Decimal | number; atMpRatePercent?: Decimal | number; atMpSupportFunction?: boolean; salaryTax?: boolean | null; salaryTaxAllowance?: Decimal | number;
  healthPlanMonthly?: Decimal | number; healthPlanEmployerSharePercent?: Decimal | number;
  mealVoucherEmployerShare?: Decimal | number; transportPassMonthly?: Decimal | number;
  workspaceAnnual?: Decimal | number; equipmentAnnual?: Decimal | number; trainingAnnual?: Decimal | number;
  managerTimeAnnual?: Decimal | number; recruitmentFeePercent?: Decimal | number;
  recruitmentInternalCost?: Decimal | number; trialFailurePercent?: Decimal | number; recruitmentGuarantee?: boolean;
  expectedTenureYears?: Decimal | number; timeToHireWeeks?: Decimal | number; noticeWeeks?: Decimal | number;
  rampUpWeeks?: Decimal | number; rampUpProductivityPercent?: Decimal | number; forfaitDays?: Decimal | number;
  absenceDays?: Decimal | number; includeExitCost?: boolean; ruptureConventionnelle?: boolean; salaryGrowthPercent?: Decimal | number;
  dayRate?: Decimal | number; weeksPerYear?: Decimal | number; sharedStartFee?: Decimal | number;
  sharedTravelAnnual?: Decimal | number; sharedCoordinationAnnual?: Decimal | number;
  sharedStartWeeks?: Decimal | number; sharedRampUpWeeks?: Decimal | number; vatRecoverable?: boolean;
  dayRateGrowthPercent?: Decimal | number; horizonYears?: number;
  /** The options compared, in order, as objects or as text "shared-time:950x2,freelance"; null (or absent) for today's three. */
  options?: OptionSpec[] | string | null;
  freelanceDayRate?: Decimal | number; freelanceStartWeeks?: Decimal | number;
  portageDayRate?: Decimal | number; portageStartWeeks?: Decimal | number;
  interimManagerDayRate?: Decimal | number; interimManagerStartWeeks?: Decimal | number;
  employerGroupFeePercent?: Decimal | number; employerGroupMembershipAnnual?: Decimal | number;
  employerGroupEntryFee?: Decimal | number; employerGroupStartWeeks?: Decimal | number;
  /** A need that changes over time: periods of months at days a week, as objects or as text "6x2,18x0.5"; null (or absent) for none. */
  needProfile?: Array<{ months: number; daysPerWeek: Decimal | number }> | string | null;
  /** With a need profile that ends with months of no need: the recruit is dismissed when the need ends. */
  exitWhenNeedEnds?: boolean;
  /** The version of the defaults the values not given are taken from ("2026-11"); default the current one. */
  defaults?: string;
  date?: string | null;
}
/** A way to fill the need. */
export type OptionKindName = "fullTimeHire" | "partTimeHire" | "sharedTime" | "freelance" | "portage" | "interimManager" | "employerGroup";
/** One option of a comparison: a kind and what differs from its defaults. */
export interface OptionSpec { kind: OptionKindName; dayRate?: Decimal | number; daysPerWeek?: Decimal | number; }
/** A break-even against the full-time hire: days a week, or why there is none. */
export type Threshold = { daysPerWeek: Decimal } | { none: NoBreakEven };
/** One option, priced at its days a week. */
export interface OptionResult extends OptionCost {
  kind: OptionKindName; labelFr: string; labelEn: string; daysPerWeek: Decimal; dayRate: Decimal | null;
  breakEven: Threshold | null; firstYearBreakEven: Threshold | null; curve: Decimal[]; horizon: Decimal[];
  needProfileTotal: Decimal | null; warnings: Notice[];
}
/** One period of a need profile, as results echo it. */
export interface NeedPeriod { months: number; daysPerWeek: Decimal; }
/** A scenario with every field filled in, as results echo it: decimals as strings. */
export type Scenario = {
  [K in Exclude<keyof ScenarioInput, "date" | "needProfile" | "options">]-?: K extends "headcount" | "horizonYears" ? number : Exclude<ScenarioInput[K], number | undefined>;
} & { needProfile: NeedPeriod[] | null; date: string | null; options?: OptionSpec[] };
export interface CostLine { id: string; labelFr: string; labelEn: string; amount: Decimal; formulaFr: string; formulaEn: string; source: Source | null; estimate: boolean; }
export interface OptionCost { annualCost: Decimal; firstYearCost: Decimal; costPerProductiveDay: Decimal; costPerDayOfNeed: Decimal; firstYearCash: Decimal; firstYearValuedTime: Decimal; lines: CostLine[]; firstYearLines: CostLine[]; }
export interface PayrollLine { id: string; payer: "employer" | "employee"; labelFr: string; labelEn: string; base: Decimal; cap: Decimal | null; rate: Decimal; amount: Decimal; source: Source; }
export interface Period { name: string; start: string; end: string; }
export interface EmployerCost {
  grossAnnual: Decimal; period: Period; employerContributions: Decimal; rgdu: Decimal;
  rgduDetail: { coefficient: Decimal; amount: Decimal; thresholdAnnual: Decimal; cliffAmount: Decimal };
  totalEmployerCost: Decimal; employeeContributions: Decimal; netBeforeIncomeTax: Decimal; lines: PayrollLine[];
}
export interface Notice { id: string; fr: string; en: string; }
/** Today's figures of a result whose rules or defaults are no longer today's (a pinned link opened later): the note to show under it, today's scenario (undated: the switch to today's figures) and today's savings. */
export interface Today { note: string; scenario: Scenario; savings: { amount: Decimal; percent: Decimal; firstYearAmount: Decimal }; }
export type NoBreakEven = "sharedCheaperAtEveryNeed" | "hireCheaperAtEveryNeed";
/** One of the three options. */
export type Cheapest = "fullTimeHire" | "partTimeHire" | "sharedTime";
/** One period of a need profile and each option's cost during it, euros. */
export interface NeedPeriodCost { startMonth: number; months: number; daysPerWeek: Decimal; fullTimeHire: Decimal; partTimeHire: Decimal; sharedTime: Decimal; }
/** Each option's cumulative cost at the end of one month of a need profile, euros. */
export interface NeedProfileMonth { month: number; daysPerWeek: Decimal; fullTimeHire: Decimal; partTimeHire: Decimal; sharedTime: Decimal; }
/** Each option's cost over a need profile: periods, totals, cheapest, average and peak, the break-even restated, month by month, lines and warnings. */
export interface NeedProfileCost {
  months: number; averageDaysPerWeek: Decimal; peakDaysPerWeek: Decimal; periods: NeedPeriodCost[];
  total: { fullTimeHire: Decimal; partTimeHire: Decimal; sharedTime: Decimal }; cheapest: Cheapest;
  breakEvenDaysPerWeek: Decimal | null; breakEvenReason: NoBreakEven | null; byMonth: NeedProfileMonth[];
  lines: CostLine[]; warnings: Notice[];
}
export interface Comparison {
  scenario: Scenario; period: Period;
  fullTimeHire: OptionCost & { productiveDays: Decimal; employerCost: EmployerCost };
  partTimeHire: OptionCost & { daysPerWeek: Decimal; workTimePercent: Decimal; weeklyHours: Decimal; grossAnnual: Decimal; warnings: Notice[] };
  sharedTime: OptionCost & { dayRate: Decimal; weeksPerYear: Decimal; daysPerYear: Decimal };
  breakEven: { daysPerWeek: Decimal | null; reason: NoBreakEven | null; firstYearDaysPerWeek: Decimal | null; firstYearReason: NoBreakEven | null; dayRate: Decimal | null; grossAnnual: Decimal | null };
  savings: { amount: Decimal; percent: Decimal; firstYearAmount: Decimal };
  curve: { daysPerWeek: Decimal; fullTimeHire: Decimal; partTimeHire: Decimal; sharedTime: Decimal; fullTimeHireFirstYear: Decimal; sharedTimeFirstYear: Decimal }[];
  timeToValue: { sharedTimeWeeks: Decimal; fullTimeHireWeeks: Decimal };
  horizon: { year: number; fullTimeHire: Decimal; partTimeHire: Decimal; sharedTime: Decimal; cumulativeFullTimeHire: Decimal; cumulativePartTimeHire: Decimal; cumulativeSharedTime: Decimal }[];
  sensitivity: { field: string; labelFr: string; labelEn: string; value: Decimal; lowValue: Decimal; lowAtMinimumWage: boolean; highValue: Decimal; lowBreakEven: Decimal | null; highBreakEven: Decimal | null; impact: Decimal }[];
  /** Each option over the scenario's need profile; null without one. */
  needProfile: NeedProfileCost | null;
  /** Every option of the scenario's list (today's three without one), in its order. */
  options: OptionResult[];
  /** The place of the cheapest option in `options`: over the need profile if any, else per day of need covered. */
  cheapestOption: number;
  /** The one answer at the top: the cheapest option and by how much, the break-even explained. */
  answer: Answer;
}
export interface AnswerBreakEven { basis: AnswerBasis; daysPerWeek: Decimal | null; reason: NoBreakEven | null; sentence: string; }
export type AnswerBasis = { kind: "steadyState" } | { kind: "firstYear" } | { kind: "horizon"; months: number };
export type OptionKind = "fullTimeHire" | "partTimeHire" | "sharedTime";
export interface Answer {
  lang: "fr" | "en"; cheapest: OptionKind; runnerUp: OptionKind; figure: Decimal; basis: AnswerBasis;
  firstYear: { cheapest: OptionKind; figure: Decimal } | null;
  partTimeCondition: { weeklyHours: Decimal; text: string; source: Source } | null;
  sentence: string; breakEven: AnswerBreakEven; secondBreakEven: AnswerBreakEven | null;
  /** Over the scenario's own list of options: the cheapest of them, in a sentence; null for today's three. */
  optionsSentence: string | null;
}
/** What `compare` returns: the comparison with its answer, the notices about its rules (`rules_past_end`; `[]` otherwise) and today's figures (`null` when they are the figures'), or an error. */
export type Compared<T> =
  | { value: T; notices: Notice[]; today: Outcome<Today> | null; error?: undefined }
  | { value?: undefined; notices?: undefined; today?: undefined; error: FieldError };
/** `compareBundle`'s input: each role's scenario, and, optionally, the gross annual salary of the one generalist they are compared with. */
export interface BundleInput { scenarios: ScenarioInput[]; generalistGrossAnnual?: Decimal | number | null; }
/** A cost of the bundle, euros. */
export interface BundleCost { annualCost: Decimal; firstYearCost: Decimal; }
/** One role of a bundle: its need and its costs in shared time and as a full-time hire. */
export interface BundleRole { role: Role; daysPerWeek: Decimal; sharedTime: BundleCost; fullTimeHire: BundleCost; }
/** What `compareBundle` returns: several roles in shared time against one hire per role and one generalist. */
export interface BundleComparison {
  roles: BundleRole[]; totalDaysPerWeek: Decimal; sharedTime: BundleCost; hireEach: BundleCost; generalist: BundleCost;
  generalistGrossAnnual: Decimal; savingsVsHireEach: Decimal; savingsVsGeneralist: Decimal; notices: Notice[];
}
export interface EmployerCostInput {
  grossAnnual?: Decimal | number; cadre?: boolean; headcount?: number; mobilityRatePercent?: Decimal | number;
  atMpRatePercent?: Decimal | number; atMpSupportFunction?: boolean; salaryTax?: boolean; salaryTaxAllowance?: Decimal | number; healthPlanMonthly?: Decimal | number; healthPlanEmployerSharePercent?: Decimal | number;
  apprenticeRatioPercent?: Decimal | number; workTimePercent?: Decimal | number; date?: string | null;
}
export interface Preset { role: Role; labelFr: string; labelEn: string; grossAnnual: Decimal; grossAnnualSource: Source; grossAnnualEstimate: boolean; dayRate: Decimal; dayRateSource: Source; dayRateEstimate: boolean; atMpSupportFunction: boolean; }
export interface Assumption { field: string; value: string; group: "company" | "hire" | "shared" | "other"; labelFr: string; labelEn: string; unitFr: string; unitEn: string; source: Source; estimate: boolean; }
/** The kind of a scenario field's value, as a form asks for it. */
export type FieldKind = "decimal" | "wholeNumber" | "switch" | "optionalSwitch" | { choice: string[] } | "date" | "text";
/** A unit of a number the core checks. */
export type Unit = "euro" | "percent" | "count" | "daysPerWeek" | "weeksPerYear" | "years" | "weeks" | "days" | "months" | "periods";
/** One scenario field, as `fields()` lists it: its JSON name, its link and CLI flag, its kind, its unit and range (when the core checks them), its labels, its group (when the defaults list it), its default as text (the default role's when `byRole`), the source of that default and whether it is an estimate, and whether the sensitivity varies it. */
export interface FieldInfo { json: keyof ScenarioInput; flag: string; kind: FieldKind; unit: Unit | null; range: [Decimal, Decimal] | null; label: string; labelFr: string; labelEn: string; group: "company" | "hire" | "shared" | "other" | null; default: string | null; byRole: boolean; source: Source | null; estimate: boolean; sensitivity: boolean; }
/** A parameter of a share link's query that was left out, and why (in the requested language). */
export interface IgnoredParameter { name: string; message: string; }
/** What `scenarioFromQuery` returns: the scenario of a share link's query (accepted by `compare` and `shareLink` as it is) and the parameters it left out. */
export interface LinkedScenario { scenario: Scenario; ignored: IgnoredParameter[]; }
/** The detail of the element's `hire-or-share-change` event: the scenario (every field as text; `compare(detail.scenario)` gives the full result), its share-link query (`v=1&…`), and the headline figures. */
export interface ChangeDetail {
  scenario: Partial<Record<keyof ScenarioInput, string>>; link: string;
  fullTimeHire: { annualCost: Decimal; firstYearCost: Decimal }; partTimeHire: { annualCost: Decimal; firstYearCost: Decimal };
  sharedTime: { annualCost: Decimal; firstYearCost: Decimal };
  breakEven: { daysPerWeek: Decimal | null; firstYearDaysPerWeek: Decimal | null };
  savings: { amount: Decimal; percent: Decimal; firstYearAmount: Decimal };
}
"#;
