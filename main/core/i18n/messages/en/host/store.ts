// What the host tells after a damaged data file was moved aside, and the data files' names.
// `{label}` is a store's label, `{startsOver}` what starting from its defaults means, completing "so ...".
export const store = {
  'store.recovery.what': 'Flagwatch could not use your {label} file because {reason}.',
  'store.recovery.restored':
    'It restored the last good copy, taken when Flagwatch last opened the file; changes made after that are lost.',
  'store.recovery.noBackup': 'There was no good copy to restore, so {startsOver}.',
  'store.recovery.badBackup': 'Its backup copy could not be used either, because {problem}, so {startsOver}.',
  'store.recovery.keptAs': 'The damaged file was kept as {movedTo}.',
  'store.recovery.keptNewerAs': 'The file was kept, untouched, as {movedTo}: a newer Flagwatch can still open it.',

  'store.reason.empty': 'it is empty',
  'store.reason.notJson': 'it is not valid JSON ({detail})',
  'store.reason.notDataFile': 'it is not a Flagwatch data file (it has no format version)',
  'store.reason.notUpgradable': 'it could not be upgraded from data format {from} ({detail})',
  'store.reason.unexpected': 'its content is not what Flagwatch expects: {detail}',
  'store.reason.newer': 'it was saved by a newer version of Flagwatch (data format {version})',

  'store.settings.label': 'settings',
  'store.settings.startsOver': 'your settings are back to their defaults',
  'store.summary.label': 'saved badge',
  'store.summary.startsOver': 'the badge is worked out from the inbox instead, which only takes a little longer',
  'store.inbox.label': 'inbox',
  'store.inbox.startsOver': 'the inbox starts empty and fills again at the next check',
  'store.history.label': 'metric history',
  'store.history.startsOver': 'the metric history starts again from the next check',
  'store.appealDrafts.label': 'unsaved appeal typing',
  'store.appealDrafts.startsOver': 'each appeal opens at its last saved version',
  'store.appeals.label': 'saved appeals',
  'store.appeals.startsOver':
    'the list of saved appeals starts empty; the damaged file below still holds what could be read of them',
  'store.accounts.label': 'Amazon accounts',
  'store.accounts.startsOver':
    'the list of Amazon accounts starts empty: add each account again, with its client secret and refresh token',
  'store.spapiState.label': 'Amazon account memory',
  'store.spapiState.startsOver':
    'Flagwatch reads this account afresh: running deadlines restart from the next poll and current policy counts show as new once',
  'store.demo.label': 'demo story',
  'store.demo.startsOver': 'the demo accounts start a new story',
  'store.readOnly.usedBackup': 'This command used its last good copy.',
  'store.readOnly.usedDefaults': 'There was no good copy, so this command read it as empty.',
  'store.readOnly.leftAsIs':
    'The file was left as it is: Flagwatch recovers it the next time the app, flagwatch serve or flagwatch check opens the folder.',
  'store.mailboxes.label': 'mailboxes',
  'store.mailboxes.startsOver':
    'the list of mailboxes starts empty: add each mailbox again, with its password or token',
} as const;
