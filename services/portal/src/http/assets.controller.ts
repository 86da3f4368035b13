import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PORTAL_ASSETS } from '../portal-tokens';
import type { PortalAssets } from '../assets/portal-assets';

/** The stylesheet and script under content-hashed names (cached for a year), and the favicon. */
@Controller('assets')
export class AssetsController {
  constructor(@Inject(PORTAL_ASSETS) private readonly assets: PortalAssets) {}

  @Get('favicon.svg')
  favicon(@Res() response: Response) {
    response.type('image/svg+xml').setHeader('cache-control', 'public, max-age=86400').send(this.assets.favicon);
  }

  @Get(':file')
  file(@Param('file') file: string, @Res() response: Response) {
    const asset = [this.assets.css, this.assets.js].find((candidate) => candidate.url === `/assets/${file}`);
    if (!asset) throw new NotFoundException();
    response
      .type(file.endsWith('.css') ? 'text/css' : 'text/javascript')
      .setHeader('cache-control', 'public, max-age=31536000, immutable')
      .send(asset.body);
  }
}
