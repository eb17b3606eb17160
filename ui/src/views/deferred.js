// The views beyond the start page, loaded together as one chunk when the
// first of them opens (see lazy.js), with their German texts. One chunk keeps
// the requests few on slow links; the service worker precaches it.
import texts from '../i18n/de-views.js';
import { addGermanTexts } from '../i18n/index.js';

addGermanTexts(texts);

export { Services } from './services.js';
export { Service } from './service.js';
export { Ideas } from './ideas.js';
export { Idea } from './idea.js';
export { IdeaNew } from './idea-new.js';
export { Mine } from './mine.js';
export { SignIn, SignUp } from './account.js';
export { AccountPage } from './account-page.js';
export { ForgotPassword, ResetPassword } from './password.js';
export { Help, Accessibility } from './help.js';
export { Workspace } from './workspace.js';
export { FeedbackDesk } from './workspace-feedback.js';
export { Inbox } from './inbox.js';
export { Solutions } from './solutions.js';
export { Assisted } from './assisted.js';
