import { IsUUID } from 'class-validator';

/** Every command carries the client's id for it: a retry with the same id changes nothing. */
export class CommandIdDto {
  @IsUUID()
  commandId!: string;
}
