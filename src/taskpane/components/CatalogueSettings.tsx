import { Button, Caption1, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowResetRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { editionFor } from '../../catalogue/editions';
import { bundledCatalogue, catalogueJson } from '../../catalogue/load';
import type { CatalogueIssue } from '../../catalogue/parse';
import type { Catalogue } from '../../catalogue/schema';
import { useCatalogueChoice } from '../catalogue-context';
import { downloadFile } from '../download';
import { catalogueIssueText } from '../../i18n/findings';
import { useLanguage, useT } from '../i18n-context';
import { EditionSelect } from './EditionSelect';
import { FileButton } from './FileButton';

/** A broken file can hold hundreds of thousands of faults: the first ones say enough. */
const SHOWN_ISSUES = 20;

/**
 * The catalogue in use: a bundled edition (by the plan's year, or the one picked) or the
 * clerk's own; import one (checked; a bad file changes nothing), export it, or go back.
 */
export function CatalogueSettings() {
  const t = useT();
  const lang = useLanguage();
  const { imported, edition, chooseImported } = useCatalogueChoice();
  // Outside a plan the newest edition stands for "the edition of the plan's year".
  const catalogue = imported ?? bundledCatalogue(edition ?? editionFor(null));
  const [issues, setIssues] = useState<CatalogueIssue[] | null>(null);
  const [notKept, setNotKept] = useState(false);

  const choose = async (chosen: Catalogue | null) => setNotKept(!(await chooseImported(chosen)));

  const importFile = async (file: File) => {
    const { parseCatalogue } = await import('../../catalogue/parse');
    const result = parseCatalogue(await file.text());
    setIssues(result.ok ? null : result.issues);
    if (result.ok) await choose(result.catalogue);
  };

  const exportFile = () => downloadFile('danh-muc-nhiem-vu-cchc.json', catalogueJson(catalogue), 'application/json');

  return (
    <div className="catalogue-settings">
      <Text weight="semibold">{t('settings.catalogue')}</Text>
      <EditionSelect planYear={null} onKept={(kept) => setNotKept(!kept)} />
      <Caption1 data-testid="catalogue-info">{t('settings.catalogueInfo', { version: catalogue.version, count: catalogue.tasks.length })}</Caption1>
      <FileButton label={t('settings.importCatalogue')} accept=".json,application/json" icon={<ArrowUploadRegular />} testId="catalogue-input" onFile={(file) => void importFile(file)} />
      <Button icon={<ArrowDownloadRegular />} onClick={exportFile}>{t('settings.exportCatalogue')}</Button>
      <Button icon={<ArrowResetRegular />} onClick={() => void choose(null)}>{t('settings.defaultCatalogue')}</Button>
      {notKept && (
        <MessageBar intent="warning" data-testid="catalogue-not-kept">
          <MessageBarBody>{t('settings.catalogueNotKept')}</MessageBarBody>
        </MessageBar>
      )}
      {issues && (
        <MessageBar intent="error" data-testid="catalogue-issues">
          <MessageBarBody>
            {t('settings.badCatalogue')}
            <ul>
              {issues.slice(0, SHOWN_ISSUES).map((issue) => (
                <li key={`${issue.path}:${issue.message}`} data-path={issue.path}>
                  {catalogueIssueText(issue, lang)}
                </li>
              ))}
              {issues.length > SHOWN_ISSUES && <li>{t('settings.moreIssues', { count: issues.length - SHOWN_ISSUES })}</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
