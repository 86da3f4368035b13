import { earliestEndFor, earliestStartFor } from './conference-timing';
import {
  aTemplate,
  aTemplateFilled,
  aTemplateReturned,
  aTemplateSubmitted,
  admin,
  aConferenceApproved,
  at,
  calendar,
  CONFERENCE_ID,
  conferenceSpec,
  HOLDER,
  operator,
  otherAdmin,
  responder,
} from './conference-test-builders';
import type { ConferenceEvent } from '@od/contracts';
import { evolveConference, initialConferenceState } from './conference';
import { decideConference, type ConferenceCommand } from './conference-decide';

const fill = (template = aTemplate(), context = at('2026-12-10T05:00:00.000Z')): ConferenceCommand => ({
  type: 'FillConferenceTemplate',
  data: { conferenceId: CONFERENCE_ID, holderId: HOLDER, template },
  context,
});

describe('Filling the Annex 1 template (C8, C2, C4)', () => {
  it('C8: given nothing, when the administrator fills the template, then it is recorded as filled', () => {
    conferenceSpec
      .given()
      .when(fill())
      .then({ ok: true, events: [aTemplateFilled()] });
  });

  it('C8: instants given with +05:00 are recorded in UTC, texts trimmed, a blank patronymic left out', () => {
    const template = aTemplate({
      startsAt: '2026-12-18T10:00:00+05:00',
      endsAt: '2026-12-21T18:00:00+05:00',
      title: { kk: '  Салық реформасы ', ru: 'Налоговая реформа' },
    });
    const withBlankPatronymic = { ...template, moderator: { ...template.moderator, patronymic: '  ' } };
    conferenceSpec
      .given()
      .when(fill(withBlankPatronymic))
      .then({ ok: true, events: [aTemplateFilled()] });
  });

  it('C2: given nothing, when Kazakh or Russian texts are missing, then a 400-kind refusal names every missing one', () => {
    const template = aTemplate({ title: { kk: '', ru: 'Налоговая реформа' }, description: { kk: 'Сипаттама', ru: ' ' } });
    conferenceSpec
      .given()
      .when(fill(template))
      .then({
        ok: false,
        rejection: {
          code: 'conference_languages_missing',
          field: 'title.kk,description.ru',
          rule: 'C2',
          message: 'The template must be given in Kazakh and Russian; missing: title.kk, description.ru',
        },
      });
  });

  it('C2: English where needed: once one English text is given, every text needs its English', () => {
    const template = aTemplate({ title: { kk: 'Салық', ru: 'Налоги', en: 'Taxes' } });
    conferenceSpec
      .given()
      .when(fill(template))
      .then({
        ok: false,
        rejection: {
          code: 'conference_languages_missing',
          field: 'summary.en,description.en',
          rule: 'C2',
          message: 'The template must be given in Kazakh and Russian, and in English for every text once English is given; missing: summary.en, description.en',
        },
      });
  });

  it('C8: the responsible officer needs a valid IIN, an e-mail and a +7 phone', () => {
    const moderator = aTemplate().moderator;
    conferenceSpec
      .given()
      .when(fill(aTemplate({ moderator: { ...moderator, iin: '780302300112' } })))
      .then({
        ok: false,
        rejection: { code: 'moderator_invalid', field: 'moderator.iin', rule: 'C8', message: 'moderator.iin is not a valid IIN (check_digit_mismatch)' },
      });
    conferenceSpec
      .given()
      .when(fill(aTemplate({ moderator: { ...moderator, phone: '87011234567' } })))
      .then({
        ok: false,
        rejection: {
          code: 'moderator_invalid',
          field: 'moderator.phone',
          rule: 'C8',
          message: 'moderator.phone must be a Kazakhstan number written +7XXXXXXXXXX',
        },
      });
    conferenceSpec
      .given()
      .when(fill(aTemplate({ moderator: { ...moderator, surname: ' ' } })))
      .then({
        ok: false,
        rejection: {
          code: 'moderator_invalid',
          field: 'moderator.surname',
          rule: 'C8',
          message: 'Annex 1 names the responsible officer: moderator.surname must not be blank',
        },
      });
  });

  it('C4: a conference from Friday 10:00 may not end on Saturday: the weekend does not count, Monday 10:00 is the earliest end', () => {
    expect(earliestEndFor('2026-12-18T05:00:00.000Z', calendar)).toBe('2026-12-21T05:00:00.000Z');
    conferenceSpec
      .given()
      .when(fill(aTemplate({ endsAt: '2026-12-19T13:00:00.000Z' })))
      .then({
        ok: false,
        rejection: {
          code: 'conference_too_short',
          field: 'endsAt',
          rule: 'C4',
          message:
            'A conference lasts at least 1 working day (C4); starting at 2026-12-18T05:00:00.000Z it may end at 2026-12-21T05:00:00.000Z at the earliest',
        },
      });
  });

  it('C4: from Tuesday 15 December 10:00 the holiday of the 16th does not count either: Thursday 10:00 at the earliest', () => {
    expect(earliestEndFor('2026-12-15T05:00:00.000Z', calendar)).toBe('2026-12-17T05:00:00.000Z');
  });

  it('C8: an end before the start, or an instant without an offset, is refused naming the field', () => {
    conferenceSpec
      .given()
      .when(fill(aTemplate({ endsAt: '2026-12-17T05:00:00.000Z' })))
      .then({
        ok: false,
        rejection: { code: 'conference_dates_invalid', field: 'endsAt', rule: 'C8', message: 'The conference must end after it starts' },
      });
    conferenceSpec
      .given()
      .when(fill(aTemplate({ startsAt: '2026-12-18T10:00:00' })))
      .then({
        ok: false,
        rejection: {
          code: 'conference_dates_invalid',
          field: 'startsAt',
          rule: 'C8',
          message: 'startsAt must be an ISO 8601 instant with an offset, e.g. 2026-12-14T10:00:00+05:00',
        },
      });
  });

  it('C8: only an administrator of the holder fills its template', () => {
    conferenceSpec
      .given()
      .when(fill(aTemplate(), at('2026-12-10T05:00:00.000Z', responder)))
      .then({
        ok: false,
        rejection: {
          code: 'role_not_allowed',
          rule: 'C8',
          message: 'Only administrator of the holder may fill the template of a conference (C8); you have responder',
        },
      });
    conferenceSpec
      .given()
      .when(fill(aTemplate(), at('2026-12-10T05:00:00.000Z', otherAdmin)))
      .then({
        ok: false,
        rejection: {
          code: 'not_your_holder',
          rule: 'C8',
          message: "This conference is not your information holder's; only its own staff may fill the template of it",
        },
      });
  });

  it('C8: the same conference cannot be filled twice', () => {
    conferenceSpec
      .given(aTemplateFilled())
      .when(fill())
      .then({ ok: false, rejection: { code: 'conference_already_exists', rule: 'C8', message: `Conference ${CONFERENCE_ID} already exists` } });
  });
});

describe('Sending the template to the operator (C1)', () => {
  const submit = (now: string): ConferenceCommand => ({ type: 'SubmitConferenceTemplate', context: at(now) });

  it('C1: sent on Friday 11 December the earliest start is Friday 18 December 00:00 (Mon 14, Tue 15, Thu 17 counted; the 16th is a holiday)', () => {
    const earliest = earliestStartFor('2026-12-11T05:00:00.000Z', calendar);
    expect(earliest.dueAt).toBe('2026-12-17T19:00:00.000Z');
    expect(earliest.explanation.countedDays).toEqual(['2026-12-14', '2026-12-15', '2026-12-17']);
  });

  it('C1: given a filled template starting Friday 18 December, when sent on Friday 11 December, then it reaches the operator', () => {
    conferenceSpec
      .given(aTemplateFilled())
      .when(submit('2026-12-11T05:00:00.000Z'))
      .then({ ok: true, events: [aTemplateSubmitted()] });
  });

  it('C1: given a filled template starting Friday 18 December, when sent on Monday 14 December, then it is refused with the rule and the earliest allowed start (end of Friday 18: Tue 15, Thu 17, Fri 18)', () => {
    conferenceSpec
      .given(aTemplateFilled())
      .when(submit('2026-12-14T05:00:00.000Z'))
      .then({
        ok: false,
        rejection: {
          code: 'conference_too_soon',
          field: 'startsAt',
          rule: 'C1',
          message:
            'The template must reach the operator at least 3 working days before the start (C1); sent now, the conference may start at 2026-12-18T19:00:00.000Z at the earliest, not 2026-12-18T05:00:00.000Z',
        },
      });
  });

  it('C1: a start at exactly the earliest instant is allowed; one millisecond before is not', () => {
    const exact = aTemplate({ startsAt: '2026-12-17T19:00:00.000Z', endsAt: '2026-12-21T19:00:00.000Z' });
    conferenceSpec
      .given(aTemplateFilled(exact))
      .when(submit('2026-12-11T18:59:59.999Z'))
      .then({
        ok: true,
        events: [
          {
            type: 'ConferenceTemplateSubmitted',
            schemaVersion: 1,
            data: {
              conferenceId: CONFERENCE_ID,
              holderId: HOLDER,
              submittedAt: '2026-12-11T18:59:59.999Z',
              startsAt: exact.startsAt,
              earliestStart: '2026-12-17T19:00:00.000Z',
            },
          },
        ],
      });
    const early = aTemplate({ startsAt: '2026-12-17T18:59:59.999Z', endsAt: '2026-12-21T19:00:00.000Z' });
    expect(conferenceSpecResult(aTemplateFilled(early), submit('2026-12-11T05:00:00.000Z'))).toMatchObject({
      ok: false,
      rejection: { code: 'conference_too_soon', rule: 'C1' },
    });
  });

  it('C1: given a template sent to the operator, when the operator approves, then the conference is published', () => {
    conferenceSpec
      .given(aTemplateFilled(), aTemplateSubmitted())
      .when({ type: 'ApproveConference', context: at('2026-12-11T08:00:00.000Z', operator) })
      .then({ ok: true, events: [aConferenceApproved()] });
  });

  it('C1: only the operator approves; the agency cannot publish its own conference', () => {
    conferenceSpec
      .given(aTemplateFilled(), aTemplateSubmitted())
      .when({ type: 'ApproveConference', context: at('2026-12-11T08:00:00.000Z', admin) })
      .then({
        ok: false,
        rejection: { code: 'role_not_allowed', rule: 'C1', message: 'Only the operator may approve a conference template (C1)' },
      });
  });

  it('C1: given a template sent to the operator, when the operator sends it back with a reason, then the agency may revise and send it again', () => {
    conferenceSpec
      .given(aTemplateFilled(), aTemplateSubmitted())
      .when({ type: 'ReturnConferenceTemplate', data: { reason: 'The English title is missing' }, context: at('2026-12-11T08:00:00.000Z', operator) })
      .then({ ok: true, events: [aTemplateReturned()] });
    conferenceSpec
      .given(aTemplateFilled(), aTemplateSubmitted())
      .when({ type: 'ReturnConferenceTemplate', data: { reason: ' ' }, context: at('2026-12-11T08:00:00.000Z', operator) })
      .then({
        ok: false,
        rejection: { code: 'reason_required', field: 'reason', rule: 'C1', message: 'Sending a template back must say why' },
      });
    conferenceSpec
      .given(aTemplateFilled(), aTemplateSubmitted(), aTemplateReturned())
      .when({ type: 'ReviseConferenceTemplate', data: { template: aTemplate() }, context: at('2026-12-11T09:00:00.000Z') })
      .then({
        ok: true,
        events: [
          {
            type: 'ConferenceTemplateRevised',
            schemaVersion: 1,
            data: { conferenceId: CONFERENCE_ID, holderId: HOLDER, template: aTemplate(), revisedAt: '2026-12-11T09:00:00.000Z' },
          },
        ],
      });
  });

  it('C1: a published conference is not approved again, and a template is not approved once its start has passed', () => {
    conferenceSpec
      .given(aTemplateFilled(), aTemplateSubmitted(), aConferenceApproved())
      .when({ type: 'ApproveConference', context: at('2026-12-11T09:00:00.000Z', operator) })
      .then({
        ok: false,
        rejection: { code: 'conference_wrong_state', rule: 'C1', message: 'Cannot approve a conference that is published; it must be submitted' },
      });
    conferenceSpec
      .given(aTemplateFilled(), aTemplateSubmitted())
      .when({ type: 'ApproveConference', context: at('2026-12-18T05:00:00.000Z', operator) })
      .then({
        ok: false,
        rejection: {
          code: 'conference_start_passed',
          rule: 'C1',
          message: 'The conference was to start at 2026-12-18T05:00:00.000Z; send the template back so the agency sets new dates',
        },
      });
  });
});

function conferenceSpecResult(given: ConferenceEvent, command: ConferenceCommand) {
  return decideConference(command, evolveConference(initialConferenceState, given));
}
