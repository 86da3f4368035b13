import { Controller, Get } from '@nestjs/common';
import { CurrentUser } from '../identity/current-user';
import { type AuthenticatedUser } from '@od/platform';

/** Who the token says the caller is (and, for staff, the AWP roles active now). */
@Controller('api/me')
export class MeController {
  @Get()
  me(@CurrentUser() user: AuthenticatedUser) {
    // The token itself is for the services the gateway asks, not something to echo back.
    const { accessToken: _token, ...who } = user;
    return who;
  }
}
