export { DataSettings } from './DataSettings';
