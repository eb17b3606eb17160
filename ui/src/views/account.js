// Signing in and signing up. A display name is all others see; a pseudonym is fine.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { locale, t } from '../i18n/index.js';
import { LIMITS } from '../domain.js';
import { ApiError, request } from '../api.js';
import { sessionExpired, signIn, signUp, user } from '../auth.js';
import { chooseRegion, region } from '../prefs.js';
import { regionsById } from '../store/index.js';
import { rescope } from '../sync/index.js';
import { navigate, route } from '../router.js';
import { Field, fieldErrors, useTitle } from './parts.js';
import { useInteractive } from '../perf.js';

// After signing in: adopt the person's home municipality if none is chosen,
// pull their own records and send what waited for them.
async function afterSignIn(record) {
  if (!region.value && record.home_region) {
    const home = regionsById.value.get(record.home_region) ||
      (await request(`/api/collections/regions/records/${encodeURIComponent(record.home_region)}`).catch(() => null));
    if (home) chooseRegion(home);
  }
  rescope();
}

// Where to go after signing in: the page the person came from (?next=).
function nextPath() {
  const next = route.value.query.get('next') || '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function failure(error) {
  if (error instanceof ApiError) {
    const fields = fieldErrors(error);
    return { fields, message: Object.keys(fields).length ? t('account.fixFields') : error.message };
  }
  return { fields: {}, message: t('account.offline') };
}

function FormError({ message }) {
  return html`<div role="alert">${message && html`<p class="error">${message}</p>`}</div>`;
}

export function SignIn() {
  useTitle(t('signIn.title'));
  useInteractive(true);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [state, setState] = useState({ fields: {}, message: '', busy: false });
  const submit = async (event) => {
    event.preventDefault();
    setState({ fields: {}, message: '', busy: true });
    try {
      await afterSignIn(await signIn(email.trim(), password));
      navigate(nextPath());
    } catch (error) {
      const found = failure(error);
      if (error instanceof ApiError && error.status === 400 && !Object.keys(found.fields).length) found.message = t('signIn.wrong');
      setState({ ...found, busy: false });
    }
  };
  return html`
    <h1 tabindex="-1">${t('signIn.title')}</h1>
    ${user.value && !sessionExpired.value && html`<p>${t('nav.signedInAs', { name: user.value.display_name })}</p>`}
    <p>${t('signIn.intro')}</p>
    <form class="stack" onSubmit=${submit}>
      <${FormError} message=${state.message} />
      <${Field} id="signin-email" label=${t('account.email')} error=${state.fields.identity} control=${(a) => html`
        <input ...${a} type="email" autocomplete="username" required value=${email} onInput=${(e) => setEmail(e.currentTarget.value)} />`} />
      <${Field} id="signin-password" label=${t('account.password')} error=${state.fields.password} control=${(a) => html`
        <input ...${a} type="password" autocomplete="current-password" required value=${password}
          onInput=${(e) => setPassword(e.currentTarget.value)} />`} />
      <button type="submit" disabled=${state.busy}>${t('signIn.submit')}</button>
    </form>
    <p>${t('signIn.noAccount')} <a href="/signup">${t('signUp.title')}</a></p>`;
}

export function SignUp() {
  useTitle(t('signUp.title'));
  useInteractive(true);
  const [form, setForm] = useState({ displayName: '', email: '', password: '', passwordConfirm: '' });
  const [state, setState] = useState({ fields: {}, message: '', busy: false });
  const set = (field) => (event) => {
    const { value } = event.currentTarget;
    setForm((current) => ({ ...current, [field]: value }));
  };
  const submit = async (event) => {
    event.preventDefault();
    setState({ fields: {}, message: '', busy: true });
    try {
      const record = await signUp({
        ...form,
        email: form.email.trim(),
        displayName: form.displayName.trim(),
        homeRegion: region.value?.id,
        locale: locale.value,
      });
      await afterSignIn(record);
      navigate('/');
    } catch (error) {
      setState({ ...failure(error), busy: false });
    }
  };
  return html`
    <h1 tabindex="-1">${t('signUp.title')}</h1>
    <p>${t('signUp.intro')}</p>
    <form class="stack" onSubmit=${submit}>
      <${FormError} message=${state.message} />
      <${Field} id="signup-name" label=${t('account.displayName')}
        hint=${t('hint.displayName', { min: LIMITS.displayName[0], max: LIMITS.displayName[1] })}
        error=${state.fields.display_name} control=${(a) => html`
          <input ...${a} type="text" autocomplete="nickname" required minLength=${LIMITS.displayName[0]} maxLength=${LIMITS.displayName[1]}
            value=${form.displayName} onInput=${set('displayName')} />`} />
      <${Field} id="signup-email" label=${t('account.email')} hint=${t('hint.email')} error=${state.fields.email} control=${(a) => html`
        <input ...${a} type="email" autocomplete="email" required value=${form.email} onInput=${set('email')} />`} />
      <${Field} id="signup-password" label=${t('account.password')} hint=${t('hint.password', { min: LIMITS.password[0] })}
        error=${state.fields.password} control=${(a) => html`
          <input ...${a} type="password" autocomplete="new-password" required minLength=${LIMITS.password[0]}
            value=${form.password} onInput=${set('password')} />`} />
      <${Field} id="signup-password-confirm" label=${t('account.passwordConfirm')} error=${state.fields.passwordConfirm}
        control=${(a) => html`
          <input ...${a} type="password" autocomplete="new-password" required value=${form.passwordConfirm} onInput=${set('passwordConfirm')} />`} />
      <button type="submit" disabled=${state.busy}>${t('signUp.submit')}</button>
    </form>
    <p>${t('signUp.haveAccount')} <a href="/signin">${t('signIn.title')}</a></p>`;
}
