// The renderer shows zod issues exactly as the core answers them.
export { issuesToFields } from '../../../shared/ipc/zodIssues';
