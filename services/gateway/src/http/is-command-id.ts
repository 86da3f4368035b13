import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';

/**
 * The client's id for a command: a UUID, taken in lower case, since an upper-case UUID is the same id and
 * must find the same command (the services normalise again with `normaliseClientCommandId`).
 */
export function IsCommandId(): PropertyDecorator {
  const lowerCase = Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value));
  const uuid = IsUUID();
  return (target, property) => {
    lowerCase(target, property);
    uuid(target, property);
  };
}
