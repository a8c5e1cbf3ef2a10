import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';

export type BatchStage<Phase extends string, Prepared> =
  | { name: 'options'; notice: string | null }
  | { name: 'preparing'; batchId: string; done: number; total: number; phase: Phase | 'merge'; cancelling: boolean }
  | { name: 'ready'; batch: Prepared };

export interface BatchProgress<Phase extends string> {
  batchId: string;
  done: number;
  total: number;
  phase: Phase | 'merge';
}

/** How a batch screen reaches the core (the letters of the day, the statements of the month), and what it says. */
export interface BatchRoutes<Phase extends string, Prepared> {
  prepare(batchId: string): Promise<Prepared | { status: 'cancelled' }>;
  cancel(batchId: string): Promise<unknown>;
  onProgress(listener: (progress: BatchProgress<Phase>) => void): () => void;
  /** « Préparation annulée : … », once a cancel has stopped the drawing. */
  cancelledNotice: string;
  /** When the core refuses without a message. */
  failure: string;
}

/**
 * A batch drawn by the core with a progress bar: « Préparer » (a fresh batch id, the core's progress events), « Annuler »
 * (the core stops after the document in hand), the answer of an older batch dropped, and the drawing stopped when the
 * screen goes away.
 */
export function useBatchPreparation<Phase extends string, Prepared extends { status: 'ready' }>(routes: BatchRoutes<Phase, Prepared>) {
  const [stage, setStage] = useState<BatchStage<Phase, Prepared>>({ name: 'options', notice: null });
  const [problem, setProblem] = useState<string | null>(null);
  const current = useRef<string | null>(null);
  const latest = useRef(routes);
  useEffect(() => {
    latest.current = routes;
  });

  // Leaving the screen while it is drawn stops the drawing.
  useEffect(
    () => () => {
      if (current.current) void latest.current.cancel(current.current).catch(() => undefined);
    },
    [],
  );

  async function prepare(total: number, phase: Phase): Promise<void> {
    const batchId = crypto.randomUUID();
    current.current = batchId;
    setProblem(null);
    setStage({ name: 'preparing', batchId, done: 0, total, phase, cancelling: false });
    const off = routes.onProgress((p) => {
      if (p.batchId !== batchId) return;
      setStage((s) => (s.name === 'preparing' && s.batchId === batchId ? { ...s, done: p.done, total: p.total, phase: p.phase } : s));
    });
    try {
      const result = await routes.prepare(batchId);
      if (current.current !== batchId) return;
      setStage(result.status === 'ready' ? { name: 'ready', batch: result as Prepared } : { name: 'options', notice: routes.cancelledNotice });
    } catch (e) {
      if (current.current !== batchId) return;
      setProblem(e instanceof ApiError ? e.message : routes.failure);
      setStage({ name: 'options', notice: null });
    } finally {
      off();
      if (current.current === batchId) current.current = null;
    }
  }

  function cancel(): void {
    if (stage.name !== 'preparing') return;
    setStage({ ...stage, cancelling: true });
    void routes.cancel(stage.batchId).catch(() => undefined);
  }

  return { stage, setStage, problem, setProblem, prepare, cancel };
}
