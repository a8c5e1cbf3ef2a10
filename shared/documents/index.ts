/** Letters: from the ledger to the LetterModel the PDF renderer draws. Pure. */
export * from './letterModel';
export * from './placeholders';
export * from './template';
export * from './templatesSchema';
export * from './defaultTemplates';
export * from './privateWording';
export * from './registeredNumber';
export * from './composeLetter';
export * from './letterFacts';
