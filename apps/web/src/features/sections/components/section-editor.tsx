import type { SectionDefinition } from '@zhicheng/contracts';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import type { Section } from '../api/get-section';
import { ConflictModal } from './conflict-modal';
import { ErrorSummary } from './error-summary';
import { LeavePrompt } from './leave-prompt';
import { ListSectionEditor } from './list-section-editor';
import { SaveBar } from './save-bar';
import { SingleSectionForm } from './single-section-form';
import { useAutosave } from './use-autosave';
import { useSectionEditor } from './use-section-editor';

interface SectionEditorProps {
  applicationId: string;
  section: SectionDefinition;
  initial: Section;
  hasNext: boolean;
  /** After 保存并下一项 saved: open the next section (or the list after the last one). */
  onNext: () => void;
}

/** The one generic form for every section, single or list, driven by its definition. */
export function SectionEditor({ applicationId, section, initial, hasNext, onNext }: SectionEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const editor = useSectionEditor(applicationId, section, initial);
  useAutosave(editor);
  const { form } = editor;

  const save = async (next: boolean) => {
    const outcome = await editor.save();
    if (!outcome.ok) return;
    const missing = outcome.section.errors.length;
    void message.success(
      missing > 0 ? t('sections.savedIncomplete', { count: missing }) : t('sections.saved'),
    );
    if (next) onNext();
  };

  return (
    <form
      noValidate
      className="section-form"
      aria-label={section.title}
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
    >
      <LeavePrompt shouldBlock={editor.isDirtyNow} onSave={async () => (await editor.save()).ok} />
      {editor.saveError && editor.invalid.length > 0 ? (
        <ErrorSummary title={editor.saveError} items={editor.invalid} />
      ) : (
        <FormAlert message={editor.saveError} />
      )}
      {section.kind === 'list' ? (
        <ListSectionEditor
          section={section}
          control={form.control}
          setValue={form.setValue}
          errors={editor.errors}
          applicationId={applicationId}
        />
      ) : (
        <SingleSectionForm section={section} control={form.control} applicationId={applicationId} />
      )}
      <SaveBar
        saving={editor.saving}
        dirty={editor.dirty}
        savedAt={editor.savedAt}
        hasNext={hasNext}
        onSave={() => void save(false)}
        onSaveNext={() => void save(true)}
      />
      <ConflictModal
        conflict={editor.conflict}
        onLoadServer={editor.loadServerVersion}
        onOverwrite={editor.overwrite}
      />
    </form>
  );
}
