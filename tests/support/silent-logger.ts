// A logger that drops every line: for tests that check something other than what is logged.
import type { Logger } from '../../main/app/ports';

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
