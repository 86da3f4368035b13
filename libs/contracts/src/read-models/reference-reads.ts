import type { HolderKind, HolderLanguage, LocalizedName, StateParticipation } from '../holders/holder-events';
import type { Order145TextId } from '../legal-basis/order-145-texts';
import type { CursorPart, Page, PageRequest } from './paging';

/** Public reads a portal and an integrator need (issue 11 §3): the holders registry and the working-day calendar. */

/** The holders list: by holder id — `[holderId]`. */
export const HOLDERS_CURSOR: readonly CursorPart[] = ['text'];

/** `?kind=&hasBlog=`: the holders, by id, of a kind and (under the text of Order 145 in force at the query) with or without a blog. */
export interface HoldersQuery extends PageRequest {
  readonly kind?: HolderKind;
  readonly hasBlog?: boolean;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

/** Whether the holder's first head has a blog under a text of Order 145, the provision that says so, and why not. */
export interface HolderBlog {
  readonly hasBlog: boolean;
  readonly underText: Order145TextId;
  readonly provision: string;
  /** Why not, in English (absent when it has one). */
  readonly why?: string;
}

export interface HolderView {
  readonly holderId: string;
  readonly name: LocalizedName;
  readonly kind: HolderKind;
  /** A quasi-public entity's state participation with its source; null for a state body (or none on record). */
  readonly stateParticipation: StateParticipation | null;
  /** The languages it answers in. */
  readonly languages: readonly HolderLanguage[];
  /** Under the text of Order 145 in force now. */
  readonly blog: HolderBlog;
  readonly registeredAt: string;
}

export interface HoldersReply extends Page<HolderView> {
  readonly projectionPosition: string;
}

export interface HolderByIdQuery {
  readonly holderId: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface HolderByIdReply {
  /** null when the registry has no such holder. */
  readonly holder: HolderView | null;
  readonly projectionPosition: string;
}

/** The working-day calendar of a year: the version in force, or every version. */
export interface CalendarYearQuery {
  readonly year: number;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface LocalizedDayName {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

/** A weekday that is not worked (a holiday, a holiday's day off moved off a weekend, a day off moved by decree), or a holiday on a weekend. */
export interface CalendarDayOff {
  readonly date: string;
  readonly weekday: string;
  readonly kind: 'holiday' | 'moved-day-off' | 'transferred-day-off';
  /** The holiday's id and names; null for a day off moved by decree. */
  readonly holiday: string | null;
  readonly name: LocalizedDayName | null;
  /** A moved day off: the weekend date of its holiday; a transferred day off: the weekend day worked instead. */
  readonly movedFrom: string | null;
  readonly source: { readonly citation: string; readonly confirmed: boolean; readonly note?: string };
}

/** A Saturday or Sunday worked by decree, its rest moved to `dayOffMovedTo`. */
export interface CalendarMovedWorkingDay {
  readonly date: string;
  readonly weekday: string;
  readonly dayOffMovedTo: string;
  readonly source: { readonly citation: string; readonly confirmed: boolean; readonly note?: string };
}

/** What a version changed against the one before it (the first version: everything it lists is added). */
export interface CalendarChanges {
  readonly daysOffAdded: readonly string[];
  readonly daysOffRemoved: readonly string[];
  readonly workingDaysAdded: readonly string[];
  readonly workingDaysRemoved: readonly string[];
}

export interface CalendarVersionSummary {
  readonly version: string;
  /** When the version says it was published. */
  readonly publishedAt: string;
  /** When the platform recorded it as a fact (`CalendarYearPublished`); null for a version shipped with the platform's data. */
  readonly recordedAt: string | null;
  readonly origin: 'shipped' | 'published-fact';
  readonly notes: string;
  readonly changes: CalendarChanges;
}

export interface CalendarYearView {
  readonly year: number;
  readonly version: string;
  readonly publishedAt: string;
  readonly recordedAt: string | null;
  readonly notes: string;
  /** Weekends are days off and not listed; every other exception is. */
  readonly daysOff: readonly CalendarDayOff[];
  readonly movedWorkingDays: readonly CalendarMovedWorkingDay[];
}

export interface CalendarYearReply {
  /** null when no version of the year is published. */
  readonly calendar: CalendarYearView | null;
  readonly projectionPosition: string;
}

export interface CalendarVersionsReply {
  readonly year: number;
  /** The version in force (the latest); null when none is published. */
  readonly inForce: string | null;
  /** Oldest first. */
  readonly versions: readonly CalendarVersionSummary[];
  readonly projectionPosition: string;
}
