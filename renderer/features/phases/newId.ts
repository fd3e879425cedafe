/** A new id for a vote or a follow-up (ids are file-name safe). */
export function newId(): string {
  return crypto.randomUUID();
}
