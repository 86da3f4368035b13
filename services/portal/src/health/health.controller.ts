import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('health')
export class HealthController {
  @Get()
  @Header('cache-control', 'no-store')
  health(@Res({ passthrough: true }) response: Response) {
    // Which process answers (as every service's /health says): a test that started it can tell it from another on the port.
    response.setHeader('x-process-id', String(process.pid));
    return { status: 'ok' };
  }
}
