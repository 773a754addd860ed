import type { FieldDefinition, SectionDefinition } from '@zhicheng/contracts';
import { Col, Row } from 'antd';
import type { Control } from 'react-hook-form';
import { type FormValues, groupFields } from './form-model';
import { SectionField } from './section-field';

interface FieldGridProps {
  fields: readonly FieldDefinition[];
  control: Control<FormValues>;
  idPrefix: string;
  applicationId: string;
}

/** Fields two to a row on wide screens; long text takes the whole row. */
export function FieldGrid({ fields, control, idPrefix, applicationId }: FieldGridProps) {
  return (
    <Row gutter={24}>
      {fields.map((field) => (
        <Col key={field.key} xs={24} md={field.type === 'textarea' ? 24 : 12}>
          <SectionField field={field} control={control} idPrefix={idPrefix} applicationId={applicationId} />
        </Col>
      ))}
    </Row>
  );
}

/** A single section: its fields under their group headings (个人基本信息, 工作信息, ...). */
export function SingleSectionForm({
  section,
  control,
  applicationId,
}: {
  section: SectionDefinition;
  control: Control<FormValues>;
  applicationId: string;
}) {
  return (
    <>
      {groupFields(section.fields).map((group) =>
        group.title ? (
          <fieldset key={group.title} className="section-group">
            <legend>{group.title}</legend>
            <FieldGrid
              fields={group.fields}
              control={control}
              idPrefix={section.key}
              applicationId={applicationId}
            />
          </fieldset>
        ) : (
          <FieldGrid
            key="fields"
            fields={group.fields}
            control={control}
            idPrefix={section.key}
            applicationId={applicationId}
          />
        ),
      )}
    </>
  );
}
