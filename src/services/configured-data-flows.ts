/** The data flows of a configuration, for both runtimes: the LLM, the embedder and the Zalo channel, whichever are set. */
import type { ZaloChannel } from '../channels/zalo/zalo-settings';
import { httpDataFlow, platformDataFlow, type DataFlow } from './data-flows';

const QUESTIONS = 'câu hỏi của người dân, đã che số CCCD, điện thoại, email';

export interface ConfiguredServices {
  /** An OpenAI-compatible server (Node), or a platform's model (Workers AI). */
  llm?: { model: string; baseUrl?: string; platform?: string };
  embedder?: { model: string; baseUrl?: string; platform?: string; local?: boolean };
  zalo?: ZaloChannel;
}

export function configuredDataFlows(services: ConfiguredServices): DataFlow[] {
  const flows: DataFlow[] = [];
  const flow = (purpose: DataFlow['purpose'], service: { model: string; baseUrl?: string; platform?: string }, sends: string) =>
    service.baseUrl ? httpDataFlow(purpose, service.model, service.baseUrl, sends) : platformDataFlow(purpose, service.model, service.platform ?? 'không rõ', sends);
  if (services.llm) flows.push(flow('llm', services.llm, `${QUESTIONS}, lịch sử trò chuyện gần nhất và đoạn văn bản nguồn`));
  if (services.embedder?.local) flows.push(httpDataFlow('embedding', services.embedder.model, 'localhost', QUESTIONS));
  else if (services.embedder) flows.push(flow('embedding', services.embedder, QUESTIONS));
  if (services.zalo) flows.push(httpDataFlow('channel', 'Zalo Official Account', services.zalo.apiBaseUrl, 'câu trả lời cho người dân và mã người dùng Zalo của họ'));
  return flows;
}
