/** `npm run ask -- "câu hỏi"`: answers one question from the live index in the terminal, with numbered sources. */
import { readNodeSettings } from '../src/adapter/node/config';
import { embedderFromSettings } from '../src/adapter/node/embedder-from-settings';
import { loadLiveIndex } from '../src/adapter/node/load-live-index';
import type { EngineEvent } from '../src/chat/chat-types';
import { silentLogger } from '../src/http/app-context';
import { createOpenAiChatModel } from '../src/llm/openai-chat-model';

const question = process.argv.slice(2).join(' ').trim();
if (!question) {
  console.error('Cách dùng: npm run ask -- "câu hỏi"');
  process.exit(2);
}
const settings = readNodeSettings();
const chatModel = settings.LLM_BASE_URL
  ? createOpenAiChatModel({ baseUrl: settings.LLM_BASE_URL, modelId: settings.LLM_MODEL ?? 'default', apiKey: settings.LLM_API_KEY, timeoutMs: settings.LLM_TIMEOUT_MS })
  : undefined;
const events: EngineEvent[] = [];
const live = await loadLiveIndex({
  indexDir: settings.indexDir,
  embedder: embedderFromSettings(settings),
  chatModel,
  llmTimeoutMs: settings.LLM_TIMEOUT_MS,
  logger: silentLogger,
  onEngineEvent: (event) => events.push(event as EngineEvent),
});
const streaming = Boolean(chatModel && process.stdout.isTTY);
const result = await live.engine.answer({ message: question, scopes: ['public'] }, streaming ? { onDelta: (text) => process.stdout.write(text) } : {});
if (streaming && result.engine === 'generative') process.stdout.write('\n');
else console.log(result.answer);
if (result.procedure) {
  console.log(`\nThủ tục: ${result.procedure.name}${result.procedure.code ? ` (${result.procedure.code})` : ''}`);
  for (const field of result.procedure.fields) console.log(`  ${field.label}: ${field.value}`);
  if (result.procedure.url) console.log(`  Trang chính thức: ${result.procedure.url}`);
}
if (result.citations.length > 0) {
  console.log('\nNguồn:');
  for (const citation of result.citations) {
    const place = [citation.source.province, citation.source.title, citation.source.section].filter(Boolean).join(' — ');
    console.log(`[${citation.n}] ${place}${citation.source.url ? ` (${citation.source.url})` : ''}`);
  }
}
const notes = [`bộ máy: ${result.engine}`, `độ tin cậy: ${result.confidence.toFixed(2)}`];
if (result.fallback) notes.push(`dự phòng: ${result.fallback}`);
if (result.guardInterventions) notes.push(`kiểm tra trích dẫn đã can thiệp ${result.guardInterventions} lần`);
if (result.refused) notes.push(`từ chối: ${result.refusalReason}`);
console.error(`\n(${notes.join('; ')})`);
