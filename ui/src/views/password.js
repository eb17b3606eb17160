// A forgotten password: the person asks for a link by email (PocketBase's
// request-password-reset), and the link from the mail opens ResetPassword
// with the token in the fragment (#token=…), which never reaches a server
// log. Where the operator has not configured email, no link can come, and
// the page says so instead of pretending.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { ApiError, request } from '../api.js';
import { loadPlatform, platform } from '../platform.js';
import { useInteractive } from '../perf.js';
import { useTitle } from './parts.js';
import { Field, fieldErrors } from './form-parts.js';
import { ErrorSummary, useForm } from './error-summary.js';
import { emailError, newPasswordErrors } from './account.js';

function NoEmail() {
  const contact = platform.value?.contactEmail;
  return html`
    <div class="notice notice-warning">
      <p>${t('password.noEmail')}</p>
      <p>${contact ? html`${t('password.askOperator')} <a href=${'mailto:' + contact}>${contact}</a>` : t('password.askOperatorUnknown')}</p>
    </div>`;
}

const requestErrors = ({ email }) => (emailError(email) ? { email: emailError(email) } : {});

export function ForgotPassword() {
  useTitle(t('password.forgotTitle'));
  useInteractive(true);
  useEffect(() => {
    loadPlatform();
  }, []);
  const { form, setForm, errors, refused } = useForm(requestErrors, { email: '' });
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event) => {
    if (refused(event)) return;
    setBusy(true);
    try {
      await request('/api/collections/users/request-password-reset', { method: 'POST', body: { email: form.email.trim() } });
      setSent(true);
    } catch (error) {
      errors.show(fieldErrors(error), error instanceof ApiError ? '' : t('account.offline'));
    } finally {
      setBusy(false);
    }
  };
  let content;
  if (platform.value?.emailConfigured === false) content = html`<${NoEmail} />`;
  else if (sent) content = html`<div class="confirmation" role="status"><p>${t('password.sent', { email: form.email.trim() })}</p></div>`;
  else content = html`
    <p>${t('password.forgotIntro')}</p>
    <form class="stack" onSubmit=${submit} noValidate>
      <${ErrorSummary} form=${errors} fields=${[['email', 'forgot-email']]} messageField="forgot-email" />
      <${Field} id="forgot-email" label=${t('account.email')} error=${errors.errors.email} control=${(a) => html`
        <input ...${a} type="email" autocomplete="email" required value=${form.email}
          onInput=${(e) => setForm({ email: e.currentTarget.value })} />`} />
      <button type="submit" disabled=${busy}>${t('password.request')}</button>
    </form>`;
  return html`
    <h1 tabindex="-1">${t('password.forgotTitle')}</h1>
    ${content}
    <p><a href="/signin">${t('signIn.title')}</a></p>`;
}

export function ResetPassword() {
  useTitle(t('password.resetTitle'));
  useInteractive(true);
  const token = new URLSearchParams(location.hash.slice(1)).get('token') || '';
  const { form, set, errors, refused } = useForm(newPasswordErrors, { password: '', passwordConfirm: '' });
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event) => {
    if (refused(event)) return;
    setBusy(true);
    try {
      await request('/api/collections/users/confirm-password-reset', { method: 'POST', body: { token, ...form } });
      setDone(true);
    } catch (error) {
      const fields = fieldErrors(error);
      const expired = !(error instanceof ApiError) ? t('account.offline') : fields.token || !token ? t('password.linkInvalid') : '';
      delete fields.token;
      errors.show(fields, expired);
    } finally {
      setBusy(false);
    }
  };
  if (done) {
    return html`
      <h1 tabindex="-1">${t('password.resetTitle')}</h1>
      <div class="confirmation" role="status"><p>${t('password.changed')} <a href="/signin">${t('signIn.title')}</a></p></div>`;
  }
  return html`
    <h1 tabindex="-1">${t('password.resetTitle')}</h1>
    <form class="stack" onSubmit=${submit} noValidate>
      <${ErrorSummary} form=${errors} fields=${[['password', 'reset-password'], ['passwordConfirm', 'reset-password-confirm']]} />
      <${Field} id="reset-password" label=${t('password.new')} hint=${t('hint.password', { min: 8 })} error=${errors.errors.password}
        control=${(a) => html`<input ...${a} type="password" autocomplete="new-password" required value=${form.password} onInput=${set('password')} />`} />
      <${Field} id="reset-password-confirm" label=${t('account.passwordConfirm')} error=${errors.errors.passwordConfirm}
        control=${(a) => html`
          <input ...${a} type="password" autocomplete="new-password" required value=${form.passwordConfirm} onInput=${set('passwordConfirm')} />`} />
      <button type="submit" disabled=${busy}>${t('password.save')}</button>
    </form>
    <p><a href="/forgot-password">${t('password.requestAgain')}</a></p>`;
}
