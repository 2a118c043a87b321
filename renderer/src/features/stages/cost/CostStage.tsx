import { CircleAlert, CircleCheck, TriangleAlert } from 'lucide-react';
import { useCallback, useMemo, type ReactNode } from 'react';
import { LIFECYCLE_FIELD_LABELS, type LifecycleResult } from '../../../../../shared/cost';
import type { LifecycleCost } from '../../../../../shared/domain/cost';
import { LIMITS } from '../../../../../shared/domain/limits';
import type { FieldPath } from '../../../../../shared/editing/field-path';
import { joinWords } from '../../../../../shared/text';
import { AutosaveParsedField, formatWholeNumber, parseWholeNumber } from '../../../editing/AutosaveParsedField';
import { ChoiceField } from '../../../editing/ChoiceField';
import { fieldAttribute } from '../../../editing/field-focus';
import type { StageProps } from '../stage-props';
import { setCurrency } from './cost-recipes';
import { describePayback, describeTransitionRatio, formatReturn, lifecycleOf } from './cost-figures';
import { LifecycleChart } from './LifecycleChart';
import { formatCents, formatCentsForInput, parseMoneyToCents } from '../../../../../shared/cost/cents';
import { NullableDateField } from '../../../editing/NullableDateField';
import './cost.css';

/** The currencies a facilitator is most likely to need; the workshop's own is added if it is another. */
export const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'JPY', 'CAD', 'AUD', 'INR'] as const;

type MoneyKey =
  | 'prototypeCents'
  | 'transitionCents'
  | 'operationsPerYearCents'
  | 'maintenancePerYearCents'
  | 'benefitPerYearCents'
  | 'revalidationPerYearCents';

/** Stable paths, so a field does not re-sync its text on every render. */
const PATH = {
  currency: ['cost', 'currency'],
  prototypeCents: ['cost', 'prototypeCents'],
  transitionCents: ['cost', 'transitionCents'],
  operationsPerYearCents: ['cost', 'operationsPerYearCents'],
  maintenancePerYearCents: ['cost', 'maintenancePerYearCents'],
  benefitPerYearCents: ['cost', 'benefitPerYearCents'],
  horizonYears: ['cost', 'horizonYears'],
  goLiveDate: ['cost', 'goLiveDate'],
  runningCostApprovedYears: ['cost', 'runningCostApprovedYears'],
  revalidationPerYearCents: ['cost', 'revalidationPerYearCents'],
} as const satisfies Record<string, FieldPath>;

const parseHorizon = parseWholeNumber(0, LIMITS.horizonYears);

/** The room's own conventions for numbers ("150,000" or "150.000"); Playwright runs as en-US. */
const browserLocale = () => (typeof navigator === 'undefined' ? 'en' : navigator.language || 'en');

export function CostStage({ workshop, edit }: StageProps) {
  const { cost } = workshop;
  const locale = browserLocale();
  const result = useMemo(() => lifecycleOf(cost), [cost]);
  const currencyOptions = useMemo(() => currencyChoices(cost.currency, locale), [cost.currency, locale]);

  const parseMoney = useCallback((text: string) => parseMoneyToCents(text, cost.currency, locale), [cost.currency, locale]);
  const formatMoneyInput = useCallback(
    (cents: number | null) => formatCentsForInput(cents, cost.currency, locale),
    [cost.currency, locale],
  );

  const moneyField = (key: MoneyKey, label: string, hint: string) => (
    <AutosaveParsedField<number | null>
      workshopId={workshop.id}
      path={PATH[key]}
      value={cost[key]}
      label={label}
      hint={hint}
      parse={parseMoney}
      format={formatMoneyInput}
    />
  );

  return (
    <div className="cost-stage">
      <div className="cost-layout">
        <section className="card cost-inputs" aria-labelledby="cost-inputs-title">
          <h2 id="cost-inputs-title">The figures</h2>
          <p className="muted cost-inputs-note">
            Type amounts the way you say them: 50k, 1.2m or 150,000. The horizon is whole years after go-live, 0 to{' '}
            {LIMITS.horizonYears}.
          </p>
          <div className="cost-frame">
            <ChoiceField<string>
              path={PATH.currency}
              label="Currency"
              value={cost.currency}
              options={currencyOptions}
              onChange={(currency) => edit(setCurrency(currency))}
            />
            <AutosaveParsedField<number | null>
              workshopId={workshop.id}
              path={PATH.horizonYears}
              value={cost.horizonYears}
              label="Horizon in years"
              parse={parseHorizon}
              format={formatWholeNumber}
              inputMode="numeric"
            />
          </div>
          <fieldset className="cost-group">
            <legend>Once, before go-live</legend>
            {moneyField('prototypeCents', 'Prototype', 'Building the pilot.')}
            {moneyField('transitionCents', 'Transition to production', 'The rebuild to production standards: often about 3× the prototype.')}
          </fieldset>
          <fieldset className="cost-group">
            <legend>Every year in production</legend>
            {moneyField('operationsPerYearCents', 'Operations per year', 'Hosting, model usage, licences, the people who run it.')}
            {moneyField('maintenancePerYearCents', 'Maintenance per year', 'Fixes, model and prompt updates, upgrades.')}
            {moneyField('benefitPerYearCents', 'Benefit per year', 'What it is worth each year once live: time saved, errors avoided.')}
          </fieldset>
          <fieldset className="cost-group">
            <legend>Approved and set aside</legend>
            <AutosaveParsedField<number | null>
              workshopId={workshop.id}
              path={PATH.runningCostApprovedYears}
              value={cost.runningCostApprovedYears}
              label="Running cost approved for (years)"
              hint="How many years of running cost finance has signed off, against the horizon."
              parse={parseHorizon}
              format={formatWholeNumber}
              inputMode="numeric"
            />
            {moneyField(
              'revalidationPerYearCents',
              'Re-validation budget per year',
              'Re-running the quality gate after model or prompt changes. Not added to the totals.',
            )}
          </fieldset>
          <NullableDateField
            workshopId={workshop.id}
            path={PATH.goLiveDate}
            value={cost.goLiveDate}
            label="Go-live date"
            hint="Optional: puts a date on the payback month."
          />
        </section>

        <section className="card cost-results" aria-labelledby="cost-results-title" {...fieldAttribute(['cost'])} tabIndex={-1}>
          <h2 id="cost-results-title">Does the benefit pay for the whole life?</h2>
          <Gate result={result} />
          <Figures result={result} cost={cost} locale={locale} />
        </section>
      </div>

      <section className="card" aria-labelledby="cost-chart-title">
        <h2 id="cost-chart-title">Cost against benefit over time</h2>
        {result.series === null || cost.horizonYears === null ? (
          <p className="empty-note">The chart appears once every figure and the horizon are entered.</p>
        ) : (
          <LifecycleChart
            series={result.series}
            horizonYears={cost.horizonYears}
            paybackMonth={result.paybackMonth}
            currency={cost.currency}
            locale={locale}
          />
        )}
      </section>
    </div>
  );
}

function Gate({ result }: { result: LifecycleResult }) {
  const { gate } = result;
  let tone: 'ok' | 'danger' | 'incomplete';
  let icon: ReactNode;
  let headline: string;
  let detail: string | null = null;
  if (gate.verdict === 'covers') {
    tone = 'ok';
    icon = <CircleCheck aria-hidden="true" size={34} />;
    headline = gate.message;
  } else if (gate.verdict === 'does-not-cover') {
    tone = 'danger';
    icon = <TriangleAlert aria-hidden="true" size={34} />;
    headline = gate.message;
    detail = 'Over the horizon, the benefit is less than the prototype, transition, operations and maintenance together.';
  } else {
    tone = 'incomplete';
    icon = <CircleAlert aria-hidden="true" size={34} />;
    const missing = gate.missing.map((field) => LIFECYCLE_FIELD_LABELS[field]);
    headline = missing.length > 0 ? `Incomplete: enter ${joinWords(missing)}` : 'Incomplete: check the figures';
    const problems = result.problems.filter((p) => p.field !== 'goLiveDate').map((p) => p.message);
    detail = problems.length > 0 ? problems.join(' ') : 'Then you can see whether the business case covers the full lifecycle.';
  }
  return (
    <div className={`cost-gate ${tone}`} role="status">
      {icon}
      <div>
        <p className="cost-gate-headline">{headline}</p>
        {detail && <p className="cost-gate-detail">{detail}</p>}
      </div>
    </div>
  );
}

function Figures({ result, cost, locale }: { result: LifecycleResult; cost: LifecycleCost; locale: string }) {
  const money = (cents: number | null) => (cents === null ? '—' : formatCents(cents, cost.currency, locale));
  const years = cost.horizonYears;
  const forYears = years === null ? '' : ` for ${String(years)} year${years === 1 ? '' : 's'}`;
  const payback = describePayback(result, locale);
  const ratio = describeTransitionRatio(result, locale);
  const netTone = result.netValue === null ? '' : result.netValue < 0 ? 'negative' : 'positive';

  return (
    <dl className="cost-figures">
      <Figure
        label="Total lifecycle cost"
        value={money(result.totalLifecycleCost)}
        detail={
          result.upfrontCost !== null && result.runningCostPerYear !== null && years !== null
            ? `${money(result.upfrontCost)} up front + ${money(result.runningCostPerYear)} a year${forYears}`
            : 'Prototype, transition, operations and maintenance.'
        }
      />
      <Figure
        label="Total benefit"
        value={money(result.totalBenefit)}
        detail={cost.benefitPerYearCents !== null && years !== null ? `${money(cost.benefitPerYearCents)} a year${forYears}` : 'Benefit per year × horizon.'}
      />
      <Figure label="Net value" value={money(result.netValue)} tone={netTone} detail="Total benefit minus total lifecycle cost." />
      <Figure
        label="Return"
        value={result.returnRatio === null ? '—' : formatReturn(result.returnRatio, locale)}
        tone={netTone}
        detail={result.returnRatio === null && result.totalLifecycleCost === 0 ? 'Nothing is spent, so there is no return to work out.' : 'Net value ÷ total lifecycle cost.'}
      />
      <Figure label="Payback" value={payback.value} detail={payback.detail} tone={result.paybackStatus === 'not-reached' ? 'negative' : ''} />
      <Figure
        label="Transition ÷ prototype"
        value={ratio.value}
        detail={ratio.detail}
        tone={result.warnings.transitionMissing || result.warnings.transitionFarBelowPrototype ? 'warning' : ''}
      />
    </dl>
  );
}

function Figure({ label, value, detail, tone = '' }: { label: string; value: string; detail: string; tone?: string }) {
  return (
    <div className={`cost-figure ${tone}`}>
      <dt>{label}</dt>
      <dd>
        <span className="cost-figure-value">{value}</span>
        <span className="cost-figure-detail">{detail}</span>
      </dd>
    </div>
  );
}

function currencyChoices(current: string, locale: string) {
  const codes: string[] = [...COMMON_CURRENCIES];
  if (!codes.includes(current)) codes.unshift(current);
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'currency' });
  } catch {
    names = null;
  }
  return codes.map((code) => {
    let name: string | undefined;
    try {
      name = names?.of(code);
    } catch {
      name = undefined;
    }
    return { value: code, label: name && name !== code ? `${code} · ${name}` : code };
  });
}
