import type { HolderView, RequestHistoryReply } from '@od/contracts';
import { loadCatalogues, translatorFor } from '../../i18n/translator';
import { requestPage } from './agency-request.page';
import { decisionsFor } from './decisions';

const en = translatorFor('en', loadCatalogues().en);

const received: Extract<RequestHistoryReply, { found: true }> = {
  found: true,
  projectionPosition: '1:1',
  clocks: [],
  history: [],
  request: {
    requestId: '6f1c2a52-6a0e-4c1b-9c43-3d2f0c7f8e11',
    holderId: 'kazatomprom',
    author: { kind: 'citizen', id: '900101300017' },
    subject: 'Uranium exports',
    text: 'Please publish them.',
    language: 'en',
    status: 'received',
    submittedAt: '2026-03-02T05:00:00.000Z',
    receivedAt: '2026-03-02T05:00:00.000Z',
    statusChangedAt: null,
    redirects: [],
    acceptedAt: null,
    answer: null,
    reason: null,
    extendedDays: null,
    rating: null,
    position: '1:1',
  },
};

const holder = (holderId: string, hasBlog: boolean) =>
  ({ holderId, name: { kk: holderId, ru: holderId, en: holderId.toUpperCase() }, blog: { hasBlog } }) as unknown as HolderView;
const holders = [holder('kazatomprom', true), holder('kazmunaygas', true), holder('ministry-of-finance', false)];
const inputs = { language: 'en' as const, t: en, holders, grounds: { returnGrounds: [], refusalGrounds: [] }, newCommandId: () => 'c' };

describe('The request page for staff', () => {
  it('given a received request and an administrator, then redirect offers only other holders with a blog, and the author is shown by kind only', () => {
    const page = requestPage(received, decisionsFor(['administrator'], 'received'), { ...inputs, state: {} });
    const redirect = page.forms.find((form) => form.name === 'redirect');
    expect(redirect?.fields.holderItems).toEqual([
      { value: '', text: 'Choose a holder' },
      { value: 'kazmunaygas', text: 'KAZMUNAYGAS', selected: false },
    ]);
    expect(JSON.stringify(page)).not.toContain('900101300017');
    expect(page.request.rows).toContainEqual({ key: { text: 'Author' }, value: { text: 'A citizen' } });
  });

  it('given a refused redirect, then its form keeps what was typed with each error by its field, a general one on the form itself', () => {
    const errors = {
      summary: [
        { text: 'No blog (Order 145, holder_has_no_blog)', href: '#redirect-toHolderId' },
        { text: 'Changed meanwhile (request_wrong_state)', href: '#main-content' },
      ],
      byField: { 'redirect-toHolderId': { text: 'No blog (Order 145, holder_has_no_blog)' } },
    };
    const page = requestPage(received, decisionsFor(['administrator'], 'received'), {
      ...inputs,
      state: { failed: 'redirect', errors, values: { toHolderId: 'kazmunaygas', reason: 'Not ours' } },
    });
    const redirect = page.forms.find((form) => form.name === 'redirect');
    expect(redirect?.fields).toMatchObject({
      toHolderId: { id: 'redirect-toHolderId', error: { text: 'No blog (Order 145, holder_has_no_blog)' } },
      reason: { id: 'redirect-reason', value: 'Not ours' },
    });
    expect(redirect?.formError).toEqual(['Changed meanwhile (request_wrong_state)']);
    expect(page.errorSummary[1]?.href).toBe('#decision-redirect');
    expect(page.forms.find((form) => form.name === 'return')?.fields).toMatchObject({ reasonText: { value: '' } });
  });
});
