export { CallPane } from './CallPane';
export { EmailPane } from './EmailPane';
export { SmsPane } from './SmsPane';
export { ArchivedEmailDialog } from './ArchivedEmailDialog';
export { SmtpSettings } from './SmtpSettings';
