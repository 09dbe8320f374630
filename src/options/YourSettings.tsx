// "Your settings": the person's own trusted senders, how careful Second Look should be, the
// "No problems found" line and the language. Changes are kept in a draft until "Save settings".
// A setting IT fixed in policy is shown with its controls disabled, "Set by your IT" and the
// value in use; the draft keeps the person's stored value for it, so saving never changes it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Sensitivity } from '../engine/types';
import { BUILT_IN_DEFAULTS, normalDomain } from '../policy/domain';
import type { Language, UserOptions, UserSetting } from '../policy/user-options';
import { MAX_USER_DOMAINS } from './client';
import { LockedNote, Section, useOnceAtATime } from './parts';
import type { OptionsActions, OptionsState, SettingsView } from './state';
import { TEXT } from './text';

type Saved = Extract<OptionsState, { kind: 'ready' }>['saved'];

/** What applies when the person chose nothing and IT set nothing. */
const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'balanced', 'strict'];
const LANGUAGES: readonly Language[] = ['auto', 'en', 'es'];

type Note = { kind: 'error' | 'info'; text: string } | null;

/** Add the typed domain to the list: the new list, or why not. */
function addDomain(list: readonly string[], typed: string): { list: string[]; note: Note; ok: boolean } {
  const text = typed.trim();
  if (!text) return { list: [...list], note: { kind: 'error', text: TEXT.domainEmpty }, ok: false };
  const domain = normalDomain(text);
  if (!domain) return { list: [...list], note: { kind: 'error', text: TEXT.domainInvalid(text.slice(0, 100)) }, ok: false };
  if (list.includes(domain)) return { list: [...list], note: { kind: 'info', text: TEXT.domainDuplicate(domain) }, ok: true };
  if (list.length >= MAX_USER_DOMAINS) return { list: [...list], note: { kind: 'error', text: TEXT.domainListFull(MAX_USER_DOMAINS) }, ok: false };
  return { list: [...list, domain], note: { kind: 'info', text: TEXT.added(domain) }, ok: true };
}

function TrustedDomains({
  domains,
  locked,
  pending,
  note,
  onPending,
  onAdd,
  onRemove,
  inputRef,
}: {
  domains: readonly string[];
  locked: boolean;
  pending: string;
  note: Note;
  onPending: (value: string) => void;
  onAdd: () => void;
  onRemove: (domain: string) => void;
  inputRef: { current: HTMLInputElement | null };
}) {
  const error = note?.kind === 'error';
  const describedBy = ['trusted-hint', locked ? 'trusted-locked' : null, error ? 'trusted-note' : null].filter(Boolean).join(' ');
  return (
    <fieldset class="setting" data-setting="trustedDomains" data-locked={locked ? 'true' : undefined}>
      <legend>{TEXT.trustedTitle}</legend>
      <p class="hint">{TEXT.trustedIntro}</p>
      {locked && (
        <>
          <LockedNote id="trusted-locked" value={TEXT.trustedLocked} />
          <p class="hint">{TEXT.trustedLockedNote}</p>
        </>
      )}
      <p id="trusted-list-title" class="setting__sub">
        {TEXT.trustedListLabel}
      </p>
      {domains.length === 0 ? (
        <p class="empty">{TEXT.trustedNone}</p>
      ) : (
        <ul class="domains" aria-labelledby="trusted-list-title">
          {domains.map((d) => (
            <li key={d} class="domains__item">
              <span class="evidence">{d}</span>
              <button
                type="button"
                class="button button--small button--secondary"
                aria-label={TEXT.removeLabel(d)}
                aria-describedby={locked ? 'trusted-locked' : undefined}
                disabled={locked}
                onClick={() => onRemove(d)}
              >
                {TEXT.removeButton}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="add">
        <label for="trusted-add" class="add__label">
          {TEXT.addLabel}
        </label>
        <p id="trusted-hint" class="hint">
          {TEXT.addHint}
        </p>
        <div class="add__row">
          <input
            ref={inputRef}
            id="trusted-add"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={pending}
            disabled={locked}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy}
            onInput={(e) => onPending(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                onAdd();
              }
            }}
          />
          <button type="button" class="button button--secondary" disabled={locked} aria-describedby={locked ? 'trusted-locked' : undefined} onClick={onAdd}>
            {TEXT.addButton}
          </button>
        </div>
        {/* Errors are alerts; "added"/"removed" are polite. The region exists before it speaks. */}
        <p id="trusted-note" class={error ? 'notice notice--error' : 'notice notice--quiet'} role={error ? 'alert' : 'status'}>
          {note?.text ?? ''}
        </p>
      </div>
    </fieldset>
  );
}

function Choice<V extends string>({
  name,
  value,
  checked,
  disabled,
  describedBy,
  label,
  hint,
  onChange,
}: {
  name: string;
  value: V;
  checked: boolean;
  disabled: boolean;
  describedBy?: string;
  label: string;
  hint?: string;
  onChange: (value: V) => void;
}) {
  const id = `${name}-${value}`;
  return (
    <div class="choice">
      <input
        type="radio"
        id={id}
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        aria-describedby={[hint ? `${id}-hint` : null, describedBy ?? null].filter(Boolean).join(' ') || undefined}
        onChange={() => onChange(value)}
      />
      {/* The label is the choice's name; the sentence describing it is read after it. */}
      <div class="choice__text">
        <label for={id} class="choice__name">
          {label}
        </label>
        {hint && (
          <p class="choice__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

function SaveStatus({ saved, dirty }: { saved: Saved; dirty: boolean }) {
  const words = saved === 'saving' ? TEXT.saveBusy : saved === 'failed' ? TEXT.saveFailed : dirty ? TEXT.unsaved : saved === 'saved' ? TEXT.saved : '';
  const kind = saved === 'failed' ? 'error' : saved === 'saved' && !dirty ? 'done' : 'quiet';
  return (
    <p class={`notice notice--${kind} save-status`} role="status" data-saved={saved}>
      {words}
    </p>
  );
}

export function YourSettings({ settings, saved, actions }: { settings: SettingsView; saved: Saved; actions: OptionsActions }) {
  const { user, locked, policy } = settings;
  const isLocked = (key: UserSetting) => locked.includes(key);
  const userKey = JSON.stringify(user);
  const [draft, setDraft] = useState<UserOptions>(user);
  const [pending, setPending] = useState('');
  const [note, setNote] = useState<Note>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // A new stored value (saved, or changed elsewhere) replaces the draft, and "Added …, press
  // Save" no longer applies; a failed save keeps both.
  useEffect(() => {
    setDraft(JSON.parse(userKey) as UserOptions);
    setNote(null);
  }, [userKey]);

  /** Locked settings always go back as stored: the page never changes them. */
  const withLocked = (options: UserOptions): UserOptions => {
    const out = { ...options };
    for (const key of locked) (out as Record<UserSetting, unknown>)[key] = user[key];
    return out;
  };

  const { busy, failed, trigger } = useOnceAtATime(async () => {
    let options = draft;
    if (!isLocked('trustedDomains') && pending.trim() !== '') {
      // Typed but not added yet: add it now, or stop and say why.
      const result = addDomain(draft.trustedDomains, pending);
      setNote(result.note);
      if (!result.ok) {
        inputRef.current?.focus();
        return;
      }
      options = { ...draft, trustedDomains: result.list };
      setDraft(options);
      setPending('');
    }
    await actions.save(withLocked(options));
  });

  const add = () => {
    if (isLocked('trustedDomains')) return;
    const result = addDomain(draft.trustedDomains, pending);
    setNote(result.note);
    if (result.ok) {
      setDraft({ ...draft, trustedDomains: result.list });
      setPending('');
    }
  };
  const remove = (domain: string) => {
    if (isLocked('trustedDomains')) return;
    setDraft({ ...draft, trustedDomains: draft.trustedDomains.filter((d) => d !== domain) });
    setNote({ kind: 'info', text: TEXT.removed(domain) });
    inputRef.current?.focus();
  };
  const set = <K extends UserSetting>(key: K, value: UserOptions[K]) => {
    if (!isLocked(key)) setDraft({ ...draft, [key]: value });
  };

  const sensitivityLocked = isLocked('sensitivity');
  const safeLocked = isLocked('showSafeIndicator');
  const languageLocked = isLocked('language');
  const sensitivityShown: Sensitivity | 'default' = sensitivityLocked ? policy.sensitivity : (draft.sensitivity ?? 'default');
  const safeShown: 'show' | 'hide' | 'default' = safeLocked ? (policy.showSafeIndicator ? 'show' : 'hide') : draft.showSafeIndicator === null ? 'default' : draft.showSafeIndicator ? 'show' : 'hide';
  const dirty = JSON.stringify(withLocked(draft)) !== userKey || pending.trim() !== '';
  const saving = busy || saved === 'saving';

  return (
    <Section id="yours" title={TEXT.yourTitle}>
      <p>{TEXT.yourIntro}</p>

      <TrustedDomains
        domains={draft.trustedDomains}
        locked={isLocked('trustedDomains')}
        pending={pending}
        note={note}
        onPending={(v) => {
          setPending(v);
          if (note?.kind === 'error') setNote(null);
        }}
        onAdd={add}
        onRemove={remove}
        inputRef={inputRef}
      />

      <fieldset class="setting" data-setting="sensitivity" data-locked={sensitivityLocked ? 'true' : undefined}>
        <legend>{TEXT.sensitivityTitle}</legend>
        {sensitivityLocked && <LockedNote id="sensitivity-locked" value={TEXT.sensitivityName[policy.sensitivity]} />}
        <Choice
          name="sensitivity"
          value="default"
          checked={sensitivityShown === 'default'}
          disabled={sensitivityLocked}
          describedBy={sensitivityLocked ? 'sensitivity-locked' : undefined}
          label={TEXT.sensitivityDefault(TEXT.sensitivityName[BUILT_IN_DEFAULTS.sensitivity])}
          onChange={() => set('sensitivity', null)}
        />
        {SENSITIVITIES.map((s) => (
          <Choice
            key={s}
            name="sensitivity"
            value={s}
            checked={sensitivityShown === s}
            disabled={sensitivityLocked}
            describedBy={sensitivityLocked ? 'sensitivity-locked' : undefined}
            label={TEXT.sensitivityName[s]}
            hint={TEXT.sensitivityHint[s]}
            onChange={(v) => set('sensitivity', v)}
          />
        ))}
      </fieldset>

      <fieldset class="setting" data-setting="showSafeIndicator" data-locked={safeLocked ? 'true' : undefined}>
        <legend>{TEXT.safeTitle}</legend>
        {safeLocked && <LockedNote id="safe-locked" value={policy.showSafeIndicator ? TEXT.safeShown : TEXT.safeHidden} />}
        {(
          [
            ['default', TEXT.safeDefault(BUILT_IN_DEFAULTS.showSafeIndicator), null],
            // Not "on"/"off": a radio button's value is "on" when it has none.
            ['show', TEXT.safeOn, true],
            ['hide', TEXT.safeOff, false],
          ] as const
        ).map(([value, label, option]) => (
          <Choice
            key={value}
            name="safe-indicator"
            value={value}
            checked={safeShown === value}
            disabled={safeLocked}
            describedBy={safeLocked ? 'safe-locked' : undefined}
            label={label}
            onChange={() => set('showSafeIndicator', option)}
          />
        ))}
      </fieldset>

      <div class="setting" data-setting="language" data-locked={languageLocked ? 'true' : undefined}>
        <label for="language" class="setting__label">
          {TEXT.languageLabel}
        </label>
        {languageLocked && <LockedNote id="language-locked" value={TEXT.languageName[user.language]} />}
        <select
          id="language"
          value={languageLocked ? user.language : draft.language}
          disabled={languageLocked}
          aria-describedby={languageLocked ? 'language-locked' : undefined}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if ((LANGUAGES as readonly string[]).includes(v)) set('language', v as Language);
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {TEXT.languageName[l]}
            </option>
          ))}
        </select>
      </div>

      <div class="save">
        <button type="button" class="button button--primary" aria-disabled={saving ? 'true' : undefined} onClick={trigger}>
          {saving ? TEXT.saveBusy : TEXT.saveButton}
        </button>
        <SaveStatus saved={failed ? 'failed' : saved} dirty={dirty} />
      </div>
    </Section>
  );
}
