// Lays queued mutations over the server's records: pure functions, so what a
// person sees while offline follows from the data alone.
//
// Every item carries sync: "synced" (on the server), "pending" (waits for a
// connection) or "rejected" (refused; mutation holds the reason).
import { KIND } from '../mutation-kinds.js';

const bySeq = (a, b) => a.seq - b.seq;
// An assisted or paper entry is made for someone else: it has no author.
const enteredForSomeone = (args) => args.channel === 'assisted' || args.channel === 'paper';
const byCreated = (a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0);

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const list = groups.get(item[key]);
    if (list) list.push(item);
    else groups.set(item[key], [item]);
  }
  return groups;
}

/**
 * Returns { ideas: Map, comments: Map idea -> [], history: Map idea -> [],
 * endorsements: Map idea -> [], voted: Map idea -> { voted, sync },
 * feedback: [], reported: Set, mutations: [], entries: { ideas: [], feedback: [] } }
 * for the person me (or null); entries are what they entered for others.
 */
export function overlay(records, mutations, me) {
  const meId = me?.id || null;
  const mine = mutations.filter((m) => !m.user || m.user === meId).sort(bySeq);
  const live = mine.filter((m) => m.state === 'pending');

  // Votes: the server's, then each queued cast or retraction in order.
  const voted = new Map();
  for (const vote of records.votes) if (vote.user === meId) voted.set(vote.idea, { voted: true, sync: 'synced', server: true });
  for (const m of live) {
    if (m.type !== 'vote.cast' && m.type !== 'vote.retract') continue;
    const before = voted.get(m.args.idea);
    voted.set(m.args.idea, { voted: m.type === 'vote.cast', sync: 'pending', server: !!before?.server });
  }

  let comments = records.comments.map((c) => ({ ...c, sync: 'synced' }));
  const ideas = new Map(records.ideas.map((i) => [i.id, { ...i, sync: 'synced' }]));
  for (const m of mine) {
    if (m.type === 'idea.create') {
      ideas.set(m.args.id, {
        ...m.args,
        status: '',
        author: enteredForSomeone(m.args) ? '' : meId,
        entered_by: enteredForSomeone(m.args) ? meId : '',
        author_name: enteredForSomeone(m.args) ? '' : me?.display_name || '',
        votes_count: 0,
        comments_count: 0,
        created: m.created,
        sync: m.state,
        mutation: m,
      });
    } else if (m.type === 'comment.create') {
      comments.push({ ...m.args, author: meId, author_name: me?.display_name || '', created: m.created, state: 'visible', sync: m.state, mutation: m });
    }
  }

  // Edits of one's own ideas and comments show at once, marked as waiting:
  // an update's args lay over the fields its record has.
  const editable = { ideas, comments: new Map(comments.map((c) => [c.id, c])) };
  for (const m of live) {
    const kind = KIND[m.type];
    const target = kind?.op === 'update' && editable[kind.collection]?.get(m.args.id);
    if (!target) continue;
    const changed = Object.fromEntries(Object.entries(m.args).filter(([field]) => field !== 'id' && field in target));
    editable[kind.collection].set(m.args.id, { ...target, ...changed, sync: target.sync === 'synced' ? 'pending' : target.sync, mutation: target.mutation || m });
  }
  comments = [...editable.comments.values()];

  // Counters include what is queued, so a vote shows at once.
  for (const [ideaId, v] of voted) {
    const idea = ideas.get(ideaId);
    if (idea && v.voted !== v.server) ideas.set(ideaId, { ...idea, votes_count: Math.max(0, (idea.votes_count || 0) + (v.voted ? 1 : -1)) });
  }
  for (const c of comments) {
    const idea = ideas.get(c.idea);
    const created = KIND[c.mutation?.type]?.op === 'create';
    if (c.sync === 'pending' && created && idea) ideas.set(c.idea, { ...idea, comments_count: (idea.comments_count || 0) + 1 });
  }

  // The person's own ratings; those they entered for someone else are not theirs.
  const feedback = records.feedback.filter((f) => !f.entered_by).map((f) => ({ ...f, sync: 'synced' }));
  const reported = new Set(records.reports.map((r) => r.idea || r.comment));
  for (const m of mine) {
    if (m.type === 'feedback.create' && !enteredForSomeone(m.args)) feedback.push({ ...m.args, author: meId, created: m.created, sync: m.state, mutation: m });
    if (m.type === 'report.create' && m.state === 'pending') reported.add(m.args.idea || m.args.comment);
  }

  // What the person entered for others (assisted or paper), newest first.
  const entries = {
    ideas: meId ? [...ideas.values()].filter((i) => i.entered_by === meId).sort(byCreated).reverse() : [],
    feedback: [
      ...records.feedback.filter((f) => meId && f.entered_by === meId).map((f) => ({ ...f, sync: 'synced' })),
      ...mine.filter((m) => m.type === 'feedback.create' && enteredForSomeone(m.args))
        .map((m) => ({ ...m.args, entered_by: meId, created: m.created, sync: m.state, mutation: m })),
    ].sort(byCreated).reverse(),
  };

  return {
    ideas,
    entries,
    comments: groupBy(comments.sort(byCreated), 'idea'),
    history: groupBy([...records.statusChanges].sort(byCreated), 'idea'),
    endorsements: groupBy([...records.endorsements].sort(byCreated), 'idea'),
    voted,
    feedback: feedback.sort(byCreated),
    reported,
    mutations: mine,
  };
}
