import { Text, View } from '@react-pdf/renderer';
import type { SectionDefinition } from '@zhicheng/contracts';
import { chineseNumeral } from '../format/chinese-numeral.js';
import { isBlankRow } from '../format/field-value.js';
import type { SectionValues } from '../types.js';
import { ListSectionTable } from './list-section-table.js';
import { SingleSectionTable } from './single-section-table.js';
import { styles } from './styles.js';

type Stored = SectionValues | SectionValues[] | null | undefined;

/** The rows worth printing: a list's non-blank rows, a single section's values unless all blank. */
function filledRows(section: SectionDefinition, data: Stored): SectionValues[] {
  const rows = Array.isArray(data) ? data : data ? [data] : [];
  return rows.filter((row) => row && typeof row === 'object' && !isBlankRow(section.fields, row));
}

/**
 * A section heading that never sits alone at the foot of a page: react-pdf moves it to the next page
 * unless this much of what follows fits below it (a table's header and first row). The pagination
 * engine only honours this when the heading has a sibling before it in the same parent, so blocks
 * are fragments, never wrapped in a View of their own.
 */
export function BlockTitle({ text }: { text: string }) {
  return (
    <Text style={styles.sectionTitle} minPresenceAhead={72}>
      {text}
    </Text>
  );
}

/** A heading over a bordered 无, for a block with nothing in it; the two stay on one page. */
export function EmptyBlock({ title }: { title: string }) {
  return (
    <View wrap={false}>
      <BlockTitle text={title} />
      <View style={styles.table}>
        <Text style={[styles.cell, styles.firstRow, styles.empty]}>无</Text>
      </View>
    </View>
  );
}

/** One of the 23 sections: its numbered heading, then its table, or 无 when nothing was filled in. */
export function SectionBlock({ section, data }: { section: SectionDefinition; data: Stored }) {
  const rows = filledRows(section, data);
  const [first] = rows;
  const text = `${chineseNumeral(section.no)}、${section.title}`;
  const title = <BlockTitle text={text} />;
  if (section.kind === 'list' && first)
    return <ListSectionTable title={title} section={section} rows={rows} />;
  if (section.kind === 'single' && first)
    return <SingleSectionTable title={title} section={section} values={first} />;
  return <EmptyBlock title={text} />;
}
