export { LetterScreen } from './LetterScreen';
export { ArchivedLetterDialog } from './ArchivedLetterDialog';
