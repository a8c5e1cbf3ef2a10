// `npm run refs:letters`: renders the reference letters again into test/fixtures/letters/ (after a change to the
// letters made on purpose). Look at every PNG before committing them: the test compares against them.
import { writeReferencePages } from '../electron/core/documents/referenceLetters';

for (const file of await writeReferencePages()) console.log(file);
