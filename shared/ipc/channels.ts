/** IPC channel names. No imports: the sandboxed preload bundles this file and may require nothing but 'electron'. */
export const IPC_CALL_CHANNEL = 'relance:call';
export const IPC_EVENT_CHANNEL = 'relance:event';
