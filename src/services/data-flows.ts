/**
 * Where personal data goes (Luật Bảo vệ dữ liệu cá nhân 2025): each configured service that receives citizens'
 * questions, and whether it stays on this machine, in the agency's network, or leaves it (a transfer abroad
 * needs an impact assessment under Nghị định 356/2025).
 */

export type FlowLocation = 'machine' | 'local-network' | 'external';

export interface DataFlow {
  purpose: 'llm' | 'embedding' | 'channel';
  /** The service as an operator knows it (model name, provider). */
  label: string;
  host: string;
  location: FlowLocation;
  /** What reaches it, in Vietnamese for the status page. */
  sends: string;
}

function locationOf(host: string): FlowLocation {
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (name === 'localhost' || name.endsWith('.localhost') || /^127\./.test(name) || name === '::1') return 'machine';
  if (/^10\./.test(name) || /^192\.168\./.test(name) || /^172\.(1[6-9]|2\d|3[01])\./.test(name) || /^f[cd][0-9a-f]{2}:/.test(name) || name.endsWith('.internal') || name.endsWith('.local')) return 'local-network';
  return 'external';
}

/** A flow to an HTTP service; `url` may be a base URL or a bare host name. */
export function httpDataFlow(purpose: DataFlow['purpose'], label: string, url: string, sends: string): DataFlow {
  let host = url;
  try {
    host = new URL(url).hostname;
  } catch {
    // A bare host name (a provider) is kept as given.
  }
  return { purpose, label, host, location: locationOf(host), sends };
}

/** A flow to a managed platform service that has no URL of its own (Workers AI). */
export function platformDataFlow(purpose: DataFlow['purpose'], label: string, host: string, sends: string): DataFlow {
  return { purpose, label, host, location: 'external', sends };
}

/** One Vietnamese warning per flow that leaves the machine. */
export function dataFlowWarnings(flows: readonly DataFlow[]): string[] {
  return flows
    .filter((flow) => flow.location !== 'machine')
    .map((flow) =>
      flow.location === 'external'
        ? `Dữ liệu (${flow.sends}) được gửi ra ngoài máy chủ tới ${flow.host} (${flow.label}). Nếu máy chủ này đặt ở nước ngoài, cần lập hồ sơ đánh giá tác động chuyển dữ liệu cá nhân ra nước ngoài (Nghị định 356/2025/NĐ-CP).`
        : `Dữ liệu (${flow.sends}) được gửi tới ${flow.host} (${flow.label}) trong mạng nội bộ, ra ngoài máy chủ này.`,
    );
}

export const QUESTION_TEXT = 'câu hỏi của người dân đã che thông tin cá nhân';
