import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import { CastBallotHandler } from './ballots/casting/cast-ballot.handler';
import { PublishedSurveys } from './ballots/casting/published-surveys';
import { AnnounceSurveyHandler } from './surveys/announcing/announce-survey.handler';
import { ApproveSurveyHandler } from './surveys/approving/approve-survey.handler';
import { CloseSurveyHandler } from './surveys/closing/close-survey.handler';
import { DraftSurveyHandler } from './surveys/preparing/draft-survey.handler';
import { ReturnSurveyHandler } from './surveys/returning/return-survey.handler';
import { SubmitSurveyHandler } from './surveys/submitting/submit-survey.handler';

/**
 * Surveys (C1, C2, C3, C6, C8): agencies prepare, the operator publishes, users vote, one ballot each.
 * The clock is the system's unless `OD_CLOCK_OFFSET_MS` shifts it (development and tests only).
 */
const config = readPlatformConfig();
await startNatsService(
  StoreBackedServiceModule.register({
    name: 'surveys',
    config,
    handlers: [DraftSurveyHandler, SubmitSurveyHandler, ApproveSurveyHandler, ReturnSurveyHandler, AnnounceSurveyHandler, CloseSurveyHandler, CastBallotHandler],
    providers: [PublishedSurveys],
  }),
  { name: 'surveys', config, httpPort: httpPortSetting('surveys', 3111) },
);
