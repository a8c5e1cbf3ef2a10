import { create } from 'zustand';
import type { AppStatus, EventPayload, LedgerSnapshot, Notice } from '../../../shared/ipc/contract';
import type { DunningTone } from '../../../shared/dunning/schema';
import type { OverviewFirstScreen } from '../../../shared/dunning/overviewScreen';
import { api, ApiError } from '../api/client';

export type View =
  | { name: 'overview' }
  | { name: 'invoices' }
  /** `from`: the screen the user came from (the back button returns there). */
  | { name: 'invoice'; id: string; from?: 'overview' | 'invoices' }
  | { name: 'clients' } | { name: 'import' } | { name: 'settings' }
  /**
   * A letter to one client about one or several of its invoices; `invoiceId`: the invoice the user came from;
   * `channel`: the way it is sent the screen opens on (the step's: a letter, an e-mail, an SMS, a call).
   */
  | { name: 'letter'; clientId: string; invoiceIds: string[]; tone: DunningTone; invoiceId?: string; channel?: 'letter' | 'email' | 'sms' | 'phone' }
  /** « Préparer les lettres du jour »: every letter due today in one PDF. */
  | { name: 'letters-today' }
  /** The letter templates, for every client (null) or for one. */
  | { name: 'templates'; clientId: string | null }
  /** A client's page, and its statement of account. */
  | { name: 'client'; id: string }
  | { name: 'statement'; clientId: string }
  /** « Relevés de fin de mois »: the statement of every client with an open balance, in one PDF. */
  | { name: 'statements-batch' };

/** The app-level dialogs (the menu can open them too). */
export type DialogState = null | { kind: 'invoice'; invoiceId?: string } | { kind: 'client'; clientId?: string };

export interface ShownNotice extends Notice {
  id: number;
}

export interface AppState {
  status: AppStatus | null;
  snapshot: LedgerSnapshot | null;
  /**
   * The home screen's header and first rows as the core computed them (its overview of the current data and day):
   * the home screen shows them, and asks the core for the rows below as the user scrolls.
   */
  firstScreen: OverviewFirstScreen | null;
  loadError: string | null;
  notices: ShownNotice[];
  view: View;
  dialog: DialogState;
  /** The message of the polite live region ("Facture enregistrée"). */
  toast: { id: number; message: string } | null;
  /** Open modal dialogs, innermost last: the live region moves into it (the rest of the page is inert). */
  modalStack: HTMLElement[];

  refresh(): Promise<void>;
  navigate(view: View): void;
  openDialog(dialog: DialogState): void;
  closeDialog(): void;
  showToast(message: string): void;
  pushNotice(notice: Notice): void;
  dismissNotice(id: number): void;
  pushModal(el: HTMLElement): void;
  removeModal(el: HTMLElement): void;
}

let nextId = 1;
/** Counts the 'data.changed' events: an answer asked for before the latest one is out of date. */
let dataGeneration = 0;
let refreshing: Promise<void> | null = null;
let refreshAgain = false;
/** The next load also asks for the home screen's first rows. */
let againWithFirstScreen = false;
let toastTimer: ReturnType<typeof setTimeout> | undefined;

export const useAppStore = create<AppState>()((set, get) => ({
  status: null,
  snapshot: null,
  firstScreen: null,
  loadError: null,
  notices: [],
  view: { name: 'overview' },
  dialog: null,
  toast: null,
  modalStack: [],

  refresh() {
    return load(true);
  },

  navigate(view) {
    if (view.name !== 'overview') ensureLedger();
    set({ view });
  },
  openDialog(dialog) {
    ensureLedger();
    set({ dialog });
  },
  closeDialog() {
    set({ dialog: null });
  },
  showToast(message) {
    clearTimeout(toastTimer);
    // Set the text a moment later: the dialog that triggered it has closed by then, and the live
    // region where the text lands already exists (text present at insertion is not announced).
    set({ toast: null });
    toastTimer = setTimeout(() => {
      set({ toast: { id: nextId++, message } });
      toastTimer = setTimeout(() => set({ toast: null }), 5000);
    }, 60);
  },
  pushNotice(notice) {
    if (get().notices.some((n) => n.message === notice.message)) return;
    set({ notices: [...get().notices, { ...notice, id: nextId++ }] });
  },
  dismissNotice(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
  pushModal(el) {
    ensureLedger();
    set({ modalStack: [...get().modalStack.filter((m) => m !== el), el] });
  },
  removeModal(el) {
    set({ modalStack: get().modalStack.filter((m) => m !== el) });
  },
}));

/**
 * Loads the status and the ledger, and (`withFirstScreen`) the home screen's first rows beside them, which are shown
 * as soon as they arrive. Bursts of 'data.changed' are coalesced: one load at a time, one more if something changed
 * meanwhile.
 */
function load(withFirstScreen: boolean): Promise<void> {
  ledgerAsked = true;
  againWithFirstScreen ||= withFirstScreen;
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      refreshAgain = false;
      const first = againWithFirstScreen ? loadFirstScreen(false) : Promise.resolve();
      againWithFirstScreen = false;
      try {
        const [status, snapshot] = await Promise.all([api().call('app.status', {}), api().call('ledger.snapshot', {})]);
        setStatus(status, { snapshot, loadError: null });
      } catch (error) {
        useAppStore.setState({ loadError: error instanceof ApiError ? error.message : 'Impossible de lire vos données.' });
      }
      await first;
    } while (refreshAgain);
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Sets the core's status (its notices are shown once, at the first) with the rest of a load. */
function setStatus(status: AppStatus, rest: Partial<AppState>): void {
  const firstLoad = useAppStore.getState().status === null;
  useAppStore.setState({ status, ...rest });
  if (firstLoad) for (const n of status.notices) useAppStore.getState().pushNotice(n);
}

/**
 * The home screen's header and first rows, from the core (with its status at start). An answer asked for before a
 * change is dropped and asked again: rows from before a change are never shown after it.
 */
async function loadFirstScreen(withStatus: boolean): Promise<void> {
  for (;;) {
    const generation = dataGeneration;
    try {
      const [status, firstScreen] = await Promise.all([withStatus ? api().call('app.status', {}) : null, api().call('overview.firstScreen', {})]);
      if (generation !== dataGeneration) continue;
      if (status) setStatus(status, { firstScreen });
      else useAppStore.setState({ firstScreen });
      return;
    } catch {
      // The load of the ledger says what went wrong.
      return;
    }
  }
}

/** Loads the ledger now unless it is loaded or on its way (a screen or a dialog needs it). */
function ensureLedger(): void {
  if (!ledgerAsked) {
    ledgerAsked = true;
    void load(false);
  }
}
let ledgerAsked = false;

/**
 * The home screen needs only the core's first screen; the ledger (every other screen, the dialogs) is loaded once the
 * window has been idle a moment after its first paint, so that parsing it does not hold up the first clicks on the
 * home screen, or at once when something needs it.
 */
function loadLedgerWhenIdle(): void {
  setTimeout(() => {
    const idle = (window as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(ensureLedger, { timeout: 1000 });
    else ensureLedger();
  }, LEDGER_AFTER_MS);
}
const LEDGER_AFTER_MS = 500;

/** Resolves once the frame after the current one has been painted (or soon, in a window that does not paint). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 200);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/**
 * Loads the data and listens to the core's events; returns the function that stops listening. The first rows of the
 * home screen come first (a small answer), the whole ledger once they are painted.
 */
export function startApp(): () => void {
  void loadFirstScreen(true)
    .then(afterNextPaint)
    .then(() => (useAppStore.getState().firstScreen ? loadLedgerWhenIdle() : ensureLedger()));
  const offs = [
    api().on('data.changed', () => {
      dataGeneration++;
      void useAppStore.getState().refresh();
    }),
    api().on('notice', (notice) => useAppStore.getState().pushNotice(notice)),
    api().on('navigate', (payload) => handleNavigate(payload)),
  ];
  return () => offs.forEach((off) => off());
}

/** The heading of the list « À relancer aujourd’hui » (features/overview), where the notification lands. */
export const TODAY_LIST_HEADING_ID = 'to-act-title';

/** Moves the keyboard focus to an element once the screen that holds it is drawn (unless a dialog is open). */
function focusWhenShown(id: string, triesLeft = 20): void {
  requestAnimationFrame(() => {
    if (useAppStore.getState().modalStack.length > 0) return;
    const el = document.getElementById(id);
    if (el) {
      // A heading takes the focus only when asked to (it stays out of the Tab order).
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus();
      el.scrollIntoView({ block: 'start' });
    } else if (triesLeft > 0) focusWhenShown(id, triesLeft - 1);
  });
}

export function handleNavigate({ to }: EventPayload<'navigate'>): void {
  const { navigate, openDialog } = useAppStore.getState();
  // Exhaustive (switch-exhaustiveness-check): a target added to the contract without a case here fails the lint.
  switch (to) {
    case 'overview':
      return navigate({ name: 'overview' });
    case 'today':
      navigate({ name: 'overview' });
      return focusWhenShown(TODAY_LIST_HEADING_ID);
    case 'invoices':
      return navigate({ name: 'invoices' });
    case 'clients':
      return navigate({ name: 'clients' });
    case 'settings':
      return navigate({ name: 'settings' });
    case 'import':
      return navigate({ name: 'import' });
    case 'new-invoice':
      navigate({ name: 'invoices' });
      return openDialog({ kind: 'invoice' });
    case 'new-client':
      navigate({ name: 'clients' });
      return openDialog({ kind: 'client' });
  }
}

