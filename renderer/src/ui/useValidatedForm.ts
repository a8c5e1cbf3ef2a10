import { useCallback, useMemo, useState } from 'react';
import type { FieldErrors } from './fieldErrors';
import { getPath, setPath } from './paths';

/**
 * Form state with validation as the user goes: a field shows its message once it has been left
 * (or the form submitted), then updates as the user types. Messages from the core (ApiError.fields)
 * are shown until the field is edited again.
 */
export function useValidatedForm<V extends object>(initial: V | (() => V), validate: (values: V) => FieldErrors) {
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  // Leaving a field the user has not changed does not flag it (no "obligatoire" when merely tabbing through).
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const liveErrors = useMemo(() => validate(values), [validate, values]);

  const errorFor = useCallback(
    (path: string): string | undefined => serverErrors[path] ?? (submitted || touched.has(path) ? liveErrors[path] : undefined),
    [serverErrors, submitted, touched, liveErrors],
  );

  const setField = useCallback((path: string, value: unknown) => {
    setValues((v) => setPath(v, path, value));
    setDirty((d) => (d.has(path) ? d : new Set(d).add(path)));
    setServerErrors((e) => {
      if (!(path in e)) return e;
      const { [path]: _removed, ...rest } = e;
      return rest;
    });
  }, []);

  const touch = useCallback(
    (path: string) => {
      if (!dirty.has(path)) return;
      setTouched((t) => (t.has(path) ? t : new Set(t).add(path)));
    },
    [dirty],
  );

  /** Props for a TextField bound to `path`. */
  const bind = (path: string) => ({
    value: String(getPath(values, path) ?? ''),
    onChange: (value: string) => setField(path, value),
    onBlur: () => touch(path),
    error: errorFor(path),
  });

  return { values, setValues, setField, touch, errorFor, bind, liveErrors, setSubmitted, setServerErrors };
}
