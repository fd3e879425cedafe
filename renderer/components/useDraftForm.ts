import { useState, type SyntheticEvent } from 'react';
import type { z } from 'zod';
import { fieldErrorsOf } from '../../shared/ipc';

export type FieldErrors = Record<string, string>;

interface Options<D, T> {
  initial: D | (() => D);
  /** The rules main enforces (shared schemas): errors show beside the fields before anything is sent. */
  schema: z.ZodType<T>;
  /** Turns the draft (as typed) into the input the schema checks; the draft itself by default. */
  toInput?: (draft: D) => unknown;
  /** Saves a valid input: field errors to show (e.g. from main), or null when it was saved. */
  save: (input: T) => Promise<FieldErrors | null>;
}

/** A form's draft, its field errors and a submit that validates before it saves. */
export function useDraftForm<D extends object, T>({ initial, schema, toInput, save }: Options<D, T>) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = async () => {
    const parsed = schema.safeParse(toInput ? toInput(draft) : draft);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const refused = await save(parsed.data);
      if (refused) setErrors(refused);
    } finally {
      setSaving(false);
    }
  };
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void submit();
  };
  return { draft, set, errors, saving, onSubmit };
}
