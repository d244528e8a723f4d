/** Dev aid: `node --import tsx scripts/dev/aspects.ts "câu hỏi"` prints the aspects and fact kinds a question asks. */
import { aspectsAsked } from '../../src/chat/aspect-words';
import { askedFactKinds } from '../../src/chat/asked-fact';
import { matchingForm, withOfficialWords } from '../../src/chat/vocabulary';
const question = process.argv.slice(2).join(' ');
console.log(matchingForm(question), '\n', withOfficialWords(question));
console.log('aspects', aspectsAsked(question), 'kinds', askedFactKinds(question, ''));
