// Contactez-nous: the support desk's phone numbers and hours, and a form that creates a request of
// type Contact (a session is needed to send it: the answer comes back in Mes réclamations).
import {
  Alert,
  Anchor,
  Button,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconClock, IconMail, IconPhone } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { useCreateContact } from '../api/tickets';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';

export default function ContactPage() {
  const { t } = useTranslation();
  const session = useSession();
  const create = useCreateContact();
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [reference, setReference] = useState<string | null>(null);
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  const send = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (subject.trim().length < 5)
      found.push({ fieldId: 'contact-subject', message: t('helpCenter.new.errors.subject') });
    if (description.trim().length < 20)
      found.push({ fieldId: 'contact-message', message: t('helpCenter.new.errors.description') });
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.length > 0) return;
    try {
      const res = await create.mutateAsync({ subject: subject.trim(), description: description.trim() });
      setReference(res.reference);
    } catch (err) {
      setErrors([
        {
          fieldId: 'contact-subject',
          message: err instanceof ApiError ? err.message : t('helpCenter.new.errors.server'),
        },
      ]);
      setAttempt((a) => a + 1);
    }
  };

  const loginHref = `/api/auth/login?returnTo=${encodeURIComponent('/aide/contact')}`;

  return (
    <>
      <PageHeader
        title={t('help.options.contact.label')}
        crumbs={[{ label: t('help.title'), to: '/aide/faq' }, { label: t('help.options.contact.label') }]}
      />
      <ErrorSummary errors={errors} attempt={attempt} />
      <SimpleGrid cols={{ base: 1, md: 3 }} mb="lg">
        <Paper withBorder p="md" radius="md">
          <Stack gap={6}>
            <IconPhone size={24} aria-hidden />
            <Title order={2} size="h5">
              {t('helpCenter.contact.phoneTitle')}
            </Title>
            <Text>
              <Anchor href="tel:+212522997575">+212 5 22 99 75 75</Anchor>
            </Text>
            <Text size="sm">{t('helpCenter.contact.phoneHint')}</Text>
            <Text>
              <Anchor href="tel:+212522997576">+212 5 22 99 75 76</Anchor>
            </Text>
            <Text size="sm">{t('helpCenter.contact.phoneHint2')}</Text>
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap={6}>
            <IconClock size={24} aria-hidden />
            <Title order={2} size="h5">
              {t('helpCenter.contact.hoursTitle')}
            </Title>
            <Text>{t('helpCenter.contact.hours')}</Text>
            <Text size="sm">{t('helpCenter.contact.hoursHint')}</Text>
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap={6}>
            <IconMail size={24} aria-hidden />
            <Title order={2} size="h5">
              {t('helpCenter.contact.mailTitle')}
            </Title>
            <Text>
              <Anchor href="mailto:support@portnet.ma">support@portnet.ma</Anchor>
            </Text>
            <Text size="sm">{t('helpCenter.contact.mailHint')}</Text>
          </Stack>
        </Paper>
      </SimpleGrid>

      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('helpCenter.contact.formTitle')}
        </Title>
        {reference ? (
          <Alert color="green" title={t('helpCenter.contact.sent')}>
            <Text>
              {t('helpCenter.new.done.reference')} <strong>{reference}</strong>
            </Text>
            <Anchor component={Link} to={`/aide/reclamations/${reference}`}>
              {t('helpCenter.new.done.open')}
            </Anchor>
          </Alert>
        ) : session.isPending ? null : !session.data ? (
          <Stack gap="sm" align="flex-start">
            <Text>{t('helpCenter.contact.signInFirst')}</Text>
            <Button component="a" href={loginHref}>
              {t('public.signIn')}
            </Button>
          </Stack>
        ) : (
          <form onSubmit={send} noValidate>
            <Stack gap="md" maw={720}>
              <TextInput
                id="contact-subject"
                label={t('helpCenter.new.fields.subject')}
                value={subject}
                onChange={(e) => setSubject(e.currentTarget.value)}
                error={fieldError('contact-subject')}
                maxLength={150}
                withAsterisk
              />
              <Textarea
                id="contact-message"
                label={t('helpCenter.contact.message')}
                value={description}
                onChange={(e) => setDescription(e.currentTarget.value)}
                error={fieldError('contact-message')}
                autosize
                minRows={5}
                maxLength={5000}
                withAsterisk
              />
              <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
                {t('helpCenter.new.send')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </>
  );
}
