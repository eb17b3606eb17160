// English texts of the help page and the accessibility statement.
export default {
  'help.sections': [
    ['What is Mitwirken?', [
      'Mitwirken is a platform for your municipality and your district. You say how well the online services of the administration work and propose what should get better. Associations and the administration read along and answer publicly.',
    ]],
    ['Choosing your municipality', [
      'On your first visit you choose your municipality. Mitwirken remembers the choice on this device. You can change it at the top of every page with “Change municipality”.',
    ]],
    ['Rating services and reporting barriers', [
      'Under “Services” you find the online services of your municipality, grouped by topic. Choose a service, give 1 to 5 stars and tick which barriers you met, for example “Too complicated”.',
      'Only the responsible administration and association see your single rating. Everyone else sees the average and the barriers only once enough people have rated a service in your municipality, and then only summed up.',
    ]],
    ['Submitting, supporting and commenting on ideas', [
      'Under “Submit an idea” you write your proposal. While you write, Mitwirken shows similar ideas that already exist. If one fits, support it instead: that gives it more weight.',
      'For each idea you see how many people support it, what the administration answered and which associations endorse it. If an idea was merged into another, a link leads to the other idea.',
    ]],
    ['Taking part without internet', [
      'Mitwirken also works without a connection. What you do is saved on your device and marked “waiting for a connection”. As soon as there is a connection again, it is sent, exactly once.',
      'If the server does not accept a contribution, for example because an idea was declined in the meantime, you see the reason under “My contributions”. There you can correct or discard it.',
    ]],
    ['Account and privacy', [
      'To take part you need an account with an email address and a display name. The name may be a pseudonym. Nobody but you sees your email address.',
    ]],
    ['Using the app', [
      'You can use Mitwirken entirely with the keyboard: the Tab key moves from element to element. The page can be zoomed to 200 percent. Under “Language” you choose German, English or Leichte Sprache (easy-to-read German).',
    ]],
  ],

  'a11y.title': 'Accessibility statement',
  'a11y.sections': [
    ['Scope', [
      'This statement applies to the citizen app of Mitwirken. We want everyone to be able to use it and follow the German Barrier-Free Information Technology Ordinance (BITV 2.0) and the Web Content Accessibility Guidelines (WCAG) 2.1, level AA.',
    ]],
    ['Compliance status', [
      'According to our assessment, the app is largely accessible. Every view is checked automatically for barriers with every change (axe, WCAG 2.1 A and AA) and can be used entirely with the keyboard. The app uses system fonts, can be zoomed to 200 percent and avoids animations if you have asked for that in your system settings.',
    ]],
    ['Content that is not accessible', [
      'We do not check texts written by citizens, associations and the administration for readability. The descriptions of the online services and the linked pages of the administration are not our responsibility. Leichte Sprache is available so far for the home page, the help and the form hints.',
    ]],
    ['Preparation of this statement', [
      'This statement was prepared on 26 November 2026 based on a self-assessment.',
    ]],
  ],
  'a11y.feedbackTitle': 'Reporting barriers: feedback and contact',
  'a11y.feedbackText': 'Did you notice a barrier, or do you need content in another form? Write to us. We answer within two weeks.',
  'a11y.feedbackMail': 'Email {email}',
  'a11y.feedbackIdea': 'Submit an idea about the accessibility of this app',
  'a11y.mailSubject': 'Barrier in the Mitwirken app',
  'a11y.enforcementTitle': 'Enforcement procedure',
  'a11y.enforcementText': 'If you do not receive a satisfactory answer to your feedback, you can turn to the conciliation body under the German Disability Equality Act (BGG) or to the enforcement body of your federal state. The procedure is free of charge.',
};
