// Settings an operator of Mitwirken adapts to their deployment.

/** Where feedback on barriers in this app goes (accessibility statement). */
export const FEEDBACK_EMAIL = 'barrierefreiheit@mitwirken.example';
