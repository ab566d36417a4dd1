// How much of a server's answer Flagwatch reads: far above anything Amazon sends, low enough that
// a broken or hostile server cannot fill the machine's memory.

/** Any SP-API or sign-in answer (they are a few kilobytes each). */
export const maxAnswerBytes = 8 * 1024 * 1024;

/** A seller performance report, downloaded and once unpacked (a few kilobytes in practice). */
export const maxReportBytes = 16 * 1024 * 1024;
