// A connection test's answer in the window's language, rebuilt from what the host found: the
// same words main writes, said again in whatever language the window speaks now.
export { connectionTestText as testAnswerText } from '../../../main/core/accounts/connection-test-text';
