// Signing in and signing up. A display name is all others see; a pseudonym is
// fine. Both bring the person back to where they came from (?next=), and
// say what became of what they queued while signed out.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { locale, t } from '../i18n/index.js';
import { LIMITS } from '../domain.js';
import { ApiError } from '../api.js';
import { sessionExpired, signIn, signUp, user } from '../auth.js';
import { region } from '../prefs.js';
import { adoptHome } from '../home-region.js';
import { outboxItems } from '../store/index.js';
import { rescope } from '../sync/index.js';
import { navigate, route } from '../router.js';
import { useTitle } from './parts.js';
import { Field, fieldErrors } from './form-parts.js';
import { ErrorSummary, useForm } from './error-summary.js';
import { confirmContribution } from './confirmation-state.js';
import { useInteractive } from '../perf.js';

/** The page the person came from (?next=), if it is a path of this site; else the start page. */
export function nextPath() {
  const next = route.value.query.get('next') || '/';
  if (!next.startsWith('/') || next.startsWith('//')) return '/';
  try {
    const url = new URL(next, location.origin);
    return url.origin === location.origin ? url.pathname + url.search : '/';
  } catch {
    return '/';
  }
}

/** A link to another account page that keeps ?next=. */
export function withNext(path) {
  const next = nextPath();
  return next === '/' ? path : path + '?next=' + encodeURIComponent(next);
}

// After signing in: adopt the person's home municipality if none is chosen,
// pull their own records and send what waited for them; then go back to
// where they came from, which confirms what is being sent.
async function afterSignIn(record, waiting) {
  await adoptHome(record);
  rescope();
  const next = nextPath();
  navigate(next);
  confirmContribution('signedIn', waiting, next);
}

/** The queued contributions that wait for this person (or anyone) to sign in. */
function waitingFor() {
  return outboxItems.value.filter((m) => m.state === 'pending').map((m) => m.id);
}

/** Field errors of the server, under the names of the form's fields. */
function serverErrors(error, names) {
  if (!(error instanceof ApiError)) return { fields: {}, message: t('account.offline') };
  const fields = {};
  for (const [field, message] of Object.entries(fieldErrors(error))) fields[names[field] || field] = message;
  return { fields, message: Object.keys(fields).length ? '' : error.message };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The error of an email field, if any. */
export function emailError(email) {
  if (!email.trim()) return t('account.emailMissing');
  return EMAIL.test(email.trim()) ? '' : t('account.emailInvalid');
}

/** The errors of a new password and its repetition. */
export function newPasswordErrors({ password, passwordConfirm }) {
  const errors = {};
  if (password.length < LIMITS.password[0]) errors.password = t('account.passwordShort', { min: LIMITS.password[0] });
  if (passwordConfirm !== password) errors.passwordConfirm = t('account.passwordMismatch');
  return errors;
}

function signInErrors({ email, password }) {
  const errors = {};
  const wrongEmail = emailError(email);
  if (wrongEmail) errors.email = wrongEmail;
  if (!password) errors.password = t('account.passwordMissing');
  return errors;
}

export function SignIn() {
  useTitle(t('signIn.title'));
  useInteractive(true);
  const { form, set, errors, refused } = useForm(signInErrors, { email: '', password: '' });
  const [busy, setBusy] = useState(false);
  const submit = async (event) => {
    if (refused(event)) return;
    setBusy(true);
    try {
      const waiting = waitingFor();
      await afterSignIn(await signIn(form.email.trim(), form.password), waiting);
    } catch (error) {
      const found = serverErrors(error, { identity: 'email' });
      if (error instanceof ApiError && error.status === 400) found.message = t('signIn.wrong');
      errors.show(error instanceof ApiError && error.status === 400 ? {} : found.fields, found.message);
      setBusy(false);
    }
  };
  return html`
    <h1 tabindex="-1">${t('signIn.title')}</h1>
    ${user.value && !sessionExpired.value && html`<p>${t('nav.signedInAs', { name: user.value.display_name })}</p>`}
    <p>${t('signIn.intro')}</p>
    <form class="stack" onSubmit=${submit} noValidate>
      <${ErrorSummary} form=${errors} fields=${[['email', 'signin-email'], ['password', 'signin-password']]} messageField="signin-email" />
      <${Field} id="signin-email" label=${t('account.email')} error=${errors.errors.email} control=${(a) => html`
        <input ...${a} type="email" autocomplete="username" required value=${form.email} onInput=${set('email')} />`} />
      <${Field} id="signin-password" label=${t('account.password')} error=${errors.errors.password} control=${(a) => html`
        <input ...${a} type="password" autocomplete="current-password" required value=${form.password} onInput=${set('password')} />`} />
      <button type="submit" disabled=${busy}>${t('signIn.submit')}</button>
    </form>
    <p class="forgot-password"><a href="/forgot-password">${t('password.forgot')}</a></p>
    <p>${t('signIn.noAccount')} <a href=${withNext('/signup')}>${t('signUp.title')}</a></p>`;
}

function signUpErrors(form) {
  const errors = {};
  if (form.displayName.trim().length < LIMITS.displayName[0]) errors.displayName = t('account.nameShort', { min: LIMITS.displayName[0] });
  const wrongEmail = emailError(form.email);
  if (wrongEmail) errors.email = wrongEmail;
  return { ...errors, ...newPasswordErrors(form) };
}

const SIGN_UP_FIELDS = [['displayName', 'signup-name'], ['email', 'signup-email'], ['password', 'signup-password'],
  ['passwordConfirm', 'signup-password-confirm']];

export function SignUp() {
  useTitle(t('signUp.title'));
  useInteractive(true);
  const { form, set, errors, refused } = useForm(signUpErrors, { displayName: '', email: '', password: '', passwordConfirm: '' });
  const [busy, setBusy] = useState(false);
  const submit = async (event) => {
    if (refused(event)) return;
    setBusy(true);
    try {
      const waiting = waitingFor();
      const record = await signUp({
        ...form,
        email: form.email.trim(),
        displayName: form.displayName.trim(),
        homeRegion: region.value?.id,
        locale: locale.value,
      });
      await afterSignIn(record, waiting);
    } catch (error) {
      const found = serverErrors(error, { display_name: 'displayName' });
      errors.show(found.fields, found.message);
      setBusy(false);
    }
  };
  return html`
    <h1 tabindex="-1">${t('signUp.title')}</h1>
    <p>${t('signUp.intro')}</p>
    <form class="stack" onSubmit=${submit} noValidate>
      <${ErrorSummary} form=${errors} fields=${SIGN_UP_FIELDS} messageField="signup-name" />
      <${Field} id="signup-name" label=${t('account.displayName')}
        hint=${t('hint.displayName', { min: LIMITS.displayName[0], max: LIMITS.displayName[1] })}
        error=${errors.errors.displayName} control=${(a) => html`
          <input ...${a} type="text" autocomplete="nickname" required maxLength=${LIMITS.displayName[1]}
            value=${form.displayName} onInput=${set('displayName')} />`} />
      <${Field} id="signup-email" label=${t('account.email')} hint=${t('hint.email')} error=${errors.errors.email} control=${(a) => html`
        <input ...${a} type="email" autocomplete="email" required value=${form.email} onInput=${set('email')} />`} />
      <${Field} id="signup-password" label=${t('account.password')} hint=${t('hint.password', { min: LIMITS.password[0] })}
        error=${errors.errors.password} control=${(a) => html`
          <input ...${a} type="password" autocomplete="new-password" required value=${form.password} onInput=${set('password')} />`} />
      <${Field} id="signup-password-confirm" label=${t('account.passwordConfirm')} error=${errors.errors.passwordConfirm}
        control=${(a) => html`
          <input ...${a} type="password" autocomplete="new-password" required value=${form.passwordConfirm} onInput=${set('passwordConfirm')} />`} />
      <section class="privacy-note" aria-labelledby="privacy-note-title">
        <h2 id="privacy-note-title">${t('signUp.privacyTitle')}</h2>
        <p>${t('signUp.privacy')} <a href="/help">${t('signUp.privacyMore')}</a></p>
      </section>
      <button type="submit" disabled=${busy}>${t('signUp.submit')}</button>
    </form>
    <p>${t('signUp.haveAccount')} <a href=${withNext('/signin')}>${t('signIn.title')}</a></p>`;
}
