// Goods lines: description, HS code with its label (reader's language, French where missing), quantity,
// unit, value, origin.
import { Table, Text } from '@mantine/core';
import type { DossierDetail } from '@portail/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../../components/format';
import { type LocalizedText, localizedText, useLabelOf } from '../../../components/localized';

export function GoodsTable({ goods }: { goods: DossierDetail['goods'] }) {
  const { t, i18n } = useTranslation();
  const label = useLabelOf();
  const captionId = useId();
  if (goods.length === 0) return <Text c="dimmed">{t('dossiers.dossier.goods.empty')}</Text>;
  const currencies = new Set(goods.map((g) => g.currency));
  const total = currencies.size === 1 ? goods.reduce((s, g) => s + Number(g.value), 0) : null;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region on small screens (WCAG 2.1.1)
    <section aria-labelledby={captionId} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <Table striped verticalSpacing="xs" fz="sm" style={{ minWidth: 620 }}>
        <Table.Caption id={captionId} className="visually-hidden">
          {t('dossiers.dossier.goods.caption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dossiers.dossier.goods.line')}</Table.Th>
            <Table.Th scope="col">{t('dossiers.dossier.goods.description')}</Table.Th>
            <Table.Th scope="col">{t('dossiers.dossier.goods.hsCode')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'end' }}>
              {t('dossiers.dossier.goods.quantity')}
            </Table.Th>
            <Table.Th scope="col">{t('dossiers.dossier.goods.unit')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'end' }}>
              {t('dossiers.dossier.goods.value')}
            </Table.Th>
            <Table.Th scope="col">{t('dossiers.dossier.goods.origin')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {goods.map((g) => (
            <Table.Tr key={g.lineNo}>
              <Table.Td>{g.lineNo}</Table.Td>
              <Table.Td>{g.description}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" fw={600}>
                  {g.hsCode}
                </Text>
                {g.hsLabel ? <HsLabel label={g.hsLabel} labels={g.hsLabels} lang={i18n.language} /> : null}
              </Table.Td>
              <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>
                {formatNumber(g.quantity)}
              </Table.Td>
              <Table.Td>{label(g.unit)}</Table.Td>
              <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>
                {formatMoney(g.value, g.currency)}
              </Table.Td>
              <Table.Td>{g.originCountry ? label(g.originCountry) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        {total !== null && goods.length > 1 ? (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" colSpan={5} style={{ textAlign: 'end' }}>
                {t('dossiers.dossier.goods.total')}
              </Table.Th>
              <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap', fontWeight: 700 }}>
                {formatMoney(total, [...currencies][0])}
              </Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        ) : null}
      </Table>
    </section>
  );
}

function HsLabel({ label, labels, lang }: { label: string; labels?: LocalizedText; lang: string }) {
  const { text, ...attrs } = labels ? localizedText(labels, lang) : { text: label };
  return (
    <Text size="xs" c="dimmed" lineClamp={2} maw={220} {...attrs} data-testid="hs-label">
      {text}
    </Text>
  );
}
