import { useEffect, useState } from 'react';
import type { LetterRequestInput } from '../../../../shared/documents/contract';
import type { MethodOutput } from '../../../../shared/ipc/contract';
import { ApiError, api } from '../../api/client';

const PREVIEW_DELAY_MS = 120;

/**
 * What the core prepares for an SMS or a call from the letter's request (its text or call sheet), asked again a
 * moment after the request changes (the form's tone, dates, invoices); the core's French refusal otherwise.
 */
export function useShortReminder<M extends 'sms.preview' | 'calls.sheet'>(
  method: M,
  request: LetterRequestInput | null,
  failed: string,
): { result: MethodOutput<M> | null; problem: string | null } {
  const [result, setResult] = useState<MethodOutput<M> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!request) return;
    let current = true;
    const timer = setTimeout(() => {
      const api_ = api();
      const asked: Promise<unknown> = method === 'sms.preview' ? api_.call('sms.preview', { request }) : api_.call('calls.sheet', { request });
      asked
        .then((r) => {
          if (!current) return;
          setResult(r as MethodOutput<M>);
          setProblem(null);
        })
        .catch((e: unknown) => {
          if (!current) return;
          setResult(null);
          setProblem(e instanceof ApiError ? e.message : failed);
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [method, request, failed]);
  return { result, problem };
}
