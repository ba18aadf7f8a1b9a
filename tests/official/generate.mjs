// Generates tests/official/fixture.json: reference values computed by the
// official URSSAF publicodes rules (modele-social) for a grid of full-time CDI
// cases, followed by a grid of part-time CDI cases.  Run from the repo root:
//   node tests/official/generate.mjs
//
// The output is deterministic (no timestamps, fixed iteration order).
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Engine from 'publicodes'
import rules from 'modele-social'

const here = dirname(fileURLToPath(import.meta.url))
const OUT = join(here, 'fixture.json')

// ---------------------------------------------------------------------------
// Engine + version checks
// ---------------------------------------------------------------------------
const pkgVersion = (name) =>
	JSON.parse(readFileSync(join(here, '..', '..', 'node_modules', name, 'package.json'), 'utf8'))
		.version
const EXPECTED = { modeleSocial: '11.1.0', publicodes: '1.10.3' }
const versions = { modeleSocial: pkgVersion('modele-social'), publicodes: pkgVersion('publicodes') }
for (const k of Object.keys(EXPECTED)) {
	if (versions[k] !== EXPECTED[k]) {
		throw new Error(`${k} is ${versions[k]}, expected ${EXPECTED[k]} (see package.json)`)
	}
}

const silent = { log() {}, warn() {}, error() {} }
const engine = new Engine(rules, { logger: silent })

// ---------------------------------------------------------------------------
// Rule names
// ---------------------------------------------------------------------------
const C = 'salarié . cotisations . '
// Each id maps to a publicodes rule; `tranche` (1-based) selects one tranche of
// a `barème` rule (the engine's per-tranche amount).
const EMPLOYER = {
	maladie: { rule: C + 'maladie . employeur' },
	vieillesse_plafonnee: { rule: C + 'vieillesse . employeur . plafonnée' },
	vieillesse_deplafonnee: { rule: C + 'vieillesse . employeur . déplafonnée' },
	allocations_familiales: { rule: C + 'allocations familiales' },
	assurance_chomage: { rule: C + 'chômage' },
	ags: { rule: C + 'AGS' },
	agirc_arrco_t1: { rule: C + 'retraite complémentaire . employeur', tranche: 1 },
	agirc_arrco_t2: { rule: C + 'retraite complémentaire . employeur', tranche: 2 },
	ceg_t1: { rule: C + 'CEG . employeur', tranche: 1 },
	ceg_t2: { rule: C + 'CEG . employeur', tranche: 2 },
	cet: { rule: C + 'CET . employeur' },
	apec: { rule: C + 'APEC . employeur' },
	prevoyance_cadres: { rule: C + 'prévoyances . employeur . cadres' },
	fnal: { rule: C + 'FNAL' },
	csa: { rule: C + 'CSA' },
	formation_professionnelle: { rule: C + 'formation professionnelle' },
	taxe_apprentissage: { rule: C + "taxe d'apprentissage . base" },
	taxe_apprentissage_solde: { rule: C + "taxe d'apprentissage . solde" },
	contribution_supplementaire_apprentissage: {
		rule: C + "taxe d'apprentissage . contribution supplémentaire",
	},
	peec: { rule: C + 'PEEC' },
	dialogue_social: { rule: C + 'contribution au dialogue social' },
	at_mp: { rule: C + 'ATMP' },
	versement_mobilite: { rule: C + 'versement mobilité' },
	forfait_social: { rule: C + 'forfait social' },
	complementaire_sante: { rule: C + 'prévoyances . santé . employeur' },
	// Deduction (positive amount, subtracted from the employer total).
	rgdu: { rule: C + 'exonérations . RGDU', deduction: true },
}
const EMPLOYEE = {
	vieillesse_plafonnee: { rule: C + 'vieillesse . salarié . plafonnée' },
	vieillesse_deplafonnee: { rule: C + 'vieillesse . salarié . déplafonnée' },
	agirc_arrco_t1: { rule: C + 'retraite complémentaire . salarié', tranche: 1 },
	agirc_arrco_t2: { rule: C + 'retraite complémentaire . salarié', tranche: 2 },
	ceg_t1: { rule: C + 'CEG . salarié', tranche: 1 },
	ceg_t2: { rule: C + 'CEG . salarié', tranche: 2 },
	cet: { rule: C + 'CET . salarié' },
	apec: { rule: C + 'APEC . salarié' },
	csg_deductible: { rule: C + 'CSG-CRDS . CSG . déductible' },
	csg_non_deductible: { rule: C + 'CSG-CRDS . CSG . non déductible' },
	crds: { rule: C + 'CSG-CRDS . CRDS' },
	complementaire_sante: { rule: C + 'prévoyances . santé . salarié' },
}
const TOTALS = {
	cout_total_employeur: 'salarié . coût total employeur',
	brut: 'salarié . rémunération . brut',
	net_a_payer_avant_impot: 'salarié . rémunération . net . à payer avant impôt',
	net_imposable: 'salarié . rémunération . net . imposable',
	cotisations_employeur: 'salarié . cotisations . employeur',
	cotisations_salarie: 'salarié . cotisations . salarié',
	exonerations_employeur: 'salarié . cotisations . exonérations . employeur',
}
const INTERMEDIATES = {
	assiette: { rule: C + 'assiette' },
	assiette_csg_crds: { rule: C + 'CSG-CRDS . assiette de base' },
	pss: { rule: 'salarié . temps de travail . plafond sécurité sociale' },
	smic: { rule: 'salarié . temps de travail . SMIC' },
	rgdu_coefficient: { rule: C + 'exonérations . RGDU . coefficient', unitless: true },
	prevoyances_employeur: { rule: C + 'prévoyances . employeur' },
}
// Every other rule that is a term of `salarié . cotisations . employeur` /
// `. salarié` / the exonérations.  They are evaluated for every case and must be
// zero / not applicable (the generator aborts otherwise).
const MUST_BE_ZERO = [
	C + 'CPF CDD',
	C + 'prévoyances . conventionnelle . employeur',
	C + 'prévoyances . conventionnelle . salarié',
	C + 'maladie . salarié',
	C + 'CSG-CRDS . sur revenus non imposables',
	C + 'CSG-CRDS . revenus de remplacement',
	C + 'exonérations . heures supplémentaires . employeur',
	C + 'exonérations . heures supplémentaires . salarié',
	C + 'exonérations . lodeom . montant',
	C + 'exonérations . JEI . montant',
	C + 'exonérations . Acre . employeur',
	C + 'exonérations . Acre . salarié',
	C + 'exonérations . salarié',
	C + 'prévoyances . employeur . non déductible socialement',
	'salarié . rémunération . frais professionnels',
	'salarié . rémunération . avantages en nature . montant',
	'salarié . rémunération . primes',
	'salarié . rémunération . heures supplémentaires',
	'salarié . rémunération . heures complémentaires',
	'salarié . activité partielle . indemnités',
	'salarié . régimes spécifiques . taxe sur les salaires',
	'salarié . régimes spécifiques . apprentissage . participation employeur',
	'salarié . coût total employeur . aides',
]

// ---------------------------------------------------------------------------
// Situation
// ---------------------------------------------------------------------------
const BASE_SITUATION = {
	'salarié . contrat': "'CDI'",
	'établissement . taux ATMP': '2.08 %',
	'salarié . cotisations . prévoyances . santé . montant': '40 €/mois',
	'salarié . cotisations . prévoyances . santé . taux employeur': '50 %',
	// `entreprise . salariés . ratio alternants` is left at its default (0 %).
}

// Part-time cases (`weeklyHours` set) add the two part-time rules; the engine
// then derives the working-time ratio itself (see PART_TIME below).
const PART_TIME = 'salarié . contrat . temps de travail . temps partiel'
// The decree of June 2026 amending CSS D241-7 keeps the SMIC of 1 January 2026
// (12.02 €/h) for the RGDU all year; modele-social 11.1.0 predates it and uses
// the SMIC in force (12.31 €/h from June). From June, the RGDU's SMIC rule is
// given the engine's own formula with the January hourly SMIC (see README,
// "The law past the engine"); mon-entreprise made the same change later (PR #4622).
const RGDU_SMIC = 'salarié . temps de travail . SMIC'
const SUPPORT = 'salarié . cotisations . ATMP . taux fonctions support'
function situationFor({ gross, cadre, headcount, mobility, date, weeklyHours, supportFunction }) {
	const s = {}
	if (date) s.date = date
	else s[RGDU_SMIC] = `salarié . temps de travail * ${SMIC_HOURLY_JAN_TEXT}`
	s['salarié . contrat . salaire brut'] = `${gross} €/an`
	s['salarié . contrat . statut cadre'] = cadre ? 'oui' : 'non'
	s['entreprise . salariés . effectif'] = `${headcount} employé`
	s['établissement . commune . taux versement mobilité'] = `${mobility} %`
	if (weeklyHours !== undefined) {
		s[PART_TIME] = 'oui'
		s[PART_TIME + ' . heures par semaine'] = `${weeklyHours} heure/semaine`
	}
	if (supportFunction) s[SUPPORT] = 'oui'
	Object.assign(s, BASE_SITUATION)
	return s
}

// ---------------------------------------------------------------------------
// Evaluation helpers
// ---------------------------------------------------------------------------
const unitStr = (u) =>
	u ? `${u.numerators.join('.')}/${u.denominators.join('.')}` : ''

function toAnnual(value, unit, ctx) {
	if (value === null || value === undefined || value === false || value === 0) return 0
	if (typeof value !== 'number') throw new Error(`${ctx}: non-numeric value ${value}`)
	const u = unitStr(unit)
	if (u === '€/mois') return value * 12
	if (u === '€/an') return value
	throw new Error(`${ctx}: unexpected unit ${u}`)
}

function findBareme(node, seen = new Set()) {
	if (!node || typeof node !== 'object' || seen.has(node)) return null
	seen.add(node)
	if (node.nodeKind === 'barème') return node
	for (const v of Object.values(node)) {
		const r = Array.isArray(v)
			? v.map((x) => findBareme(x, seen)).find(Boolean)
			: findBareme(v, seen)
		if (r) return r
	}
	return null
}

function evalLine(spec, ctx) {
	const ev = engine.evaluate(spec.rule)
	if (spec.unitless) return ev.nodeValue ?? 0
	if (!spec.tranche) return toAnnual(ev.nodeValue, ev.unit, `${ctx} ${spec.rule}`)
	const b = findBareme(ev)
	if (!b) throw new Error(`${ctx}: no barème under ${spec.rule}`)
	const t = b.explanation.tranches[spec.tranche - 1]
	const v = ev.nodeValue === null ? 0 : t.nodeValue
	return toAnnual(v, b.explanation.assiette.unit, `${ctx} ${spec.rule} T${spec.tranche}`)
}

// 1e-6 € is far below any meaningful difference and keeps the file small.
const r6 = (x) => {
	const v = Math.round(x * 1e6) / 1e6
	return Object.is(v, -0) ? 0 : v
}

const nonZero = new Set()

function evaluateCase(inputs) {
	const situation = situationFor(inputs)
	engine.setSituation(situation)
	const ctx = JSON.stringify(inputs)
	const totals = {}
	for (const [id, rule] of Object.entries(TOTALS)) {
		const ev = engine.evaluate(rule)
		totals[id] = toAnnual(ev.nodeValue, ev.unit, `${ctx} ${rule}`)
	}
	const employer = {}
	for (const [id, spec] of Object.entries(EMPLOYER)) {
		employer[id] = evalLine(spec, ctx)
		if (employer[id] !== 0) nonZero.add(`employer.${id}`)
	}
	const employee = {}
	for (const [id, spec] of Object.entries(EMPLOYEE)) {
		employee[id] = evalLine(spec, ctx)
		if (employee[id] !== 0) nonZero.add(`employee.${id}`)
	}
	const intermediates = {}
	for (const [id, spec] of Object.entries(INTERMEDIATES)) {
		intermediates[id] = evalLine(spec, ctx)
	}
	for (const rule of MUST_BE_ZERO) {
		const v = engine.evaluate(rule).nodeValue
		if (v !== null && v !== undefined && v !== false && v !== 0) {
			throw new Error(`${ctx}: ${rule} = ${v}, expected 0 / not applicable`)
		}
	}

	// Consistency checks: our lines must add up to the engine totals.
	const sumEmployer =
		Object.entries(employer)
			.filter(([id]) => !EMPLOYER[id].deduction)
			.reduce((a, [, v]) => a + v, 0) - employer.rgdu
	const sumEmployee = Object.values(employee).reduce((a, v) => a + v, 0)
	const checks = [
		['cotisations_employeur', sumEmployer, totals.cotisations_employeur],
		['cotisations_salarie', sumEmployee, totals.cotisations_salarie],
		['exonerations_employeur', employer.rgdu, totals.exonerations_employeur],
		['cout_total_employeur', totals.brut + totals.cotisations_employeur, totals.cout_total_employeur],
		['net_a_payer_avant_impot', totals.brut - totals.cotisations_salarie, totals.net_a_payer_avant_impot],
	]
	for (const [name, a, b] of checks) {
		if (Math.abs(a - b) > 1e-6) throw new Error(`${ctx}: ${name} mismatch ${a} vs ${b}`)
	}
	// The salary we set is the whole gross (no overtime, bonus, …).
	if (Math.abs(totals.brut - inputs.gross) > 1e-6) {
		throw new Error(`${ctx}: brut ${totals.brut} differs from the input gross`)
	}

	// Part time: the engine's working-time ratio must be weeklyHours / 35, and
	// only the proratised PSS / SMIC may move (checked against our reading of the
	// rules, see README "Part time").
	let quotite
	if (inputs.weeklyHours !== undefined) {
		const q = inputs.weeklyHours / 35
		const qs = [
			'salarié . contrat . temps de travail . quotité',
			'salarié . temps de travail . quotité',
			'salarié . temps de travail . effectif . quotité',
		].map((r) => {
			const ev = engine.evaluate(r)
			if (unitStr(ev.unit) !== '%/') throw new Error(`${ctx}: ${r} unit ${unitStr(ev.unit)}`)
			return ev.nodeValue
		})
		for (const v of qs) {
			if (Math.abs(v / 100 - q) > 1e-12) throw new Error(`${ctx}: quotité ${v} % ≠ ${q}`)
		}
		quotite = qs[2] // the one the PSS uses
		// The RGDU's SMIC is January's all year (the decree of June 2026).
		const expect = [
			['pss', PASS * q],
			['smic', SMIC_AN_JAN * q],
		]
		for (const [id, v] of expect) {
			if (Math.abs(intermediates[id] - v) > 1e-6) {
				throw new Error(`${ctx}: ${id} ${intermediates[id]} ≠ ${v}`)
			}
		}
		// Prévoyance cadres stays capped at the FULL PSS (not proratised).
		const prev = inputs.cadre ? 0.015 * Math.min(inputs.gross, PASS) : 0
		if (Math.abs(employer.prevoyance_cadres - prev) > 1e-6) {
			throw new Error(`${ctx}: prévoyance cadres ${employer.prevoyance_cadres} ≠ ${prev}`)
		}
	}

	const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, r6(v)]))
	return {
		inputs,
		situation,
		totals: round(totals),
		employer: round(employer),
		employee: round(employee),
		intermediates: {
			...round(intermediates),
			rgdu_coefficient: intermediates.rgdu_coefficient,
			// Part-time cases only: the engine's ratio, in %, unrounded.
			...(quotite === undefined ? {} : { quotite_percent: quotite }),
		},
	}
}

// ---------------------------------------------------------------------------
// Grid
// ---------------------------------------------------------------------------
// Engine constants (evaluated, not hard-coded) at the default date.
engine.setSituation({})
const RULES_DATE = engine.evaluate('date').nodeValue
const smicMonthly = engine.evaluate('SMIC').nodeValue
const smicHourly = engine.evaluate('SMIC . horaire').nodeValue
const pssMonthly = engine.evaluate('plafond sécurité sociale').nodeValue
engine.setSituation({ date: '01/01/2026' })
const smicMonthlyJan = engine.evaluate('SMIC').nodeValue
const smicHourlyJan = engine.evaluate('SMIC . horaire').nodeValue
engine.setSituation({})
const SMIC_HOURLY_JAN_TEXT = `${smicHourlyJan} €/heure`

const cents = (x) => Math.round(x * 100) / 100
const SMIC_AN = cents(smicMonthly * 12) // 22 404.20 € (12.31 €/h × 1820 h)
const SMIC_AN_JAN = cents(smicMonthlyJan * 12) // 21 876.40 € (12.02 €/h × 1820 h)
const PASS = pssMonthly * 12 // 48 060 €
const around = (x) => [cents(x * 0.995), cents(x - 1), cents(x), cents(x + 1), cents(x * 1.005)]

const SPREAD = [
	23000, 24000, 25000, 27000, 30000, 33000, 36000, 40000, 45000, 50000, 55000, 60000,
	65000, 70000, 80000, 90000, 100000, 120000, 150000, 180000, 220000, 260000, 300000,
	340000,
]
const salaries = [
	...new Set(
		[
			SMIC_AN_JAN, // below the July SMIC: RGDU coefficient hits its cap
			SMIC_AN,
			cents(SMIC_AN + 1),
			...SPREAD,
			...around(3 * SMIC_AN), // RGDU cut-off
			...around(PASS), // tranche 1 / CET / FNAL<50 / prévoyance cadres cap
			...around(4 * PASS), // chômage, AGS, APEC cap; CSG 98.25 % abatement
			...around(8 * PASS), // AGIRC-ARRCO T2 / CEG T2 / CET cap
		].map(cents),
	),
].sort((a, b) => a - b)

const HEADCOUNTS = [1, 10, 11, 49, 50, 249, 250, 2000]
const MOBILITY = [0, 3.2]
const CADRE = [false, true]

const cases = []
// Main grid, at the rules' default date: every salary × cadre/non-cadre × every
// headcount; the mobility rate alternates deterministically so that each
// (headcount, cadre, mobility) combination is covered on half of the salaries
// (the full cross product would exceed the 2 MB budget).
salaries.forEach((gross, i) =>
	CADRE.forEach((cadre, c) =>
		HEADCOUNTS.forEach((headcount, h) =>
			cases.push({ gross, cadre, headcount, mobility: MOBILITY[(i + h + c) % 2] }),
		),
	),
)
// January grid: SMIC 12.02 €/h (situation date 01/01/2026); every salary ×
// cadre/non-cadre, headcount alternating 10 / 50, mobility 0.
const JAN_SALARIES = [
	...new Set([SMIC_AN_JAN, cents(SMIC_AN_JAN + 1), ...around(3 * SMIC_AN_JAN), ...salaries]),
].sort((a, b) => a - b)
const JAN_HEADCOUNTS = [10, 50]
JAN_SALARIES.forEach((gross, i) =>
	CADRE.forEach((cadre, c) =>
		cases.push({ gross, cadre, headcount: JAN_HEADCOUNTS[(i + c) % 2], mobility: 0, date: '01/01/2026' }),
	),
)

// Worked examples quoted in the rules report (added unless already in the grid).
const SAMPLES = [
	{ gross: 55000, cadre: true, headcount: 50, mobility: 0 },
	{ gross: SMIC_AN, cadre: false, headcount: 10, mobility: 0 },
	{ gross: 100000, cadre: true, headcount: 250, mobility: 3.2 },
]
const key = (c) => JSON.stringify([c.date, c.gross, c.cadre, c.headcount, c.mobility])
const seenKeys = new Set(cases.map(key))
for (const c of SAMPLES) if (!seenKeys.has(key(c))) cases.push(c)

// Part-time grid (appended last so that the full-time cases above keep their
// ids and order), at the rules' default date: every weekly hours × every
// full-time-equivalent salary × cadre/non-cadre × headcount 20 / 50, mobility 0.
// The gross is the part-time salary actually paid: cents(hours / 35 × FTE).
// `workTimePercent` is hours / 35 × 100 rounded to 1e-6 (the engine uses the
// exact ratio, see intermediates.quotite_percent); `weeklyHours` is the input
// the engine is given.
const PART_TIME_HOURS = [7, 14, 21, 24, 28]
const PART_TIME_FTE = [23000, 40000, 55000, 67000, 70000, 85000, 120000, 200000]
const PART_TIME_HEADCOUNTS = [20, 50]
for (const weeklyHours of PART_TIME_HOURS)
	for (const fte of PART_TIME_FTE)
		for (const cadre of CADRE)
			for (const headcount of PART_TIME_HEADCOUNTS)
				cases.push({
					gross: cents((weeklyHours / 35) * fte),
					cadre,
					headcount,
					mobility: 0,
					workTimePercent: r6((weeklyHours / 35) * 100),
					weeklyHours,
				})

// The decree's grid (appended after the part-time cases, so that every case
// above keeps its id and order): around the RGDU's cut-off from June, 3 × the
// January SMIC (65 629.20 €), which the main grid does not straddle.
for (const gross of around(3 * SMIC_AN_JAN))
	for (const cadre of CADRE)
		for (const headcount of JAN_HEADCOUNTS) cases.push({ gross, cadre, headcount, mobility: 0 })

// The AT/MP support-function rate (`taux fonctions support`, on the employer's
// request, under 20 employees): each salary × cadre × a headcount on each side
// of 20, in each period.
const SUPPORT_SALARIES = [cents(SMIC_AN + 1), 40000, 55000, 85000, 120000]
const SUPPORT_HEADCOUNTS = [1, 10, 19, 20, 50]
for (const date of [undefined, '01/01/2026'])
	for (const gross of SUPPORT_SALARIES)
		for (const cadre of CADRE)
			for (const headcount of SUPPORT_HEADCOUNTS)
				cases.push({ gross, cadre, headcount, mobility: 0, supportFunction: true, ...(date ? { date } : {}) })

const results = []
const t0 = Date.now()
for (const inputs of cases) {
	const id =
		`${inputs.date ?? RULES_DATE}|brut=${inputs.gross}|cadre=${inputs.cadre ? 1 : 0}` +
		`|effectif=${inputs.headcount}|vm=${inputs.mobility}` +
		(inputs.weeklyHours === undefined ? '' : `|heures=${inputs.weeklyHours}`) +
		(inputs.supportFunction ? '|support=1' : '')
	results.push({ id, date: inputs.date ?? RULES_DATE, ...evaluateCase(inputs) })
}
const elapsed = Date.now() - t0

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------
const ruleNames = {
	employer: Object.fromEntries(
		Object.entries(EMPLOYER).map(([id, s]) => [
			id,
			s.tranche ? `${s.rule} [barème tranche ${s.tranche}]` : s.rule,
		]),
	),
	employee: Object.fromEntries(
		Object.entries(EMPLOYEE).map(([id, s]) => [
			id,
			s.tranche ? `${s.rule} [barème tranche ${s.tranche}]` : s.rule,
		]),
	),
	totals: TOTALS,
	intermediates: Object.fromEntries(Object.entries(INTERMEDIATES).map(([id, s]) => [id, s.rule])),
}

const header = {
	description:
		'Reference values from the official URSSAF publicodes rules (modele-social) for a full-time CDI ' +
		'in metropolitan France (not Alsace-Moselle), plus part-time CDI cases (inputs.workTimePercent, ' +
		'see grid.partTime). All amounts are annual euros: the engine computes ' +
		'monthly (€/mois) amounts without any rounding (except the RGDU coefficient, rounded to 4 decimals) ' +
		'and annual = monthly × 12. Values are rounded here to 1e-6 €. Not-applicable lines are 0. ' +
		'employer.rgdu is a deduction (positive number): totals.cotisations_employeur = ' +
		'sum(employer lines except rgdu) − rgdu; totals.cotisations_salarie = sum(employee lines); ' +
		'cout_total_employeur = brut + cotisations_employeur; net_a_payer_avant_impot = brut − cotisations_salarie.',
	engine: versions,
	rulesDate: RULES_DATE,
	regenerate: 'node tests/official/generate.mjs',
	constants: {
		smicHoraire: { [RULES_DATE]: smicHourly, '01/01/2026': smicHourlyJan },
		smicMensuel: { [RULES_DATE]: smicMonthly, '01/01/2026': smicMonthlyJan },
		smicAnnuel: { [RULES_DATE]: SMIC_AN, '01/01/2026': SMIC_AN_JAN },
		plafondSecuriteSocialeMensuel: pssMonthly,
		plafondAnnuelSecuriteSociale: PASS,
	},
	baseSituation: BASE_SITUATION,
	defaultsReliedOn: {
		'entreprise . salariés . ratio alternants': '0 % (default, not set)',
		'établissement . commune': 'not set (no Alsace-Moselle, no outre-mer)',
		'salarié . contrat . temps de travail . temps partiel':
			"non (default) except in the part-time cases ('oui' + 'heures par semaine')",
		'salarié . cotisations . prévoyances . conventionnelle': 'non applicable (engine)',
	},
	grid: {
		salaries,
		headcounts: HEADCOUNTS,
		mobilityPercent: MOBILITY,
		cadre: CADRE,
		main:
			`at ${RULES_DATE} (date not set in the situation): every salary × cadre {false,true} × every headcount; ` +
			'mobility = mobilityPercent[(salaryIndex + headcountIndex + cadreIndex) % 2]',
		january:
			'situation date 01/01/2026: every januarySalaries × cadre {false,true}; ' +
			'headcount = [10, 50][(salaryIndex + cadreIndex) % 2]; mobility 0',
		januarySalaries: JAN_SALARIES,
		samples: SAMPLES,
		partTime: {
			weeklyHours: PART_TIME_HOURS,
			fullTimeEquivalentSalaries: PART_TIME_FTE,
			headcounts: PART_TIME_HEADCOUNTS,
			cadre: CADRE,
			description:
				`at ${RULES_DATE}, appended after all full-time cases: every weeklyHours × every ` +
				'fullTimeEquivalentSalaries × cadre {false,true} × headcount {20,50}, mobility 0; ' +
				'gross = cents(weeklyHours / 35 × FTE) (the part-time salary actually paid); ' +
				'inputs.workTimePercent = round(weeklyHours / 35 × 100, 6 decimals); ' +
				"situation adds '" + PART_TIME + "': 'oui' and '" + PART_TIME + " . heures par semaine'. " +
				'The engine prorates the PSS (all T1/T2, 4-PSS, 8-PSS caps, FNAL cap, CET condition, CSG 4-PSS ' +
				'abatement limit) and the RGDU SMIC by quotité = hours / 35 (unrounded); the prévoyance cadres ' +
				'cap stays at the full PSS and the health plan is not prorated.',
		},
		rgduDecree:
			`from ${RULES_DATE} (no situation date), every case's situation gives '${RGDU_SMIC}' the ` +
			`engine's formula with the January 2026 hourly SMIC (${SMIC_HOURLY_JAN_TEXT}): the decree of ` +
			'June 2026 amending CSS D241-7 keeps it for the RGDU all year; modele-social 11.1.0 predates it. ' +
			'Appended after the part-time cases: around(3 × January SMIC) × cadre {false,true} × headcount {10,50}, mobility 0.',
		supportFunction: {
			salaries: SUPPORT_SALARIES,
			headcounts: SUPPORT_HEADCOUNTS,
			description:
				`appended last: at ${RULES_DATE} and 01/01/2026, every salary × cadre {false,true} × headcount, ` +
				`mobility 0, with '${SUPPORT}': 'oui' (inputs.supportFunction); the engine applies the ` +
				'support-function rate below 20 employees and the establishment rate (2.08 %) from 20.',
		},
	},
	ruleNames,
	mustBeZeroRules: MUST_BE_ZERO,
	nonZeroLines: [...nonZero].sort(),
	caseCount: results.length,
}

function serializeCase(c) {
	const j = (o) => JSON.stringify(o)
	return [
		`    {"id": ${j(c.id)}, "date": ${j(c.date)}, "inputs": ${j(c.inputs)},`,
		`     "situation": ${j(c.situation)},`,
		`     "totals": ${j(c.totals)},`,
		`     "employer": ${j(c.employer)},`,
		`     "employee": ${j(c.employee)},`,
		`     "intermediates": ${j(c.intermediates)}}`,
	].join('\n')
}

const headerJson = JSON.stringify(header, null, 2)
const text =
	headerJson.slice(0, -2) +
	',\n  "cases": [\n' +
	results.map(serializeCase).join(',\n') +
	'\n  ]\n}\n'
JSON.parse(text) // sanity
writeFileSync(OUT, text)
console.log(
	`wrote ${OUT}: ${results.length} cases, ${(text.length / 1024).toFixed(0)} KiB, ` +
		`${(elapsed / results.length).toFixed(1)} ms/case`,
)
