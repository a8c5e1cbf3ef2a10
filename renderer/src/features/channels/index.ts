export { EmailPane } from './EmailPane';
