// A backup file as the host writes and reads it, and why it refuses one. A problem completes
// "Could not restore the backup: …".
export const backup = {
  'backup.fileKind': 'Flagwatch backup',

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
