import { type MaterialCategory, materialCompletion } from '@zhicheng/contracts';
import { useTranslation } from 'react-i18next';
import { ReadableTag } from '../../../components/readable-tag';

const colours = { done: 'green', missing: 'red', notNeeded: 'default' } as const;
const labels = {
  done: 'materials.doneYes',
  missing: 'materials.doneNo',
  notNeeded: 'materials.doneNotNeeded',
} as const;

/** 完成状态: 是 (a file is there), 否 (required, none yet), 无需上传 (optional or irrelevant, none). */
export function CompletionTag({ category }: { category: Pick<MaterialCategory, 'required' | 'files'> }) {
  const { t } = useTranslation();
  const state = materialCompletion(category);
  return <ReadableTag color={colours[state]}>{t(labels[state])}</ReadableTag>;
}
