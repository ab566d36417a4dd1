// The plan-of-action checker's words: for each rule, what was found, what to do instead, and why
// it matters to Amazon's reviewers; then readiness and the `flagwatch appeal check` output.
// Keys follow the rule ids (checker-rules.ts), which stay stable across versions.
export const checker = {
  'checker.template-phrase.message': '“{phrase}” is a stock phrase from appeal templates',
  'checker.template-phrase.suggestion': 'Say what happened in your own words, with its facts, or leave it out.',
  'checker.template-phrase.why':
    'Reviewers read many appeals a day and recognise template wording; a template reads as a plan not tailored to this case.',

  'checker.vague-root-cause.message': '“{phrase}” does not say what went wrong',
  'checker.vague-root-cause.suggestion':
    'Name the step that failed, who did it, when, and which orders or ASINs it hit: “On 3 March the listing was created without the brand’s authorisation because…”.',
  'checker.vague-root-cause.why':
    '“Human error” or “a mistake” is the most common reason Amazon gives for rejecting a plan: it cannot tell whether the real cause was found.',

  'checker.future-only-actions.message': 'This action is a promise (“{phrase}”), not something already done',
  'checker.future-only-actions.suggestion':
    'Describe what you have done, in the past tense, with the date and who did it; put what you will keep doing under preventive measures.',
  'checker.future-only-actions.why':
    'Amazon asks for actions already taken; promises alone are read as nothing done yet.',

  'checker.missing-specifics.message': 'No dates, order IDs, ASINs, quantities or owners here',
  'checker.missing-specifics.suggestion':
    'Add when it was done, who did it, and the orders, ASINs or numbers it concerns.',
  'checker.missing-specifics.why': 'Specific facts are what show a reviewer that the action really happened.',

  'checker.blames-others.message': '“{phrase}” puts the blame on someone else',
  'checker.blames-others.suggestion':
    'Explain what in your own process allowed it to happen, and what you changed, even if a buyer or carrier played a part.',
  'checker.blames-others.why':
    'Plans that blame buyers, carriers or Amazon are rejected: Amazon wants to see the seller take ownership.',

  'checker.emotive.message': '“{phrase}” is emotional language',
  'checker.emotive.suggestion': 'Keep to facts: what happened, what you did, what you will keep doing.',
  'checker.emotive.why':
    'Reviewers decide on facts; pleas and feelings take space from the facts and read as pressure.',

  'checker.business-introduction.message': '“{phrase}” introduces your business',
  'checker.business-introduction.suggestion':
    'Leave out who you are and how long you have sold; start with the root cause.',
  'checker.business-introduction.why':
    'Amazon already knows your account; an introduction delays the part the reviewer looks for.',

  'checker.other-cases.message': '“{phrase}” refers to other cases or sellers',
  'checker.other-cases.suggestion': 'Answer this notification only, on its own facts.',
  'checker.other-cases.why':
    'Each appeal is judged on its own; other sellers or earlier cases do not help and can confuse the reviewer.',

  'checker.unanswered-root-cause.message': 'No action answers this root cause',
  'checker.unanswered-root-cause.suggestion':
    'Add at least one action already taken that fixes this root cause, and link it.',
  'checker.unanswered-root-cause.why':
    'Amazon expects every root cause to be answered; one left open is enough to reject the plan.',

  'checker.asin-not-addressed.message': 'ASIN {asin} from the notification is not mentioned',
  'checker.asin-not-addressed.suggestion': 'Say what caused the problem for {asin} and what you did about it.',
  'checker.asin-not-addressed.why': 'Amazon asks for a plan and evidence for every ASIN under review.',

  'checker.length.short.message':
    '{count, plural, one {# word} other {# words}}: too short to be specific (at least {min} expected)',
  'checker.length.short.suggestion':
    'Give each root cause, action and preventive measure its facts: dates, owners, orders, ASINs.',
  'checker.length.long.message':
    '{count, plural, one {# word} other {# words}}: longer than a reviewer reads closely (at most {max})',
  'checker.length.long.suggestion': 'Cut introductions, apologies and repetition; keep the facts.',
  'checker.length.why': 'A plan too short cannot be specific; a padded one hides its facts.',

  'checker.near-copy.message': 'This is {similarity} the same as a plan already submitted',
  'checker.near-copy.suggestion':
    'Revise it materially: answer what the rejection asked for, with new facts and evidence, before submitting again.',
  'checker.near-copy.why':
    'Sending the same plan again spends one of your limited attempts and is almost always rejected again.',

  'checker.readiness.not-ready': 'Not ready',
  'checker.readiness.needs-work': 'Needs work',
  'checker.readiness.ready': 'Ready',
  'checker.gap.amazonText': 'Paste Amazon’s exact text of the notification',
  'checker.gap.noRootCause': 'Add at least one root cause',
  'checker.gap.noAction': 'Add at least one action already taken',
  'checker.gap.noPrevention': 'Add at least one preventive measure',
  'checker.gap.actionDetails':
    '{count, plural, one {# action lacks} other {# actions lack}} a date, an owner or evidence',
  'checker.gap.actionLink': '{count, plural, one {# action is} other {# actions are}} not linked to a root cause',
  'checker.gap.preventionDetails':
    '{count, plural, one {# preventive measure lacks} other {# preventive measures lack}} an owner, a frequency or a measure',
  'checker.gap.evidence': '{count, plural, one {# evidence item} other {# evidence items}} not gathered yet',
  'checker.gap.findings': '{count, plural, one {# finding} other {# findings}} from the checker',
  'checker.step.amazon': 'What Amazon said',
  'checker.step.rootCauses': 'Root causes',
  'checker.step.actions': 'Actions taken',
  'checker.step.preventions': 'Preventive measures',
  'checker.step.evidence': 'Evidence',
  'checker.step.plan': 'The whole plan',

  'checker.cli.readiness': 'Readiness: {level}',
  'checker.cli.noFindings': 'No findings.',
  'checker.cli.findings': '{count, plural, one {# finding} other {# findings}}:',
  'checker.cli.finding': '{rule} at line {line}, column {column}: {message}',
  'checker.cli.suggestion': 'Suggestion: {suggestion}',
  'checker.cli.cannotRead': 'cannot read {file}: {reason}',
  'checker.cli.usage': `Usage: flagwatch appeal check FILE [options]

Checks a plan of action written as plain text (UTF-8) and prints what the checker finds, each
with its rule, where it is and a suggestion, then how ready the plan is. Exits 0 whatever it
finds, 1 when it cannot run (a file cannot be read), 2 when the command line is wrong.

Options:
  --asins A,B       The notification's ASINs: each must be mentioned in the plan
  --previous FILE   A plan submitted before; warns when this one is nearly the same
                    (may be given more than once)
  --json            Print the findings (rule, start, end, message, suggestion) and the
                    readiness as JSON; start and end count UTF-16 code units
  -h, --help        Show this help`,
  'checker.cli.missingFile': 'name the plan to check: flagwatch appeal check FILE',
  'checker.cli.extraArgument': 'unexpected argument "{argument}": check one plan at a time',
  'checker.cli.unknownCommand': 'unknown appeal command "{command}": the appeal command is check',
} as const;
