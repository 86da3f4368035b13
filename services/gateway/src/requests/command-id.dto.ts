import { IsCommandId } from '../http/is-command-id';

/** Every command carries the client's id for it: a retry with the same id changes nothing, another command with it is refused. */
export class CommandIdDto {
  @IsCommandId()
  commandId!: string;
}
