// Words used across areas: actions, states, and how a failure is put.
export const common = {
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.loading': 'Loading…',
  'common.none': 'None',
  /** One shape for every failed command: "Could not save the settings: the disk is full." */
  'common.couldNot': 'Could not {action}: {reason}',
  'common.unknownError': 'something went wrong',
  'common.language': 'Language',
  'common.language.system': 'As the system',
  'common.language.en': 'English',
  'common.language.zh-CN': '简体中文',
} as const;
