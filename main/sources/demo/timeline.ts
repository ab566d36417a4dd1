// The demo's event schedule: which notifications exist at any simulated instant. It is a pure
// function of (seed, epoch, instant), computed without history, so polling often, rarely, or
// after a restart with the same epoch always tells the same story.
//
// Each slot of simulated time draws one event. Two rules keep the story believable, and both
// are checked against the previous slots' *draws* (not their outcome), so no slot depends on
// a chain of earlier decisions: a rate or a status is off target once, not twice at a time
// (one open event per account × marketplace × metric), and an account marked `atMostOneOpen`
// has one open item at a time. A draw that breaks a rule is replaced by a policy event of an
// account without that limit (counts add up, so it can never conflict), so every slot still
// brings one new notification.
import { metricDefinition } from '../../core/catalog/metrics';
import { demoAccounts, type DemoAccount } from './accounts';
import { randomFor, type Random } from './prng';
import { openingScene, pacing } from './scenario';
import { rightsOwners, templates, type NotificationTemplate } from './templates';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const ASIN_CHARACTERS = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

export interface Product {
  asin: string;
  title: string;
}

export interface DemoEvent {
  /** Stable for the event's whole life: its template and simulated time of arrival. */
  key: string;
  account: DemoAccount;
  marketplaceId: string;
  template: NotificationTemplate;
  products: readonly Product[];
  rightsOwner: string;
  reference: string;
  /** Simulated ms. */
  occurredAt: number;
  /** Simulated ms at which the event is resolved (its metric back in target). */
  resolvesAt: number;
}

export interface Timeline {
  /** The events open at this simulated instant: arrived, not yet resolved. */
  openAt(simulatedMs: number): DemoEvent[];
}

/** Amazon-style ASIN: "B0" and eight upper-case letters or digits. */
export function asinFor(seed: string, accountId: string, productIndex: number): string {
  const random = randomFor(seed, 'asin', accountId, productIndex);
  let asin = 'B0';
  while (asin.length < 10) asin += random.pick(ASIN_CHARACTERS);
  return asin;
}

export function createTimeline(seed: string, epochMs: number): Timeline {
  const slotMs = pacing.slotHours * HOUR;
  const templateById = new Map(templates.map((t) => [t.id, t]));
  const templateFor = (id: string): NotificationTemplate => {
    const template = templateById.get(id);
    if (!template) throw new Error(`demo template ${id} does not exist`);
    return template;
  };
  const accountById = new Map(demoAccounts.map((a) => [a.id, a]));
  const productsOf = new Map(
    demoAccounts.map((a) => [a.id, a.products.map((title, i) => ({ asin: asinFor(seed, a.id, i), title }))]),
  );
  const templatesOf = new Map(demoAccounts.map((a) => [a.id, a.templateIds.map(templateFor)]));
  const unlimited = demoAccounts.filter((a) => !a.atMostOneOpen);
  const longestOpenHours = Math.max(...templates.map((t) => t.openHours[1]));
  const lookbackSlots = Math.ceil(longestOpenHours / pacing.slotHours) + 1;

  function event(
    random: Random,
    account: DemoAccount,
    marketplaceId: string,
    template: NotificationTemplate,
    occurredAt: number,
    resolvesAt: number,
  ): DemoEvent {
    return {
      key: `${template.id}@${new Date(occurredAt).toISOString()}`,
      account,
      marketplaceId,
      template,
      products: random.sample(productsOf.get(account.id) ?? [], random.int(...template.asinCount)),
      rightsOwner: random.pick(rightsOwners),
      reference: String(random.int(1_000_000_000, 9_999_999_999)),
      occurredAt,
      resolvesAt,
    };
  }

  const opening = openingScene.map((o, i) => {
    const account = accountById.get(o.accountId);
    if (!account) throw new Error(`demo account ${o.accountId} does not exist`);
    const at = (hours: number) => epochMs + hours * HOUR;
    return event(
      randomFor(seed, 'opening', i),
      account,
      o.marketplaceId,
      templateFor(o.templateId),
      at(-o.hoursBefore),
      at(o.hoursAfter),
    );
  });

  function slotEvent(random: Random, slot: number, account: DemoAccount, template: NotificationTemplate): DemoEvent {
    const offset = Math.floor((random.next() * pacing.slotJitter * slotMs) / MINUTE) * MINUTE;
    const occurredAt = epochMs + slot * slotMs + offset;
    const openMs = Math.round(random.between(...template.openHours) * 60) * MINUTE;
    return event(random, account, random.pick(account.marketplaceIds), template, occurredAt, occurredAt + openMs);
  }

  const draws = boundedMemo((slot: number) => {
    const random = randomFor(seed, 'slot', slot);
    const account = random.pickWeighted(demoAccounts);
    return slotEvent(random, slot, account, random.pickWeighted(templatesOf.get(account.id) ?? []));
  });

  const emitted = boundedMemo((slot: number) => {
    const draw = draws(slot);
    if (!breaksARule(draw, slot)) return draw;
    const random = randomFor(seed, 'slot', slot, 'replacement');
    const account = random.pickWeighted(unlimited);
    const candidates = (templatesOf.get(account.id) ?? []).filter((t) => !isExclusive(t));
    return slotEvent(random, slot, account, random.pickWeighted(candidates));
  });

  function breaksARule(draw: DemoEvent, slot: number): boolean {
    const rule = exclusivity(draw);
    if (rule === null) return false;
    const clashes = (other: DemoEvent) =>
      exclusivity(other) === rule && other.occurredAt <= draw.occurredAt && draw.occurredAt < other.resolvesAt;
    if (opening.some(clashes)) return true;
    for (let s = Math.max(0, slot - lookbackSlots); s < slot; s++) if (clashes(draws(s))) return true;
    return false;
  }

  return {
    openAt(t) {
      const isOpen = (e: DemoEvent) => e.occurredAt <= t && t < e.resolvesAt;
      const open = opening.filter(isOpen);
      const last = Math.floor((t - epochMs) / slotMs);
      for (let s = Math.max(0, last - lookbackSlots); s <= last; s++) {
        const e = emitted(s);
        if (isOpen(e)) open.push(e);
      }
      return open;
    },
  };
}

/** Rates, scores and statuses are off target once at a time; counts add up. */
function isExclusive(template: NotificationTemplate): boolean {
  return metricDefinition(template.metric)?.unit !== 'count';
}

/** The rule an event falls under: events with the same answer may not be open together. */
function exclusivity(e: DemoEvent): string | null {
  if (e.account.atMostOneOpen) return e.account.id;
  return isExclusive(e.template) ? `${e.account.id}|${e.marketplaceId}|${e.template.metric}` : null;
}

/** Memoizes a pure function of a slot, forgetting everything when the cache grows large. */
function boundedMemo<T>(fn: (slot: number) => T, limit = 4096): (slot: number) => T {
  const cache = new Map<number, T>();
  return (slot) => {
    const hit = cache.get(slot);
    if (hit !== undefined) return hit;
    if (cache.size >= limit) cache.clear();
    const value = fn(slot);
    cache.set(slot, value);
    return value;
  };
}
