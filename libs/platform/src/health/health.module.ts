import { Controller, Get, Header, Inject, type DynamicModule } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TerminusModule } from '@nestjs/terminus';

/** One dependency a service needs to do its work, and how to tell it answers. */
export interface HealthProbe {
  readonly key: string;
  readonly probe: () => Promise<unknown>;
}

export const HEALTH_PROBES = Symbol('HEALTH_PROBES');

/** The response header of `GET /health` that names the answering process's id. */
export const PROCESS_ID_HEADER = 'x-process-id';

@Controller('health')
class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(HEALTH_PROBES) private readonly probes: readonly HealthProbe[],
  ) {}

  @Get()
  @HealthCheck()
  // Which process answers: a supervisor (or a test) that started the service on a port can tell it from
  // another process that took the same port meanwhile.
  @Header(PROCESS_ID_HEADER, String(process.pid))
  check() {
    return this.health.check(
      this.probes.map(
        ({ key, probe }) =>
          () =>
            this.indicators
              .check(key)
              .attempt(async () => {
                await probe();
              })
              .withTimeout(3000),
      ),
    );
  }
}

/**
 * `GET /health` answering 200 when every probe answers, 503 naming the one that does not.
 * `probes` is a provider factory so each service passes its own connections.
 */
export function healthModule(probes: { inject: unknown[]; useFactory: (...deps: never[]) => readonly HealthProbe[] }): DynamicModule {
  return {
    module: class HealthModule {},
    imports: [TerminusModule],
    controllers: [HealthController],
    providers: [{ provide: HEALTH_PROBES, inject: probes.inject as never[], useFactory: probes.useFactory as (...deps: unknown[]) => readonly HealthProbe[] }],
  };
}
