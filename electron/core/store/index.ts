export type { Store } from './store';
export { openStore, type OpenStoreOptions } from './openStore';
export { resolveDataFile, DATA_FILE_NAME } from './dataLocation';
