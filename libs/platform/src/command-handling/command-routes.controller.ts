import { Controller, Inject, type InjectionToken, type Type } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { subjectOf, type CommandDescriptor, type Verified } from '@od/contracts';
import type { EventStore } from '@od/event-store';
import { CLOCK, type Clock } from '../clock/clock';
import { EVENT_STORE } from '../event-store/event-store.provider';
import type { RouteContext } from './command-routes';

/** What the service's rows need beyond the store and the clock (a signature verifier, a cache). */
export const COMMAND_DEPENDENCIES = Symbol('COMMAND_DEPENDENCIES');

/** A routing table as the controller sees it: its commands, and how one is handled. */
export interface RoutingTable<Deps> {
  readonly commands: readonly CommandDescriptor<unknown, unknown>[];
  handle(descriptor: CommandDescriptor<unknown, unknown>, message: Verified<unknown>, context: RouteContext<Deps>): Promise<unknown>;
}

/** The commands a deciding service answers: its tables, and how the parts its rows need are made. */
export interface ServiceCommands<Deps = unknown> {
  readonly tables: readonly RoutingTable<Deps>[];
  readonly dependencies?: { readonly inject: InjectionToken[]; readonly useFactory: (...args: never[]) => Deps };
}

/**
 * One controller per service with a handler per row, each on its subject under the configured root.
 * Built at start-up with the root the service was configured with (Nest's `MessagePattern` applied to a
 * method made for the row), so no subject is read from the environment when a module is imported, and
 * every command still passes the platform's interceptors (callers verified) and failure filter.
 */
export function commandRoutesController<Deps>(subjectRoot: string, tables: readonly RoutingTable<Deps>[]): Type {
  @Controller()
  class CommandRoutesController {
    constructor(
      @Inject(EVENT_STORE) readonly store: EventStore,
      @Inject(CLOCK) readonly clock: Clock,
      @Inject(COMMAND_DEPENDENCIES) readonly deps: Deps,
    ) {}
  }

  const subjects = new Set<string>();
  for (const table of tables) {
    for (const descriptor of table.commands) {
      const subject = subjectOf(subjectRoot, descriptor);
      if (subjects.has(subject)) throw new Error(`${subject} is routed twice`);
      subjects.add(subject);
      const method = `${descriptor.service}:${descriptor.name}`;
      function handle(this: CommandRoutesController, message: Verified<unknown>) {
        return table.handle(descriptor, message, { store: this.store, now: this.clock.now(), deps: this.deps });
      }
      Object.defineProperty(CommandRoutesController.prototype, method, { value: handle, writable: true, configurable: true });
      const property = Object.getOwnPropertyDescriptor(CommandRoutesController.prototype, method) as PropertyDescriptor;
      MessagePattern(subject)(CommandRoutesController.prototype, method, property);
      Payload()(CommandRoutesController.prototype, method, 0);
    }
  }
  return CommandRoutesController;
}
