import { addCalendarDays, addWorkingDays, CalendarError, type WorkingCalendar } from '@od/calendar';
import type { StaffRole } from '@od/contracts';
import { blogEligibility, order145TextInForceAt, SEEDED_HOLDERS, type HolderOnRecord, type SeededHolder } from '@od/domain';
import { aBin, anIin } from './people';
import { SeededRandom } from './seeded-random';

/** A staff member of a holder: account id (the actor of their facts), IIN (their AWP access) and AWP roles. */
export interface StaffMember {
  readonly accountId: string;
  readonly iin: string;
  readonly holderId: string;
  readonly roles: readonly StaffRole[];
}

/** How well a holder keeps the rules: drawn once per holder from the seed, so holders differ in the report. */
export interface HolderConduct {
  readonly lateModeration: number;
  readonly lateAnswer: number;
  readonly neverAnswered: number;
  readonly dislike: number;
}

/**
 * What every subject of one generated history shares: the seed, the calendar, the timeline, the seeded
 * holders (the registry `npm start` seeds), their staff and conduct, and the pools of users who write.
 */
export class HistoryWorld {
  readonly holders: readonly SeededHolder[] = SEEDED_HOLDERS;
  readonly holderIds: readonly string[] = SEEDED_HOLDERS.map((holder) => holder.id);
  /** Holders whose first head has a blog under the text of Order 145 in force at the start (they take requests). */
  readonly blogHolders: readonly string[];
  private readonly staff = new Map<string, StaffMember[]>();
  private readonly conduct = new Map<string, HolderConduct>();
  private readonly citizens = new Map<number, string>();
  private readonly organisations = new Map<number, string>();
  private readonly dues = new Map<string, number>();

  constructor(
    readonly seed: string,
    readonly calendar: WorkingCalendar,
    readonly start: number,
    readonly end: number,
    /** How many distinct citizens write (people write more than once). */
    readonly citizenPool: number,
  ) {
    const text = order145TextInForceAt(new Date(start));
    this.blogHolders = this.holders.filter((holder) => blogEligibility(text, this.onRecord(holder.id)).hasBlog).map((holder) => holder.id);
    for (const holder of this.holders) {
      const random = SeededRandom.forSubject(seed, 'holder', this.holderIds.indexOf(holder.id));
      const members: StaffMember[] = [];
      const add = (role: StaffRole, n: number) => {
        const iin = role === 'first_head' && holder.firstHeadIin ? holder.firstHeadIin : anIin(random);
        members.push({ accountId: `staff-${holder.id}-${role.replace('_', '-')}-${n}`, iin, holderId: holder.id, roles: [role] });
      };
      add('administrator', 1);
      add('administrator', 2);
      add('responder', 1);
      add('responder', 2);
      add('responder', 3);
      add('first_head', 1);
      this.staff.set(holder.id, members);
      this.conduct.set(holder.id, {
        lateModeration: 0.03 + random.next() * 0.15,
        lateAnswer: 0.04 + random.next() * 0.22,
        neverAnswered: 0.005 + random.next() * 0.04,
        dislike: 0.15 + random.next() * 0.3,
      });
    }
  }

  onRecord(holderId: string): HolderOnRecord {
    const holder = this.holders.find((each) => each.id === holderId);
    if (!holder) throw new Error(`no seeded holder ${holderId}`);
    return { holderId, kind: holder.kind, stateParticipation: holder.stateParticipation ?? null };
  }

  staffOf(holderId: string, role?: StaffRole): StaffMember[] {
    const all = this.staff.get(holderId) ?? [];
    return role ? all.filter((member) => member.roles.includes(role)) : all;
  }

  conductOf(holderId: string): HolderConduct {
    return this.conduct.get(holderId) as HolderConduct;
  }

  citizen(random: SeededRandom): string {
    const k = random.int(0, this.citizenPool - 1);
    let iin = this.citizens.get(k);
    if (!iin) {
      iin = anIin(SeededRandom.forSubject(this.seed, 'citizen', k));
      this.citizens.set(k, iin);
    }
    return iin;
  }

  organisation(random: SeededRandom): string {
    const k = random.int(0, Math.max(1, Math.floor(this.citizenPool / 20)) - 1);
    let bin = this.organisations.get(k);
    if (!bin) {
      bin = aBin(SeededRandom.forSubject(this.seed, 'organisation', k));
      this.organisations.set(k, bin);
    }
    return bin;
  }

  /**
   * When someone acts `workingDays` working days after `from`, in office hours (09:00–18:00 Almaty): 0 is later
   * the same day. Past the calendar's last published year, working days are approximated by 1.4 calendar days.
   */
  workingMoment(random: SeededRandom, from: number, workingDays: number): number {
    if (workingDays <= 0) return from + random.int(10, 240) * 60_000;
    return this.dueAfter('working', from, workingDays) - random.int(6 * 60, 15 * 60) * 60_000;
  }

  /** R4's due instant: the end of the `days`-th calendar day after `from`, moved to the next working day. */
  calendarDaysDue(from: number, days: number): number {
    return this.dueAfter('calendar', from, days);
  }

  /**
   * The calendar's answer depends only on the Almaty date of `from` (UTC+5 since 2024-03-01, before any
   * published year), so it is worked out once per date and count: a history asks it millions of times.
   */
  private dueAfter(kind: 'working' | 'calendar', from: number, days: number): number {
    const key = `${kind}/${Math.floor((from + ALMATY_OFFSET_MS) / 86_400_000)}/${days}`;
    let due = this.dues.get(key);
    if (due === undefined) {
      try {
        due = Date.parse((kind === 'working' ? addWorkingDays : addCalendarDays)(new Date(from), days, this.calendar).dueAt);
      } catch (error) {
        if (!(error instanceof CalendarError)) throw error;
        const dayEnd = (Math.floor((from + ALMATY_OFFSET_MS) / 86_400_000) + 1) * 86_400_000 - ALMATY_OFFSET_MS;
        due = dayEnd + Math.round(kind === 'working' ? days * 1.4 : days) * 86_400_000;
      }
      this.dues.set(key, due);
    }
    return due;
  }
}

/** Asia/Almaty has been UTC+5 since 2024-03-01; a history starts later (the first published calendar year is 2025). */
const ALMATY_OFFSET_MS = 5 * 3_600_000;
