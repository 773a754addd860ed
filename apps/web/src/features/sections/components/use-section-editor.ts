import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import type { FieldError, SectionDefinition, SectionStatus } from '@zhicheng/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { i18n } from '../../../i18n';
import { isApiError } from '../../../lib/api-error';
import { getSection, type Section } from '../api/get-section';
import { useSaveSection } from '../api/save-section';
import { sectionKeys } from '../api/section-keys';
import { formErrors, type SummaryItem, summaryItems } from './error-summary';
import { dataPath, type FormValues, formSchema, sameValues, toFormValues, toPayload } from './form-model';

export interface Conflict {
  /** The version the server holds now (from the 409 problem), if it said. */
  currentVersion: number | undefined;
}

export type SaveOutcome = { ok: true; section: Section } | { ok: false };

/**
 * One section's editing session: the react-hook-form form (zod resolver from the same shape schema the
 * server uses), the version being edited, saving with If-Match, server errors on the fields, and the
 * 409 conflict. Rebases the form on what was saved without losing what was typed during the save.
 */
export function useSectionEditor(applicationId: string, section: SectionDefinition, initial: Section) {
  const queryClient = useQueryClient();
  const mutation = useSaveSection();
  const schema = useMemo(() => formSchema(section), [section]);
  const form = useForm<FormValues>({
    defaultValues: toFormValues(section, initial.data),
    resolver: zodResolver(schema as never) as unknown as Resolver<FormValues>,
    mode: 'onChange',
  });
  const version = useRef(initial.version);
  const baseline = useRef<FormValues>(form.getValues());
  const inFlight = useRef(false);
  const [dirty, setDirty] = useState(false);
  /** Counts edits, so the autosave timer restarts on every change. */
  const [changes, setChanges] = useState(0);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<SectionStatus>(initial.status);
  const [errors, setErrors] = useState<FieldError[]>(initial.errors);
  const [savedAt, setSavedAt] = useState<Date | null>(initial.updatedAt ? new Date(initial.updatedAt) : null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  /** The fields behind `saveError`, each linked to its control (the error summary). */
  const [invalid, setInvalid] = useState<SummaryItem[]>([]);

  /** Strict errors go on single-section fields; list rows show theirs in the table and the row form. */
  const showErrors = useCallback(
    (list: readonly FieldError[]) => {
      if (section.kind !== 'single') return;
      const keys = new Set(section.fields.map((f) => f.key));
      for (const e of list) {
        const path = dataPath(e.path);
        if (keys.has(path)) form.setError(path, { type: 'server', message: e.message });
      }
    },
    [form, section],
  );

  useEffect(() => {
    showErrors(initial.errors);
    const subscription = form.watch((values) => {
      setDirty(!sameValues(values, baseline.current));
      setChanges((n) => n + 1);
    });
    return () => subscription.unsubscribe();
  }, [form, initial.errors, showErrors]);

  function adopt(saved: Section, sent: FormValues | null) {
    version.current = saved.version;
    setStatus(saved.status);
    setErrors(saved.errors);
    setSavedAt(saved.updatedAt ? new Date(saved.updatedAt) : new Date());
    const now = form.getValues();
    if (sent === null || sameValues(now, sent)) {
      baseline.current = toFormValues(section, saved.data);
      form.reset(baseline.current);
    } else {
      // Typed while the save was on its way: keep it, still unsaved, on top of what was saved.
      baseline.current = sent;
    }
    setDirty(!sameValues(form.getValues(), baseline.current));
    showErrors(saved.errors);
  }

  /** `auto`: an autosave, which skips quietly while a field is invalid (its error already shows). */
  async function save(options: { version?: number; auto?: boolean } = {}): Promise<SaveOutcome> {
    if (inFlight.current) return { ok: false };
    setSaveError(null);
    setInvalid([]);
    if (!(await form.trigger())) {
      if (!options.auto) {
        setSaveError(i18n.t('sections.fixErrors'));
        setInvalid(summaryItems(section, formErrors(section, form)));
      }
      return { ok: false };
    }
    const sent = form.getValues();
    inFlight.current = true;
    setSaving(true);
    try {
      const saved = await mutation.mutateAsync({
        applicationId,
        key: section.key,
        version: options.version ?? version.current,
        data: toPayload(section, sent),
      });
      adopt(saved, sent);
      return { ok: true, section: saved };
    } catch (error) {
      if (isApiError(error, 'version_conflict')) {
        const current = error.extensions.currentVersion;
        setConflict({ currentVersion: typeof current === 'number' ? current : undefined });
      } else if (isApiError(error) && error.errors.length > 0) {
        showErrors(error.errors);
        setErrors(error.errors.map((e) => ({ ...e, path: dataPath(e.path) })));
        setSaveError(error.displayMessage);
        setInvalid(summaryItems(section, error.errors));
      } else {
        setSaveError(isApiError(error) ? error.displayMessage : i18n.t('errors.unknown'));
      }
      return { ok: false };
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  }

  /** Conflict, "load the server's version": drop local edits and edit what is saved now. */
  async function loadServerVersion() {
    const fresh = await queryClient.fetchQuery({
      queryKey: sectionKeys.detail(applicationId, section.key),
      queryFn: () => getSection(applicationId, section.key),
      staleTime: 0,
    });
    setConflict(null);
    form.clearErrors();
    adopt(fresh, null);
    return fresh;
  }

  /** Conflict, "overwrite with mine": send my values again against the version the server has now. */
  async function overwrite() {
    const target = conflict?.currentVersion ?? (await getSection(applicationId, section.key)).version;
    setConflict(null);
    return save({ version: target });
  }

  return {
    form,
    save,
    dirty,
    changes,
    saving,
    status,
    errors,
    savedAt,
    saveError,
    invalid,
    conflict,
    loadServerVersion,
    overwrite,
    editable: initial.editable,
    /** Read at the moment of leaving: unsaved edits right now (state may lag a render behind). */
    isDirtyNow: () => !sameValues(form.getValues(), baseline.current),
  };
}

export type SectionEditor = ReturnType<typeof useSectionEditor>;
