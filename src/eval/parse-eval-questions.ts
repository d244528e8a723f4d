/** Reads a JSONL question file into validated questions; a bad line is one readable error naming the file and line. */
import { evalQuestionSchema, type EvalQuestion } from './eval-report';

export class EvalFileError extends Error {
  readonly code = 'eval_file_invalid';
}

export function parseEvalQuestions(text: string, file: string): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new EvalFileError(`Dòng ${where} không phải JSON hợp lệ / line ${where} is not valid JSON`);
    }
    const parsed = evalQuestionSchema.safeParse(value);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(dòng)'}: ${issue.message}`).join('; ');
      throw new EvalFileError(`Dòng ${where} không phải câu hỏi hợp lệ / line ${where} is not a valid question (${detail})`);
    }
    questions.push(parsed.data);
  }
  return questions;
}
