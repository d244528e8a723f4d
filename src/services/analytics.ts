/** Usage analytics over stored turns and feedback, split by audience (public, staff): volume, refusals, guards, coverage gaps, satisfaction; question text only, masked. */
import { maskPersonalData } from '../chat/pii';
import type { Audience, FeedbackRecord, StoredMessage } from '../ports/store';
import { clusterQuestions, type QuestionCluster } from './question-clusters';

export interface AnalyticsOptions {
  /** Whose conversations count: the public's by default. */
  audiences?: Audience[];
  /** Answered but below this retrieval confidence (0–1) counts as low confidence. */
  lowConfidenceThreshold?: number;
  satisfactionTarget?: number;
  /** Days are counted in Vietnam's time (UTC+7, no daylight saving). */
  timeZoneOffsetMinutes?: number;
  topLimit?: number;
  similarityThreshold?: number;
  now?: Date;
}

export interface DayFigures {
  date: string;
  questions: number;
  refused: number;
  lowConfidence: number;
  fallbacks: number;
  feedbackUp: number;
  feedbackDown: number;
}

/** The headline figures of one audience, whatever the report's filter: the dashboard shows both side by side. */
export interface AudienceFigures {
  questions: number;
  refused: number;
  refusalRate: number | null;
  /** Questions refused because they tried to change the assistant's rules (the injection detector). */
  injectionBlocked: number;
  guardInterventions: number;
}

export interface AnalyticsReport {
  generatedAt: string;
  audiences: Audience[];
  totals: {
    questions: number;
    sessions: number;
    answered: number;
    refused: number;
    refusalRate: number | null;
    lowConfidence: number;
    fallbacks: number;
    guardInterventions: number;
    answersWithGuardIntervention: number;
    injectionBlocked: number;
  };
  byAudience: Record<Audience, AudienceFigures>;
  perDay: DayFigures[];
  satisfaction: { up: number; down: number; rate: number | null; target: number; meetsTarget: boolean | null };
  coverageGaps: { unanswered: QuestionCluster[]; lowConfidence: QuestionCluster[] };
  topQuestions: QuestionCluster[];
  topProcedures: Array<{ procedureId: string; count: number }>;
  refusalReasons: Array<{ reason: string; count: number }>;
  fallbackKinds: Array<{ kind: string; count: number }>;
}

interface Turn {
  sessionId: string;
  question: string;
  at: string;
  audience: Audience;
  answer?: StoredMessage;
}

/** Rows written before the audience column say only their scope; internal ones were necessarily staff. */
export function audienceOf(message: StoredMessage): Audience {
  return message.audience ?? (message.scope === 'internal' ? 'staff' : 'public');
}

const MAX_FILLED_DAYS = 400;

export function computeAnalytics(messages: StoredMessage[], feedback: FeedbackRecord[], options: AnalyticsOptions = {}): AnalyticsReport {
  const audiences = options.audiences ?? ['public'];
  const lowThreshold = options.lowConfidenceThreshold ?? 0.55;
  const target = options.satisfactionTarget ?? 0.95;
  const offset = (options.timeZoneOffsetMinutes ?? 420) * 60_000;
  const dayOf = (at: string) => new Date(Date.parse(at) + offset).toISOString().slice(0, 10);
  const allTurns = pairTurns(messages);
  const turns = allTurns.filter((turn) => audiences.includes(turn.audience));
  const days = new Map<string, DayFigures>();
  const day = (at: string) => {
    const date = dayOf(at);
    let figures = days.get(date);
    if (!figures) days.set(date, (figures = { date, questions: 0, refused: 0, lowConfidence: 0, fallbacks: 0, feedbackUp: 0, feedbackDown: 0 }));
    return figures;
  };
  const unanswered: Turn[] = [];
  const lowConfidence: Turn[] = [];
  const procedures = new Map<string, number>();
  const reasons = new Map<string, number>();
  const fallbackKinds = new Map<string, number>();
  let guardInterventions = 0;
  let answersWithGuardIntervention = 0;
  for (const turn of turns) {
    const figures = day(turn.at);
    figures.questions++;
    const answer = turn.answer;
    if (!answer) continue;
    if (answer.refused) {
      figures.refused++;
      unanswered.push(turn);
      increment(reasons, answer.refusalReason ?? 'không rõ');
    } else if (answer.confidence !== undefined && answer.confidence < lowThreshold) {
      figures.lowConfidence++;
      lowConfidence.push(turn);
    }
    if (answer.fallback) {
      figures.fallbacks++;
      increment(fallbackKinds, answer.fallback);
    }
    if (answer.guardInterventions) {
      guardInterventions += answer.guardInterventions;
      answersWithGuardIntervention++;
    }
    if (answer.procedureId && !answer.refused) increment(procedures, answer.procedureId);
  }

  const audienceByMessage = new Map(messages.filter((message) => message.role === 'assistant').map((message) => [`${message.sessionId} ${message.messageId}`, audienceOf(message)]));
  const audienceBySession = new Map(messages.map((message) => [message.sessionId, audienceOf(message)]));
  let up = 0;
  let down = 0;
  for (const record of feedback) {
    const audience = (record.messageId && audienceByMessage.get(`${record.sessionId} ${record.messageId}`)) || audienceBySession.get(record.sessionId) || 'public';
    if (!audiences.includes(audience)) continue;
    const figures = day(record.createdAt);
    if (record.rating === 'up') {
      up++;
      figures.feedbackUp++;
    } else {
      down++;
      figures.feedbackDown++;
    }
  }

  const answered = turns.filter((turn) => turn.answer && !turn.answer.refused).length;
  const refused = unanswered.length;
  const rate = up + down > 0 ? round(up / (up + down)) : null;
  const clusterOptions = { threshold: options.similarityThreshold, limit: options.topLimit ?? 10 };
  const asked = (list: Turn[]) => list.map((turn) => ({ text: turn.question, at: turn.at }));
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    audiences,
    totals: {
      questions: turns.length,
      sessions: new Set(turns.map((turn) => turn.sessionId)).size,
      answered,
      refused,
      refusalRate: turns.length > 0 ? round(refused / turns.length) : null,
      lowConfidence: lowConfidence.length,
      fallbacks: [...fallbackKinds.values()].reduce((sum, count) => sum + count, 0),
      guardInterventions,
      answersWithGuardIntervention,
      injectionBlocked: reasons.get('injection') ?? 0,
    },
    byAudience: { public: audienceFigures(allTurns, 'public'), staff: audienceFigures(allTurns, 'staff') },
    perDay: fillDays([...days.values()]),
    satisfaction: { up, down, rate, target, meetsTarget: rate === null ? null : rate >= target },
    coverageGaps: { unanswered: clusterQuestions(asked(unanswered), clusterOptions), lowConfidence: clusterQuestions(asked(lowConfidence), clusterOptions) },
    topQuestions: clusterQuestions(asked(turns), clusterOptions),
    topProcedures: ranked(procedures, options.topLimit ?? 10).map(([procedureId, count]) => ({ procedureId, count })),
    refusalReasons: ranked(reasons).map(([reason, count]) => ({ reason, count })),
    fallbackKinds: ranked(fallbackKinds).map(([kind, count]) => ({ kind, count })),
  };
}

/** A question is stored as `<id>-q` beside its answer `<id>`; older rows fall back to the next answer in the session. */
function pairTurns(messages: StoredMessage[]): Turn[] {
  const answers = new Map(messages.filter((message) => message.role === 'assistant').map((message) => [`${message.sessionId} ${message.messageId}`, message]));
  const ordered = [...messages].sort((left, right) => left.createdAt.localeCompare(right.createdAt));
  const turns: Turn[] = [];
  ordered.forEach((message, position) => {
    if (message.role !== 'user') return;
    const byId = answers.get(`${message.sessionId} ${message.messageId.replace(/-q$/, '')}`);
    const next = byId ? undefined : ordered.slice(position + 1).find((other) => other.sessionId === message.sessionId);
    const answer = byId ?? (next?.role === 'assistant' ? next : undefined);
    // Stored text is masked already; masking again costs little and covers rows written by older versions.
    turns.push({ sessionId: message.sessionId, question: maskPersonalData(message.text).text, at: message.createdAt, audience: audienceOf(answer ?? message), answer });
  });
  return turns;
}

function audienceFigures(turns: Turn[], audience: Audience): AudienceFigures {
  const own = turns.filter((turn) => turn.audience === audience);
  const refused = own.filter((turn) => turn.answer?.refused);
  return {
    questions: own.length,
    refused: refused.length,
    refusalRate: own.length > 0 ? round(refused.length / own.length) : null,
    injectionBlocked: refused.filter((turn) => turn.answer?.refusalReason === 'injection').length,
    guardInterventions: own.reduce((sum, turn) => sum + (turn.answer?.guardInterventions ?? 0), 0),
  };
}

function fillDays(days: DayFigures[]): DayFigures[] {
  const sorted = days.sort((left, right) => left.date.localeCompare(right.date));
  if (sorted.length < 2) return sorted;
  const byDate = new Map(sorted.map((figures) => [figures.date, figures]));
  const filled: DayFigures[] = [];
  const last = Date.parse(sorted[sorted.length - 1]!.date);
  for (let time = Date.parse(sorted[0]!.date); time <= last && filled.length < MAX_FILLED_DAYS; time += 86_400_000) {
    const date = new Date(time).toISOString().slice(0, 10);
    filled.push(byDate.get(date) ?? { date, questions: 0, refused: 0, lowConfidence: 0, fallbacks: 0, feedbackUp: 0, feedbackDown: 0 });
  }
  return filled;
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function ranked(map: Map<string, number>, limit?: number): Array<[string, number]> {
  const sorted = [...map.entries()].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]));
  return limit ? sorted.slice(0, limit) : sorted;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
