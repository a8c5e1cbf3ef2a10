export { LetterScreen } from './LetterScreen';
export { ArchivedLetterDialog } from './ArchivedLetterDialog';
export { BatchLettersScreen } from './BatchLettersScreen';
export { PrepareLettersButton } from './PrepareLettersButton';
export { TemplatesScreen } from './TemplatesScreen';
export { StatementScreen } from './StatementScreen';
export { StatementsBatchScreen } from './StatementsBatchScreen';
export { PdfOutputButtons } from './PdfOutputButtons';
