// The published Kazakhstan calendars, one file per year.
import type { YearCalendar } from '../year-calendar';
import { kz2025v1 } from './kz-2025';
import { kz2026v1 } from './kz-2026';
import { kz2027v1 } from './kz-2027';

export const KZ_PUBLISHED_YEARS: readonly YearCalendar[] = [kz2025v1, kz2026v1, kz2027v1];
export { kz2025v1, kz2026v1, kz2027v1 };
