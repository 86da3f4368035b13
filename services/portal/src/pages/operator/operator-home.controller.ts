import { Controller, Get, Render, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { signedInAs } from '../../auth/signed-in';

/** The operator's start page: the AWP register and the templates waiting for approval. */
@Controller('operator')
@UseGuards(signedInAs('operator'))
export class OperatorHomeController {
  @Get()
  @Render('pages/operator/index.njk')
  home(@Req() request: Request) {
    return { pageTitle: request.t('operator.home.title') };
  }
}
