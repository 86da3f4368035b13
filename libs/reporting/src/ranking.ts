// Ranking with care (issue 13 §2): a holder with too few requests, or no timed answer, is listed with the reason, not ranked.
import type { HolderReport, NotRankedHolder, RankedHolder, Ranking, Texts } from './annual-report';
import type { RankingRules } from './report-rules';

const NOT_RANKED_TEXTS = {
  too_few_requests: {
    kk: 'Кезеңде {received} сұрау алынды, {minimum}-ден аз: реттелмейді.',
    ru: 'В периоде получено {received} запросов, меньше {minimum}: не ранжируется.',
    en: 'Received {received} requests in the period, fewer than {minimum}: not ranked.',
  },
  no_timed_answers: {
    kk: 'Кезеңде уақыты белгіленген (мерзімінде не кешіктірілген) жауап жоқ: реттелмейді.',
    ru: 'В периоде нет ответов с итогом часов (в срок или с опозданием): не ранжируется.',
    en: 'No answer in the period was timed (on time or late): not ranked.',
  },
} as const satisfies Record<NotRankedHolder['reason'], Texts>;

function fill(text: Texts, values: Record<string, number>): Texts {
  const one = (template: string) => template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  return { kk: one(text.kk), ru: one(text.ru), en: one(text.en) };
}

export function rankingOf(holders: readonly HolderReport[], rules: RankingRules): Ranking {
  const candidates: { holderId: string; share: number; received: number }[] = [];
  const notRanked: NotRankedHolder[] = [];
  for (const holder of holders) {
    const { received, onTimeSharePercent } = holder.figures.requests;
    if (received < rules.minimumRequestsToRank) {
      const reason = 'too_few_requests';
      notRanked.push({ holderId: holder.holderId, reason, received, text: fill(NOT_RANKED_TEXTS[reason], { received, minimum: rules.minimumRequestsToRank }) });
    } else if (onTimeSharePercent === null) {
      const reason = 'no_timed_answers';
      notRanked.push({ holderId: holder.holderId, reason, received, text: NOT_RANKED_TEXTS[reason] });
    } else candidates.push({ holderId: holder.holderId, share: onTimeSharePercent, received });
  }
  candidates.sort((a, b) => b.share - a.share || (a.holderId < b.holderId ? -1 : a.holderId > b.holderId ? 1 : 0));
  const ranked: RankedHolder[] = candidates.map((candidate) => ({
    holderId: candidate.holderId,
    // Competition ranking: equal shares share the place of the first of them (1, 1, 3).
    rank: candidates.findIndex((other) => other.share === candidate.share) + 1,
    onTimeSharePercent: candidate.share,
    received: candidate.received,
  }));
  return { ranked, notRanked };
}
