import { followerSettings } from './following';

describe('followerSettings: one way every follower reads its consumer and batch size', () => {
  const defaults = { durableName: 'read-models', batchSize: 200 };

  it('takes the defaults when nothing is set', () => {
    expect(followerSettings('PROJECTIONS', defaults, {})).toEqual(defaults);
  });

  it('takes <PREFIX>_CONSUMER and <PREFIX>_BATCH_SIZE', () => {
    expect(followerSettings('PROJECTIONS', defaults, { PROJECTIONS_CONSUMER: 'read-models-blue', PROJECTIONS_BATCH_SIZE: '50' })).toEqual({
      durableName: 'read-models-blue',
      batchSize: 50,
    });
  });

  it('refuses a batch size that is not a whole number of at least 1, naming the variable', () => {
    expect(() => followerSettings('NOTIFICATIONS', defaults, { NOTIFICATIONS_BATCH_SIZE: '0' })).toThrow('NOTIFICATIONS_BATCH_SIZE');
    expect(() => followerSettings('NOTIFICATIONS', defaults, { NOTIFICATIONS_BATCH_SIZE: 'ten' })).toThrow('NOTIFICATIONS_BATCH_SIZE');
  });
});
