// Public page /verification/:code (no login), reached from a decision's QR code: is the decision
// authentic, what is its state now, and the SHA-256 of the PDF we issued.
import {
  Alert,
  Anchor,
  Box,
  Card,
  Code,
  Container,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../../components/localized';
import { PortnetLogo } from '../../../components/PortnetLogo';
import { useVerification } from '../api/verification';
import { formatDate } from '../format';

export default function VerificationPage() {
  const { t, i18n } = useTranslation();
  const { code } = useParams({ strict: false }) as { code: string };
  const q = useVerification(code);
  useEffect(() => {
    document.title = `${t('processing.verification.title')} — ${t('app.name')}`;
  }, [t]);
  const d = q.data?.decision;
  return (
    <Box bg="gray.0" mih="100vh">
      <Box
        component="header"
        bg="white"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size="md">
          <Anchor component={Link} to="/" aria-label={t('processing.verification.home')}>
            <PortnetLogo height={28} />
          </Anchor>
        </Container>
      </Box>
      <Container size="md" py="xl" component="main" id="contenu">
        <Title order={1} size="h2" c="portnet.9" mb="md">
          {t('processing.verification.title')}
        </Title>
        {q.isLoading && <Loader aria-label={t('processing.common.loading')} />}
        {q.isError && (
          <Alert color="red" role="alert" title={t('processing.verification.errorTitle')}>
            {t('processing.verification.error')}
          </Alert>
        )}
        {q.data && q.data.status !== 'authentique' && (
          <Alert
            color="red.9"
            variant="filled"
            role="alert"
            icon={<IconAlertTriangle aria-hidden />}
            title={t(`processing.verification.${q.data.status}Title`)}
          >
            {t(`processing.verification.${q.data.status}`)}
          </Alert>
        )}
        {d && (
          <Stack>
            <Alert
              color="teal.9"
              variant="filled"
              role="status"
              icon={<IconCircleCheck aria-hidden />}
              title={t('processing.verification.authenticTitle')}
            >
              {t('processing.verification.authentic', { number: d.number })}
            </Alert>
            <Card withBorder radius="md" padding="lg">
              <Table
                variant="vertical"
                layout="fixed"
                withRowBorders
                aria-label={t('processing.verification.details')}
              >
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={240}>{t('processing.verification.number')}</Table.Th>
                    <Table.Td>{d.number}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('processing.verification.procedure')}</Table.Th>
                    <Table.Td>
                      {d.procedureNames ? inLanguage(d.procedureNames, i18n.language) : d.procedure}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('processing.verification.outcome')}</Table.Th>
                    <Table.Td>{t(`processing.outcomes.${d.outcome.code}`)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('processing.verification.decidedAt')}</Table.Th>
                    <Table.Td>{formatDate(d.decidedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                  {d.validFrom && d.validUntil && (
                    <Table.Tr>
                      <Table.Th>{t('processing.verification.validity')}</Table.Th>
                      <Table.Td>
                        {t('processing.verification.validityRange', {
                          from: formatDate(d.validFrom, i18n.language),
                          until: formatDate(d.validUntil, i18n.language),
                        })}
                      </Table.Td>
                    </Table.Tr>
                  )}
                  <Table.Tr>
                    <Table.Th>{t('processing.verification.operator')}</Table.Th>
                    <Table.Td>{d.operator}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('processing.verification.signatory')}</Table.Th>
                    <Table.Td>{d.signatory ?? '—'}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('processing.verification.state')}</Table.Th>
                    <Table.Td>
                      <Text fw={700} data-testid="verification-state">
                        {t(`processing.states.${d.state.code}`, { defaultValue: d.state.label })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('processing.verification.sha256')}</Table.Th>
                    <Table.Td>
                      <Code style={{ wordBreak: 'break-all' }} data-testid="verification-sha256">
                        {d.pdfSha256 ?? '—'}
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Card>
            <Group>
              <Text size="sm" c="dark.6">
                {t('processing.verification.sha256Help')}
              </Text>
            </Group>
          </Stack>
        )}
      </Container>
    </Box>
  );
}
