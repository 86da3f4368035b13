import type { ClockView, HolderView } from '@od/contracts';
import type { PortalLanguage } from '../../i18n/languages';
import type { Translate } from '../../i18n/translator';
import { clockInWords, holderNamer, ruleName, tagClassOf } from './agency-views';
import { CHART_STATUSES, chartGeometry, countClocks } from './clock-chart';

interface ClocksPageInputs {
  readonly language: PortalLanguage;
  readonly t: Translate;
  readonly holders: readonly HolderView[];
  /** The officer's page links a request's clocks to its page; the ministry's has no request pages. */
  readonly linkRequests: boolean;
}

/** The clock views (the officer's, the ministry's): the chart of counts, the same figures as a table, and each clock. */
export function clocksPage(clocks: readonly ClockView[], inputs: ClocksPageInputs) {
  const { language, t } = inputs;
  const holderName = holderNamer(inputs.holders, language);
  const counts = countClocks(clocks);
  const statusName = (status: string) => t(`agency.clock.status.${status}`);
  return {
    statuses: CHART_STATUSES.map((status) => ({ status, name: statusName(status) })),
    counts: counts.rules.map(({ rule, counts: byStatus }) => ({
      rule,
      name: ruleName(rule, t),
      cells: CHART_STATUSES.map((status) => byStatus[status]),
    })),
    chart: chartGeometry(counts),
    rows: clocks.map((clock) => ({
      rule: clock.rule,
      subject: t(`agencyTemplates.clocks.kind.${clock.kind}`, { id: clock.subjectId.slice(0, 8) }),
      href: inputs.linkRequests && clock.requestId ? `/agency/requests/${clock.requestId}` : null,
      holder: holderName(clock.holderId),
      status: statusName(clock.status),
      statusClass: tagClassOf(clock.status),
      overdue: clock.overdue,
      words: clockInWords(clock, language, t),
      mustAct: clock.open
        ? t('agencyTemplates.clocks.mustAct', {
            holder: holderName(clock.mustAct.holderId),
            roles: clock.mustAct.roles.map((role) => t(`agency.role.${role}`)).join(', '),
          })
        : t('agencyTemplates.clocks.nobody'),
    })),
  };
}
