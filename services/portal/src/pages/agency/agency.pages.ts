import type { Type } from '@nestjs/common';
import { AgencyClocksController, MinistryClocksController } from './agency-clocks.controller';
import { AgencyConferencesController } from './agency-conferences.controller';
import { AgencyQueueController } from './agency-queue.controller';
import { AgencyRequestController } from './agency-request.controller';
import { AgencySurveysController } from './agency-surveys.controller';

/** Agency staff (AWP): the holder's queue, a request with its clocks and decisions, templates, clock views. */
export const AGENCY_PAGES: Type[] = [
  AgencyQueueController,
  AgencyRequestController,
  AgencyConferencesController,
  AgencySurveysController,
  AgencyClocksController,
  MinistryClocksController,
];
