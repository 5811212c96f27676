import type { ChatMessage, LiveSession, LiveState, Question, VoteCount } from '@praxisnetz/shared';
import { getSocket } from '../realtime/socket.ts';

/** Join refusals that mean this person may not (or no longer) be in the room. */
const REFUSALS = new Set(['not_found', 'forbidden', 'unauthenticated', 'account_suspended', 'account_pending']);
const REJOIN_DELAY_MS = 2000;
/** The chat keeps the newest messages only; older ones are in the archive after the session. */
const CHAT_KEEP = 200;

export type RoomChange =
  | { kind: 'question'; question: Question; created: boolean }
  | { kind: 'counts'; counts: VoteCount[] }
  | { kind: 'session'; session: LiveSession }
  | { kind: 'chat'; message: ChatMessage }
  | { kind: 'presence'; participants: number }
  | { kind: 'vote'; questionId: number; voted: boolean };

export type Connection = 'connecting' | 'connected' | 'offline';

interface RoomListener {
  /** a change that arrived live (not replayed after a re-join): for announcements */
  onChange?(change: RoomChange): void;
}

const newer = <T extends { seq: number }>(incoming: T, known: T | undefined) => !known || incoming.seq > known.seq;

function mergeChat(known: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  const byId = new Map(known.map((m) => [m.id, m]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.id - b.id).slice(-CHAT_KEEP);
}

/**
 * One live room as the browser sees it. Events may arrive twice, out of order, or race a snapshot: per
 * question and for the session, the copy with the higher `seq` wins. Every (re)connect joins again and
 * takes the join's snapshot as the truth, replaying only the changes that arrived while it was on its
 * way, so after a network drop or a laptop's sleep the room is exactly current.
 */
export class LiveRoom {
  session = $state.raw() as LiveSession;
  questions = $state.raw<Question[]>([]);
  myVotes = $state.raw<ReadonlySet<number>>(new Set());
  chat = $state.raw<ChatMessage[]>([]);
  participants = $state(0);
  canModerate = $state(false);
  connection = $state<Connection>('connecting');
  /** this person may no longer take part (removed from the group, account suspended) */
  removed = $state(false);

  /** changes seen while a join is on its way; replayed over its snapshot */
  #sinceJoin: RoomChange[] | null = null;

  constructor(state: LiveState) {
    this.#replace(state);
  }

  get id(): number {
    return this.session.id;
  }

  question(id: number | null): Question | undefined {
    return id === null ? undefined : this.questions.find((q) => q.id === id);
  }

  /** A snapshot loaded with the page (e.g. after a form action without a socket): merged, never older. */
  absorb(state: LiveState): void {
    if (state.session.id !== this.id) {
      this.#replace(state);
      return;
    }
    for (const question of state.questions) this.#applyQuestion(question);
    this.#applySession(state.session);
    this.chat = mergeChat(this.chat, state.chat);
    this.myVotes = new Set(state.myVotes);
    this.participants = state.participants;
    this.canModerate = state.canModerate;
  }

  /** Applies one change; true if it changed what the room shows. */
  apply(change: RoomChange): boolean {
    this.#sinceJoin?.push(change);
    switch (change.kind) {
      case 'question':
        return this.#applyQuestion(change.question);
      case 'counts':
        return change.counts.map((c) => this.#applyCount(c)).some(Boolean);
      case 'session':
        return this.#applySession(change.session);
      case 'chat': {
        if (this.chat.some((m) => m.id === change.message.id)) return false;
        this.chat = mergeChat(this.chat, [change.message]);
        return true;
      }
      case 'presence':
        this.participants = change.participants;
        return true;
      case 'vote': {
        const votes = new Set(this.myVotes);
        if (change.voted) votes.add(change.questionId);
        else votes.delete(change.questionId);
        this.myVotes = votes;
        return true;
      }
    }
  }

  #applyQuestion(question: Question): boolean {
    const index = this.questions.findIndex((q) => q.id === question.id);
    if (index < 0) {
      this.questions = [...this.questions, question];
      return true;
    }
    if (!newer(question, this.questions[index])) return false;
    this.questions = this.questions.with(index, question);
    return true;
  }

  #applyCount(votes: VoteCount): boolean {
    const index = this.questions.findIndex((q) => q.id === votes.id);
    const known = this.questions[index];
    if (!known || !newer(votes, known)) return false;
    this.questions = this.questions.with(index, { ...known, voteCount: votes.voteCount, seq: votes.seq });
    return true;
  }

  #applySession(session: LiveSession): boolean {
    if (!newer(session, this.session)) return false;
    this.session = session;
    return true;
  }

  #replace(state: LiveState): void {
    this.session = state.session;
    this.questions = state.questions;
    this.myVotes = new Set(state.myVotes);
    this.chat = state.chat.slice(-CHAT_KEEP);
    this.participants = state.participants;
    this.canModerate = state.canModerate;
  }

  /**
   * Joins the room over the socket and keeps it current until the returned function is called.
   * Also drops the connection when the browser says it is offline and reconnects when it is back,
   * instead of waiting for the heartbeat to notice.
   */
  follow(listener: RoomListener = {}): () => void {
    const socket = getSocket();
    const sessionId = this.id;
    let joins = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const join = () => {
      clearTimeout(retry);
      const attempt = ++joins;
      this.connection = 'connecting';
      this.#sinceJoin = [];
      socket.emit('live:join', sessionId, (result) => {
        if (attempt !== joins) return;
        const replay = this.#sinceJoin ?? [];
        this.#sinceJoin = null;
        if (!result.ok) {
          this.connection = 'offline';
          if (REFUSALS.has(result.code)) this.removed = true;
          // A busy or hiccuping server: try again shortly on the same connection.
          else retry = setTimeout(() => socket.connected && join(), REJOIN_DELAY_MS);
          return;
        }
        this.#replace(result.state);
        for (const change of replay) this.apply(change);
        this.connection = 'connected';
        // Lets the page (and the browser tests) know the room is current and live.
        document.documentElement.dataset.live = 'connected';
      });
    };
    const live = (change: RoomChange) => {
      if (this.apply(change)) listener.onChange?.(change);
    };
    const handlers = {
      'question:created': (question: Question) => question.sessionId === sessionId && live({ kind: 'question', question, created: true }),
      'question:updated': (question: Question) => question.sessionId === sessionId && live({ kind: 'question', question, created: false }),
      'question:voted': (counts: VoteCount[]) => {
        const mine = counts.filter((c) => c.sessionId === sessionId);
        if (mine.length) live({ kind: 'counts', counts: mine });
      },
      'session:updated': (session: LiveSession) => session.id === sessionId && live({ kind: 'session', session }),
      'chat:message': (message: ChatMessage) => message.sessionId === sessionId && live({ kind: 'chat', message }),
      'presence:updated': (p: { sessionId: number; participants: number }) =>
        p.sessionId === sessionId && live({ kind: 'presence', participants: p.participants }),
      'live:removed': (info: { sessionId: number }) => {
        if (info.sessionId !== sessionId) return;
        this.removed = true;
        stop();
      },
    };
    // One list for subscribing and unsubscribing, so the two cannot drift apart. (Each handler matches
    // its event by construction above; the pairs lose that link in a list, hence `never`.)
    const roomEvents = Object.entries(handlers) as [keyof typeof handlers, never][];
    const lost = () => {
      joins += 1;
      this.#sinceJoin = null;
      this.connection = 'offline';
      delete document.documentElement.dataset.live;
    };
    const offline = () => socket.disconnect();
    const online = () => socket.connect();

    socket.on('connect', join);
    socket.on('disconnect', lost);
    for (const [event, handler] of roomEvents) socket.on(event, handler);
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    if (socket.connected) join();
    else if (navigator.onLine) socket.connect();

    let stopped = false;
    function stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(retry);
      delete document.documentElement.dataset.live;
      socket.off('connect', join);
      socket.off('disconnect', lost);
      for (const [event, handler] of roomEvents) socket.off(event, handler);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      if (socket.connected) socket.emit('live:leave', sessionId);
    }
    return stop;
  }
}
