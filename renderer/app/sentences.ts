// The window puts sentences together the way main does: one rule for both.
export { sentences } from '../../main/core/i18n/sentences';
