// The demo's data must fit its mechanics and the catalog; these are the promises the timeline
// and the drift rely on.
import { describe, expect, it } from 'vitest';
import { metricDefinition } from '../../../../main/core/catalog/metrics';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { demoAccounts, healthyAccount } from '../../../../main/sources/demo/accounts';
import { openingScene, reportedMetrics } from '../../../../main/sources/demo/scenario';
import { templates, type TemplateContext } from '../../../../main/sources/demo/templates';

const byId = new Map(templates.map((t) => [t.id, t]));

const context: TemplateContext = {
  t: translatorFor('en'),
  storefront: 'Amazon.com',
  productList: 'ASIN B0TEST0001: Test product',
  value: '1.5%',
  target: 'under 1%',
  rightsOwner: 'Example Rights Owner',
  reference: '1234567890',
  timeAllowed: '72 hours',
};

describe('demo templates', () => {
  it('have unique ids and name catalog metrics the demo report carries', () => {
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    for (const t of templates) {
      expect(metricDefinition(t.metric), t.id).toBeDefined();
      expect(
        reportedMetrics.some((r) => r.metric === t.metric),
        t.id,
      ).toBe(true);
    }
  });

  it('stay open for a positive, ordered range of hours and name an ordered range of ASINs', () => {
    for (const t of templates) {
      const [min, max] = t.openHours;
      expect(min, t.id).toBeGreaterThan(0);
      expect(max, t.id).toBeGreaterThanOrEqual(min);
      const [fewest, most] = t.asinCount;
      expect(fewest, t.id).toBeLessThanOrEqual(most);
    }
  });

  it('settle a policy complaint within 12 to 48 hours, without a deadline, naming products', () => {
    for (const id of ['product-condition', 'ip-complaint', 'listing-policy', 'restricted-product', 'reviews-policy']) {
      const t = byId.get(id)!;
      expect([t.deadlineHours, t.openHours, t.missesTarget, t.policy?.startsWith('policy.')], id).toEqual([
        null,
        [12, 48],
        true,
        true,
      ]);
      expect(t.asinCount[0], id).toBeGreaterThan(0);
    }
  });

  it('ask nothing of the seller in an informational notice', () => {
    for (const id of ['a-to-z-claim-closed', 'tracking-scan-missing']) {
      const t = byId.get(id)!;
      expect([t.severity, t.weight, t.policy, t.asinCount, t.deadlineHours, t.openHours, t.missesTarget], id).toEqual([
        'info',
        1,
        undefined,
        [0, 0],
        null,
        [12, 36],
        false,
      ]);
      expect(t.render(context).requiredAction, id).toBeUndefined();
    }
  });

  it('render a title, text and the facts from the context they are given', () => {
    for (const t of templates) {
      const text = t.render(context);
      expect(text.title.length, t.id).toBeGreaterThan(10);
      expect(text.text, t.id).toContain('Amazon.com');
      if (t.asinCount[1] > 0) expect(text.text, t.id).toContain('B0TEST0001');
      if (t.deadlineHours !== null) expect(`${text.text} ${text.requiredAction}`, t.id).toContain('72 hours');
    }
  });
});

describe('demo templates in Simplified Chinese', () => {
  const zh: TemplateContext = { ...context, t: translatorFor('zh-CN'), timeAllowed: '72 小时', target: '低于 1%' };

  it('word every notice in Chinese, keeping the facts they are given', () => {
    for (const t of templates) {
      const text = t.render(zh);
      for (const words of [text.title, text.text, text.requiredAction ?? '中'])
        expect(words, t.id).toMatch(/[\u4e00-\u9fff]/);
      expect(text.text, t.id).toContain('Amazon.com');
      if (t.asinCount[1] > 0) expect(text.text, t.id).toContain('B0TEST0001');
      if (t.deadlineHours !== null) expect(`${text.text} ${text.requiredAction}`, t.id).toContain('72 小时');
    }
  });

  it('name a rate metric as Chinese Seller Central does, with its value and target', () => {
    const lsr = templates.find((t) => t.id === 'late-shipment-rate')!.render(zh);
    expect(lsr.title).toBe('迟发率高于目标');
    expect(lsr.text).toMatch(/^您在 Amazon\.com 上过去 \d+ 天的迟发率为 1\.5%，未达到我们的目标（低于 1%）。/);
    const vtr = templates.find((t) => t.id === 'valid-tracking-rate')!.render(zh);
    expect(vtr.title).toBe('有效追踪率低于目标');
  });
});

describe('demo accounts', () => {
  it('only receive templates that exist and have enough products to name', () => {
    for (const account of demoAccounts) {
      for (const id of account.templateIds) {
        const template = byId.get(id);
        expect(template, `${account.id}: ${id}`).toBeDefined();
        expect(account.products.length, `${account.id}: ${id}`).toBeGreaterThanOrEqual(template!.asinCount[1]);
      }
    }
  });

  it('keep the healthy account to informational notices', () => {
    expect(healthyAccount.atMostOneOpen).toBe(true);
    for (const id of healthyAccount.templateIds) expect(byId.get(id)?.severity).toBe('info');
  });

  it('include an account that can always take a policy event, so every slot brings a notification', () => {
    const unlimited = demoAccounts.filter((a) => !a.atMostOneOpen);
    expect(unlimited.length).toBeGreaterThan(0);
    for (const account of unlimited) {
      const counts = account.templateIds.filter((id) => metricDefinition(byId.get(id)!.metric)?.unit === 'count');
      expect(counts.length, account.id).toBeGreaterThan(0);
    }
  });

  it('open the story only with templates and marketplaces the account has', () => {
    for (const o of openingScene) {
      const account = demoAccounts.find((a) => a.id === o.accountId);
      expect(account?.templateIds).toContain(o.templateId);
      expect(account?.marketplaceIds).toContain(o.marketplaceId);
      expect(o.hoursBefore).toBeGreaterThan(0);
      expect(o.hoursAfter).toBeGreaterThan(0);
    }
  });
});
