// Turns a timeline event into the notification a source reports. Everything rendered depends
// only on the event (the reading quoted is the one at its arrival), so a re-poll reports the
// same words and the inbox never sees a change that did not happen. The words are in the
// translator's language; ids, keys and facts do not depend on it.
import { marketplaceById } from '../../core/catalog/marketplaces';
import { describeTarget, formatValue } from '../../core/catalog/metric-text';
import { metricDefinition } from '../../core/catalog/metrics';
import type { Translator } from '../../core/i18n/translator';
import type { SourceNotification } from '../../core/schema';
import { demoTarget } from './drift';
import type { TemplateContext } from './templates';
import type { DemoEvent } from './timeline';

const HOUR = 3_600_000;

export interface RenderInput {
  event: DemoEvent;
  /** The event's metric reading when it arrived. */
  valueAtArrival: number;
  /** Maps simulated ms to the app's clock. */
  wallAt(simulatedMs: number): Date;
  t: Translator;
}

export function notificationOf({ event, valueAtArrival, wallAt, t }: RenderInput): SourceNotification {
  const { template } = event;
  const definition = metricDefinition(template.metric);
  if (!definition) throw new Error(`metric ${template.metric} is not in the catalog`);
  const context: TemplateContext = {
    t,
    storefront: storefrontOf(event.marketplaceId),
    productList: event.products.map((p) => `ASIN ${p.asin}: ${p.title}`).join('\n'),
    value: formatValue(definition.unit, valueAtArrival, t),
    target: describeTarget(definition.unit, demoTarget(template.metric, event.marketplaceId), t),
    rightsOwner: event.rightsOwner,
    reference: event.reference,
    timeAllowed: template.deadlineHours === null ? '' : describeHours(template.deadlineHours, t),
  };
  const text = template.render(context);
  const notification: SourceNotification = {
    accountId: event.account.id,
    marketplaceId: event.marketplaceId,
    group: definition.group,
    metric: template.metric,
    key: event.key,
    title: text.title,
    text: text.text,
    severity: template.severity,
    asins: event.products.map((p) => p.asin),
    occurredAt: wallAt(event.occurredAt).toISOString(),
    deadline:
      template.deadlineHours === null ? null : wallAt(event.occurredAt + template.deadlineHours * HOUR).toISOString(),
  };
  if (template.policy !== undefined) notification.policy = t.t(template.policy);
  if (text.requiredAction !== undefined) notification.requiredAction = text.requiredAction;
  return notification;
}

/** "Amazon.com", "Amazon.de": the storefront behind a Seller Central domain. */
function storefrontOf(marketplaceId: string): string {
  const domain = marketplaceById(marketplaceId).sellerCentral.replace(/^sellercentral(-europe)?\./, '');
  return domain.charAt(0).toUpperCase() + domain.slice(1);
}

/** "72 hours", "7 days": whole days once past three. */
function describeHours(hours: number, t: Translator): string {
  return hours > 72 && hours % 24 === 0 ? t.t('demo.days', { count: hours / 24 }) : t.t('demo.hours', { count: hours });
}
