import {
  NPS_IMPORT_FIELD_LABELS,
  NPS_IMPORT_FIELDS,
  type NpsImportField,
  type NpsImportOptions,
  type NpsImportPreview,
} from '../../../../shared/model/npsImport';
import { NPS_ROLE_LABELS, NPS_ROLES, type NpsRole } from '../../../../shared/model/projectRetro';

interface MappingProps {
  preview: NpsImportPreview;
  disabled: boolean;
  change: (patch: Partial<NpsImportOptions>) => void;
}

const NONE = '';

/** Which column holds what (guessed by main, changeable), the header row, the date order and the role of the rest. */
export function NpsImportMapping({ preview, disabled, change }: MappingProps) {
  const { mapping, columns } = preview;
  const setColumn = (field: NpsImportField, value: string) => {
    const column = value === NONE ? null : Number(value);
    // A column read as this field is no longer read as the one it was.
    const cleared = Object.fromEntries(
      Object.entries(mapping).map(([f, c]) => [f, c === column && column !== null ? null : c]),
    ) as typeof mapping;
    // Another date column: its own dates tell the day/month order again.
    change({ mapping: { ...cleared, [field]: column }, ...(field === 'date' ? { dateOrder: null } : {}) });
  };
  return (
    <fieldset className="nps-import__mapping" disabled={disabled}>
      <legend className="field__label">Columns</legend>
      {NPS_IMPORT_FIELDS.map((field) => (
        <div key={field} className="field">
          <label className="field__label" htmlFor={`nps-import-${field}`}>
            {NPS_IMPORT_FIELD_LABELS[field]}
          </label>
          <select
            id={`nps-import-${field}`}
            className="input"
            value={mapping[field] === null ? NONE : String(mapping[field])}
            aria-invalid={field === 'score' && mapping.score === null ? true : undefined}
            onChange={(e) => setColumn(field, e.target.value)}
          >
            <option value={NONE}>{field === 'score' ? 'Choose a column…' : 'Not in the file'}</option>
            {columns.map((name, index) => (
              <option key={index} value={String(index)}>
                {name}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="field">
        <label className="field__label" htmlFor="nps-import-role-default">
          Role when the file and People do not say
        </label>
        <select
          id="nps-import-role-default"
          className="input"
          value={preview.defaultRole}
          onChange={(e) => change({ defaultRole: e.target.value as NpsRole })}
        >
          {NPS_ROLES.map((role) => (
            <option key={role} value={role}>
              {NPS_ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      {mapping.date !== null && preview.dateOrderUsed ? <DateOrderField preview={preview} change={change} /> : null}
      <label className="checkbox nps-import__header">
        <input type="checkbox" checked={preview.hasHeader} onChange={(e) => change({ hasHeader: e.target.checked })} />
        The first row names the columns
      </label>
    </fieldset>
  );
}

function DateOrderField({ preview, change }: Pick<MappingProps, 'preview' | 'change'>) {
  return (
    <div className="field">
      <label className="field__label" htmlFor="nps-import-date-order">
        Dates are written
      </label>
      <select
        id="nps-import-date-order"
        className="input"
        value={preview.dateOrder}
        aria-describedby="nps-import-date-order-hint"
        onChange={(e) => change({ dateOrder: e.target.value === 'dmy' ? 'dmy' : 'mdy' })}
      >
        <option value="mdy">Month first (US)</option>
        <option value="dmy">Day first</option>
      </select>
      <p id="nps-import-date-order-hint" className="field__hint">
        {preview.dateOrderAmbiguous
          ? 'No date in the file tells day from month: check the dates below.'
          : preview.dateOrder === 'mdy'
            ? '2/8 is 8 February.'
            : '2/8 is 2 August.'}
      </p>
    </div>
  );
}
