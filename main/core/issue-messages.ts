// zod's own words for a failed check ("expected boolean, received string"), in English. The
// schemas are zod/mini's, which loads no messages: without these every issue reads only "Invalid
// input". Loaded by whoever shows zod's words to a person or a log: the hosts (refused payloads,
// store files, the command line) and the bridge (a request or answer that breaks the contract).
// The window's forms word their fields' problems themselves and never need them.
import { z } from 'zod/mini';

export function loadEnglishIssueMessages(): void {
  z.config(z.locales.en());
}
