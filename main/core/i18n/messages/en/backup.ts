// The data folder in Settings: where it is, a backup in one file, a restore from one, and why a
// backup file is refused. A problem completes "Could not restore the backup: …".
export const backup = {
  'backup.title': 'Data folder',
  'backup.folder': 'Flagwatch keeps its files in:',
  'backup.hint':
    'A backup is one file with everything Flagwatch saved: settings, inbox, metric history, appeals and the Amazon accounts. It leaves out their client secrets and refresh tokens: enter them again after restoring on another computer.',
  'backup.create': 'Back up',
  'backup.restore': 'Restore from a backup…',
  'backup.fileKind': 'Flagwatch backup',
  'backup.chooseFile': 'Backup file to restore',
  'backup.created': 'Backup saved as {fileName}.',
  'backup.restart.manual':
    'The backup of {createdAt} is checked and ready. Restart Flagwatch to finish: it replaces the current data when it next starts. Until then nothing has changed.',
  'backup.restart.automatic': 'The backup of {createdAt} is checked. Flagwatch restarts now to put it in place.',
  'backup.action.create': 'make a backup',
  'backup.action.restore': 'restore the backup',

  'backup.refused': '{problem}. Nothing was changed.',
  'backup.problem.empty': 'the file is empty',
  'backup.problem.notJson': 'the file is incomplete or not a Flagwatch backup (it cannot be read as JSON)',
  'backup.problem.foreign': 'this file is not a Flagwatch backup',
  'backup.problem.newerFormat':
    'this backup was made by a newer version of Flagwatch (backup format {version}): update Flagwatch to restore it',
  'backup.problem.damaged': 'this backup was changed or damaged after it was made (its checksum does not match)',
  'backup.problem.missing': 'this backup has no {label} in it',
  'backup.problem.unexpected': 'this backup holds a file Flagwatch does not know: {name}',
  'backup.problem.document': 'the {label} in this backup cannot be used because {reason}',
  'backup.noFolder': 'this Flagwatch has no data folder to back up',
  'backup.noDialogs': 'this window saves and opens backup files itself',
} as const;
