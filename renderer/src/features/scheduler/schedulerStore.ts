import { create } from 'zustand';
import type { EventPayload } from '../../../../shared/ipc/contract';
import type { SchedulerStatus } from '../../../../shared/scheduler/status';
import { api } from '../../api/client';

export interface InAppNotification {
  id: number;
  title: string;
  message: string;
}

interface SchedulerState {
  status: SchedulerStatus | null;
  /** The notifications shown in the window (the browser mode; the desktop app uses the system's). */
  notifications: InAppNotification[];
  setStatus(status: SchedulerStatus): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useSchedulerStore = create<SchedulerState>()((set, get) => ({
  status: null,
  notifications: [],
  setStatus: (status) => set({ status }),
  dismiss: (id) => set({ notifications: get().notifications.filter((n) => n.id !== id) }),
}));

function pushNotification({ title, message }: EventPayload<'reminders.due'>): void {
  const { notifications } = useSchedulerStore.getState();
  // A newer count replaces the older one: one notification of the day's list at a time.
  useSchedulerStore.setState({ notifications: [...notifications.filter((n) => n.title !== title), { id: nextId++, title, message }] });
}

/** Loads the status and listens to the checks; `inApp`: show the notifications in the window. Returns the unsubscriber. */
export function startScheduler(inApp: boolean): () => void {
  const offs = [
    api().on('scheduler.checked', (status) => useSchedulerStore.getState().setStatus(status)),
    inApp ? api().on('reminders.due', pushNotification) : () => undefined,
  ];
  void api()
    .call('scheduler.status', {})
    .then((status) => {
      // An event may have brought a newer status meanwhile.
      if (!useSchedulerStore.getState().status) useSchedulerStore.getState().setStatus(status);
    })
    .catch(() => undefined);
  return () => offs.forEach((off) => off());
}
