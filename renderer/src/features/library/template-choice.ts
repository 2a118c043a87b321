import { AGENDA_TEMPLATES, agendaTotalMinutes, TEMPLATE_IDS, type TemplateId } from '../../../../shared/method/agenda-templates';

export interface TemplateChoice {
  readonly id: TemplateId;
  readonly title: string;
  readonly duration: string;
  readonly description: string;
}

/** "3 hours", "90 minutes", "2 hours 30 minutes": how long the agenda takes, in words. */
export function formatDuration(minutes: number): string {
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} hours` : `${hours} hours ${rest} minutes`;
}

/** The template radio buttons, in method order, with durations computed from the agendas themselves. */
export const TEMPLATE_CHOICES: readonly TemplateChoice[] = TEMPLATE_IDS.map((id) => {
  const template = AGENDA_TEMPLATES[id];
  return {
    id,
    title: template.title,
    duration: formatDuration(agendaTotalMinutes(template.blocks)),
    description: template.description,
  };
});
