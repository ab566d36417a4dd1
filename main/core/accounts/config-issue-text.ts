// An account config the schema refused, in the reader's language: each field by the name the
// account form gives it, and each broken rule in the form's words. The schema's own messages are
// English; they are the fallback for a rule this file does not know.
import type { z } from 'zod/mini';
import { marketplaceNameAndCode } from '../catalog/marketplace-name';
import type { MessageKey } from '../i18n/catalogue';
import type { Translator } from '../i18n/translator';
import { clientIdPrefix, maxMarketplaces, type MarketplaceIssueParams } from './account-config';

type Issue = z.core.$ZodIssue;

const fieldKeys: Readonly<Record<string, MessageKey>> = {
  name: 'accounts.form.name',
  region: 'accounts.field.region',
  sellerId: 'accounts.field.sellerId',
  marketplaceIds: 'accounts.field.marketplaces',
  clientId: 'accounts.form.clientId',
  endpoint: 'errors.account.field.endpoint',
  tokenEndpoint: 'errors.account.field.tokenEndpoint',
};

/** The field an issue is about, as a name the seller knows; null for the config as a whole. */
export function configFieldOf(issue: Issue): string | null {
  const field = issue.path[0];
  return typeof field === 'string' ? field : null;
}

export function configFieldName(field: string, t: Translator): string {
  const key = fieldKeys[field];
  return key ? t.t(key) : field;
}

/** What is wrong, without the field's name: "choose at least one marketplace". */
export function configProblemText(issue: Issue, t: Translator): string {
  switch (configFieldOf(issue)) {
    case 'name':
      return t.t('accounts.error.name');
    case 'region':
      return t.t('accounts.error.region');
    case 'sellerId':
      return t.t('accounts.error.sellerId');
    case 'clientId':
      return t.t('accounts.error.clientId', { prefix: clientIdPrefix });
    case 'marketplaceIds':
      return marketplaceProblem(issue, t);
    case 'endpoint':
    case 'tokenEndpoint':
      return paramsOf(issue)?.problem === 'unsafeEndpoint'
        ? t.t('errors.account.unsafeEndpoint')
        : t.t('errors.account.notUrl');
    default:
      return issue.message;
  }
}

/** "Marketplaces: Germany (DE) is listed twice", each issue of the config so, in the schema's order. */
export function configIssuesText(error: z.core.$ZodError, t: Translator): string {
  return error.issues
    .map((issue) => {
      const field = configFieldOf(issue);
      const problem = configProblemText(issue, t);
      return field === null ? problem : t.t('errors.account.issue', { field: configFieldName(field, t), problem });
    })
    .reduce((first, second) => t.t('errors.account.issues', { first, second }));
}

function marketplaceProblem(issue: Issue, t: Translator): string {
  if (issue.code === 'too_small') return t.t('accounts.error.noMarketplace');
  if (issue.code === 'too_big') return t.t('accounts.error.tooManyMarketplaces', { max: maxMarketplaces });
  const params = paramsOf(issue) as Partial<MarketplaceIssueParams> | undefined;
  if (params?.problem === undefined || params.marketplaceId === undefined || params.region === undefined)
    return issue.message;
  const region = t.t('window.nameAndCode', { name: t.t(`accounts.region.${params.region}`), code: params.region });
  return t.t(`errors.account.${params.problem}`, {
    marketplace: marketplaceNameAndCode(params.marketplaceId, t),
    region,
  });
}

function paramsOf(issue: Issue): Record<string, unknown> | undefined {
  return issue.code === 'custom' ? issue.params : undefined;
}
