import { v7 as uuidv7 } from 'uuid';

/** Random, time-ordered ids (UUIDv7): backups, imports and sync merge without collisions. */
export function newId(): string {
  return uuidv7();
}

export const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
