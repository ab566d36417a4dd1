// The data folder in Settings: where it is, a backup in one file and a restore from one. Why a
// backup file is refused is the host's to say (host/backup.ts).
export const backup = {
  'backup.title': 'Data folder',
  'backup.folder': 'Flagwatch keeps its files in:',
  'backup.hint':
    'A backup is one file with everything Flagwatch saved: settings, inbox, metric history, appeals and the Amazon accounts. It leaves out their client secrets and refresh tokens: enter them again after restoring on another computer.',
  'backup.create': 'Back up',
  'backup.restore': 'Restore from a backup…',
  'backup.chooseFile': 'Backup file to restore',
  'backup.created': 'Backup saved as {fileName}.',
  'backup.restart.manual':
    'The backup of {createdAt} is checked and ready. Restart Flagwatch to finish: it replaces the current data when it next starts. Until then nothing has changed.',
  'backup.restart.automatic': 'The backup of {createdAt} is checked. Flagwatch restarts now to put it in place.',
  'backup.action.create': 'make a backup',
  'backup.action.restore': 'restore the backup',
} as const;
