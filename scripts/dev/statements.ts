/** Dev aid: `node --import tsx scripts/dev/statements.ts RECORD_ID [word]` lists a record's sentences (those holding the word). */
import { readFileSync, readdirSync } from 'node:fs';
import { procedureRecordSchema } from '../../src/knowledge/procedure-schema';
import { recordStatements } from '../../src/knowledge/procedure-statements';
const [id, word] = process.argv.slice(2);
const file = readdirSync('knowledge/procedures').find((name) => name.startsWith(id!) || name.includes(id!));
const record = procedureRecordSchema.parse(JSON.parse(readFileSync(`knowledge/procedures/${file}`, 'utf8')));
for (const statement of recordStatements(record)) if (!word || statement.text.includes(word)) console.log(`[${statement.field}] ${statement.text}`);
