/** The widget's behaviour: open/close, streamed answers, retry, persistence, feedback and the JS API. */
import { ChatRequestError, sendFeedback, streamChat } from './chat-client';
import { loadConversation, saveConversation, type StoredMessage } from './conversation-store';
import { createElement } from './create-element';
import { trapTabKey } from './focus-trap';
import { openHandoffTicket, pollHandoffTicket } from './handoff-client';
import { renderGreeting, renderMessage, renderSuggestions, type MessageViewContext } from './message-view';
import { fitPanelToViewport } from './viewport-fit';
import type { WidgetConfig } from './widget-config';
import { buildWidgetShell } from './widget-shell';

export type WidgetEventName = 'open' | 'close' | 'question' | 'answer' | 'feedback' | 'error';
export type WidgetEventHandler = (detail: Record<string, unknown>) => void;

export interface WidgetApi {
  open(): void;
  close(): void;
  /** Opens the panel and sends the question, as if the visitor had typed it. */
  ask(text: string): void;
  /** Subscribes to a widget event; returns the function that unsubscribes. */
  on(event: WidgetEventName, handler: WidgetEventHandler): () => void;
}

let counter = 0;
const newId = (): string => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function createChatWidget(config: WidgetConfig): WidgetApi {
  const shell = buildWidgetShell(config);
  const { strings } = config;
  const storageKey = `tro-ly-ao-noi-vu:${config.apiOrigin}`;
  let state = loadConversation(storageKey);
  const handlers = new Map<WidgetEventName, Set<WidgetEventHandler>>();
  const views = new Map<string, HTMLElement>();
  let busy = false;
  let controller: AbortController | undefined;
  let stopViewportFit: (() => void) | undefined;
  let suggestions: HTMLElement | undefined;
  const pendingRenders = new Set<StoredMessage>();

  const emit = (name: WidgetEventName, detail: Record<string, unknown> = {}): void => {
    handlers.get(name)?.forEach((handler) => {
      try {
        handler(detail);
      } catch (error) {
        console.error(error); // A portal's handler must not break the widget.
      }
    });
  };
  const showReference = (): void => {
    shell.referenceId.textContent = state.sessionId ?? '';
    shell.reference.hidden = !state.sessionId;
  };
  // Every change of the conversation is saved, so the footer's reference follows the session from here.
  const save = (): void => {
    saveConversation(storageKey, state);
    showReference();
  };
  const announce = (text: string): void => {
    shell.live.textContent = text;
  };
  const nearBottom = (): boolean => shell.list.scrollHeight - shell.list.scrollTop - shell.list.clientHeight < 80;
  const scrollToEnd = (): void => {
    shell.list.scrollTop = shell.list.scrollHeight;
  };

  const context: MessageViewContext = {
    strings,
    apiOrigin: config.apiOrigin,
    onRetry(message) {
      if (busy || !message.question) return;
      state.messages = state.messages.filter((candidate) => candidate !== message);
      views.get(message.id)?.remove();
      void answer(message.question);
    },
    onFeedback: (message) => async (rating, reason) => {
      if (!state.sessionId) return false;
      const body = { sessionId: state.sessionId, messageId: message.messageId || undefined, rating, reason };
      const ok = await sendFeedback(config.apiOrigin, body);
      if (ok) {
        message.rating = rating;
        save();
        emit('feedback', body);
      }
      return ok;
    },
  };

  function render(message: StoredMessage): void {
    const stick = nearBottom();
    const view = renderMessage(message, context);
    const previous = views.get(message.id);
    if (previous) previous.replaceWith(view);
    else shell.list.append(view);
    views.set(message.id, view);
    if (stick) scrollToEnd();
  }

  // Streaming deltas re-render at most once per frame.
  function scheduleRender(message: StoredMessage): void {
    if (pendingRenders.size === 0) {
      requestAnimationFrame(() => {
        pendingRenders.forEach(render);
        pendingRenders.clear();
      });
    }
    pendingRenders.add(message);
  }

  function renderAll(): void {
    shell.list.replaceChildren(renderGreeting(config.greeting));
    views.clear();
    suggestions = undefined;
    if (config.suggestions.length > 0 && !state.messages.some((message) => message.role === 'user')) {
      suggestions = renderSuggestions(strings, config.suggestions, ask);
      shell.list.append(suggestions);
    }
    state.messages.forEach(render);
    scrollToEnd();
  }

  async function answer(question: string): Promise<void> {
    const ownController = new AbortController();
    controller = ownController;
    busy = true;
    shell.send.disabled = true;
    const message: StoredMessage = { id: newId(), role: 'assistant', text: '', citations: [], status: 'streaming', question };
    state.messages.push(message);
    render(message);
    save();
    announce(strings.typing);
    try {
      await streamChat({
        apiOrigin: config.apiOrigin,
        message: question,
        sessionId: state.sessionId,
        signal: ownController.signal,
        onEvent(event) {
          if (event.type === 'answer-start') {
            if (event.sessionId) state.sessionId = event.sessionId;
            message.messageId = event.messageId;
          } else if (event.type === 'text-delta') {
            message.text += event.delta;
          } else if (event.type === 'citation') {
            message.citations = [...message.citations.filter((citation) => citation.n !== event.citation.n), event.citation];
          } else if (event.type === 'procedure-card') {
            message.procedure = event.procedure;
          } else if (event.type === 'answer-end') {
            // The final answer is authoritative (the guard may have trimmed what was streamed).
            if (event.answer) message.text = event.answer;
            message.refused = event.refused;
          }
          scheduleRender(message);
        },
      });
      message.status = 'done';
      announce(`${strings.answered} ${message.text}`);
      emit('answer', { text: message.text, refused: message.refused === true, messageId: message.messageId, citations: message.citations });
    } catch (error) {
      if (ownController.signal.aborted) return;
      message.status = 'failed';
      message.errorText = error instanceof ChatRequestError && error.userMessage ? error.userMessage : strings.networkError;
      announce(message.errorText);
      emit('error', { message: message.errorText });
    } finally {
      if (controller === ownController) {
        pendingRenders.delete(message);
        render(message);
        save();
        busy = false;
        shell.send.disabled = false;
        controller = undefined;
      }
    }
  }

  function notify(text: string): void {
    const message: StoredMessage = { id: newId(), role: 'assistant', text, citations: [], status: 'done', notice: true };
    state.messages.push(message);
    render(message);
    save();
    announce(text);
  }

  // An officer answers in minutes or hours: a slow poll while a ticket waits, none otherwise.
  let polling: ReturnType<typeof setTimeout> | undefined;
  function pollHandoff(): void {
    clearTimeout(polling);
    const ticket = state.handoff;
    if (!ticket || ticket.answered || !state.sessionId) return;
    const sessionId = state.sessionId;
    polling = setTimeout(() => {
      void pollHandoffTicket(config.apiOrigin, ticket.code, sessionId).then((view) => {
        if (state.handoff !== ticket) return;
        if (view?.answer) {
          ticket.answered = true;
          notify(`${strings.officerAnswer} (${ticket.code}): ${view.answer}`);
        } else if (view?.status !== 'closed') pollHandoff();
      });
    }, config.handoffPollMs);
  }

  async function requestOfficer(): Promise<void> {
    open();
    if (!state.sessionId) return notify(strings.handoffNeedsQuestion);
    const ticket = await openHandoffTicket(config.apiOrigin, state.sessionId);
    if (typeof ticket === 'string') return notify(ticket || strings.handoffFailed);
    state.handoff = { code: ticket.code };
    notify(ticket.message ?? ticket.code);
    pollHandoff();
  }

  function ask(text: string): void {
    const question = text.trim();
    if (question === '' || busy) return;
    open();
    suggestions?.remove();
    const message: StoredMessage = { id: newId(), role: 'user', text: question, citations: [], status: 'done' };
    state.messages.push(message);
    render(message);
    scrollToEnd();
    emit('question', { text: question });
    void answer(question);
  }

  function open(focusInput = true): void {
    if (!shell.panel.hidden) return;
    shell.panel.hidden = false;
    shell.root.classList.add('open');
    shell.launcher.setAttribute('aria-expanded', 'true');
    state.open = true;
    save();
    stopViewportFit = fitPanelToViewport(shell.panel);
    scrollToEnd();
    if (focusInput) shell.input.focus();
    emit('open');
  }

  function close(): void {
    if (shell.panel.hidden) return;
    shell.panel.hidden = true;
    shell.root.classList.remove('open');
    shell.launcher.setAttribute('aria-expanded', 'false');
    state.open = false;
    save();
    stopViewportFit?.();
    shell.launcher.focus();
    emit('close');
  }

  function startNewConversation(): void {
    controller?.abort();
    controller = undefined;
    busy = false;
    shell.send.disabled = false;
    pendingRenders.clear();
    state = { open: true, messages: [] };
    clearTimeout(polling);
    save();
    renderAll();
    shell.input.focus();
  }

  shell.launcher.addEventListener('click', () => (shell.panel.hidden ? open() : close()));
  shell.close.addEventListener('click', close);
  shell.handoff.addEventListener('click', () => void requestOfficer());
  shell.newConversation.addEventListener('click', startNewConversation);
  shell.panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else {
      trapTabKey(event, shell.panel, shell.shadow);
    }
  });
  shell.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy || shell.input.value.trim() === '') return;
    ask(shell.input.value);
    shell.input.value = '';
  });
  shell.input.addEventListener('keydown', (event) => {
    // Enter sends, Shift+Enter breaks the line; never while a Vietnamese IME is composing.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      shell.form.requestSubmit();
    }
  });

  renderAll();
  showReference();
  pollHandoff();
  document.body.append(shell.host);
  // A restored open panel would cover the whole page on a phone, so only desktops reopen it.
  if ((state.open && !window.matchMedia('(max-width: 480px)').matches) || config.openOnLoad) open(false);

  return {
    open: () => open(),
    close,
    ask,
    on(event, handler) {
      const set = handlers.get(event) ?? new Set();
      set.add(handler);
      handlers.set(event, set);
      return () => set.delete(handler);
    },
  };
}
