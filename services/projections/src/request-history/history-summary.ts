import type { ClockEvent, RequestEvent } from '@od/contracts';
import { findSeededHolder, lastDayText } from '@od/domain';
import type { LocalizedText } from './history-entry.entity';

type Language = keyof LocalizedText;

function holderName(holderId: string, language: Language): string {
  return findSeededHolder(holderId)?.name[language] ?? holderId;
}

/** A clock's term as people read it: the last day the act is on time (not the exclusive due instant), Almaty time. */
const by = (dueAt: string): LocalizedText => each((l) => lastDayText(dueAt, l));

const ruleName: Partial<Record<ClockEvent['data']['rule'], LocalizedText>> = {
  R2: { kk: 'модерация (R2)', ru: 'модерация (R2)', en: 'moderation (R2)' },
  R3: { kk: 'қайтару (R3)', ru: 'возврат (R3)', en: 'return (R3)' },
  R4: { kk: 'жауап (R4)', ru: 'ответ (R4)', en: 'answer (R4)' },
  R5: { kk: 'ұзарту туралы хабарлау (R5)', ru: 'уведомление о продлении (R5)', en: 'telling of the extension (R5)' },
  R6: { kk: 'бас тарту (R6)', ru: 'отказ (R6)', en: 'refusal (R6)' },
};

function each(line: (language: Language) => string): LocalizedText {
  return { kk: line('kk'), ru: line('ru'), en: line('en') };
}

/** One short line per fact, in Kazakh, Russian and English (C2-style texts); pure. */
/** A request clock's rule by name (a request has only R2–R6 clocks; any other is named by its id). */
function nameOf(rule: ClockEvent['data']['rule']): LocalizedText {
  return ruleName[rule] ?? { kk: rule, ru: rule, en: rule };
}

export function summarize(event: RequestEvent | ClockEvent): LocalizedText {
  switch (event.type) {
    case 'RequestSubmitted':
      return each(
        (l) =>
          ({
            kk: `Сұрау «${holderName(event.data.holderId, l)}» жіберілді`,
            ru: `Запрос направлен: «${holderName(event.data.holderId, l)}»`,
            en: `Request sent to ${holderName(event.data.holderId, l)}`,
          })[l],
      );
    case 'RequestReceived':
      return each(
        (l) =>
          ({
            kk: `Сұрауды «${holderName(event.data.holderId, l)}» қабылдап алды`,
            ru: `Запрос получен: «${holderName(event.data.holderId, l)}»`,
            en: `Request received by ${holderName(event.data.holderId, l)}`,
          })[l],
      );
    case 'RequestAccepted':
      return { kk: 'Сұрау жауап беруге қабылданды', ru: 'Запрос принят к рассмотрению', en: 'Request accepted for an answer' };
    case 'RequestRedirected':
      return each(
        (l) =>
          ({
            kk: `Сұрау «${holderName(event.data.toHolderId, l)}» жолданды: ${event.data.reason}`,
            ru: `Запрос перенаправлен: «${holderName(event.data.toHolderId, l)}»: ${event.data.reason}`,
            en: `Request redirected to ${holderName(event.data.toHolderId, l)}: ${event.data.reason}`,
          })[l],
      );
    case 'RequestReturned':
      return {
        kk: `Сұрау қайтарылды: ${event.data.reasonText}`,
        ru: `Запрос возвращён: ${event.data.reasonText}`,
        en: `Request returned: ${event.data.reasonText}`,
      };
    case 'AnswerDrafted':
      return { kk: 'Жауап жобасы дайындалды', ru: 'Подготовлен проект ответа', en: 'An answer was drafted' };
    case 'RequestAnswered':
      return { kk: 'Сұрауға жауап берілді', ru: 'На запрос дан ответ', en: 'The request was answered' };
    case 'DeadlineExtended':
      return {
        kk: `Мерзім ${event.data.days} күнге ұзартылды: ${event.data.reason}`,
        ru: `Срок продлён на ${event.data.days} дн.: ${event.data.reason}`,
        en: `Term extended by ${event.data.days} days: ${event.data.reason}`,
      };
    case 'ExtensionNoticeSent':
      return { kk: 'Ұзарту туралы хабарланды', ru: 'Направлено уведомление о продлении', en: 'The user was told of the extension' };
    case 'RequestRefused':
      return {
        kk: `Сұраудан бас тартылды: ${event.data.reasonText}`,
        ru: `В предоставлении информации отказано: ${event.data.reasonText}`,
        en: `Request refused: ${event.data.reasonText}`,
      };
    case 'AnswerRated':
      return event.data.rating === 'like'
        ? { kk: 'Жауап бағаланды: ұнайды', ru: 'Ответ оценён: нравится', en: 'Answer rated: like' }
        : {
            kk: `Жауап бағаланды: ұнамайды (${event.data.reason ?? ''})`,
            ru: `Ответ оценён: не нравится (${event.data.reason ?? ''})`,
            en: `Answer rated: dislike (${event.data.reason ?? ''})`,
          };
    case 'ClockStarted': {
      const due = by(event.data.dueAt);
      return {
        kk: `Мерзім басталды — ${nameOf(event.data.rule).kk}: ${due.kk}`,
        ru: `Начат срок — ${nameOf(event.data.rule).ru}: ${due.ru}`,
        en: `Clock started — ${nameOf(event.data.rule).en}: ${due.en}`,
      };
    }
    case 'ClockStopped': {
      const r = nameOf(event.data.rule);
      if (event.data.outcome === 'superseded')
        return { kk: `Мерзім тоқтатылды — ${r.kk}`, ru: `Срок снят — ${r.ru}`, en: `Clock stopped — ${r.en}: no longer owed` };
      return event.data.late
        ? { kk: `Мерзім кешігіп орындалды — ${r.kk}`, ru: `Срок исполнен с опозданием — ${r.ru}`, en: `Clock met late — ${r.en}` }
        : { kk: `Мерзім уақытында орындалды — ${r.kk}`, ru: `Срок соблюдён — ${r.ru}`, en: `Clock met on time — ${r.en}` };
    }
    case 'ClockWarningIssued': {
      const due = by(event.data.dueAt);
      return {
        kk: `Ескерту — ${nameOf(event.data.rule).kk}: ${due.kk}`,
        ru: `Предупреждение — ${nameOf(event.data.rule).ru}: ${due.ru}`,
        en: `Warning — ${nameOf(event.data.rule).en}: ${due.en}`,
      };
    }
    case 'ClockBreached': {
      const r = nameOf(event.data.rule);
      return event.data.metLate
        ? {
            kk: `Мерзім бұзылды (кешігіп орындалды) — ${r.kk}`,
            ru: `Срок нарушен (исполнено с опозданием) — ${r.ru}`,
            en: `Deadline breached (met late) — ${r.en}`,
          }
        : { kk: `Мерзім бұзылды — ${r.kk}`, ru: `Срок нарушен — ${r.ru}`, en: `Deadline breached — ${r.en}` };
    }
    case 'ClockRecomputed': {
      const due = by(event.data.dueAt);
      return {
        kk: `Мерзім қайта есептелді — ${nameOf(event.data.rule).kk}: ${due.kk}`,
        ru: `Срок пересчитан — ${nameOf(event.data.rule).ru}: ${due.ru}`,
        en: `Term recomputed — ${nameOf(event.data.rule).en}: ${due.en} (${event.data.reason})`,
      };
    }
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}
