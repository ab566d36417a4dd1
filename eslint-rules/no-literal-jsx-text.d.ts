// The rule's type, for the test that imports it from TypeScript.
import type { Rule } from 'eslint';

declare const rule: Rule.RuleModule;
export default rule;
