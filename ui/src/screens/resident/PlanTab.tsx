import { Heading2 } from '@utrecht/component-library-react';
import { AGREEMENT_STATUSES, GOAL_STATUSES, type AgreementStatus, type GoalStatus } from '../../api/contract.gen';
import * as api from '../../api/contract.gen';
import { useText } from '../../i18n/useText';
import { PlanList } from './PlanList';
import type { TabProps } from './tabProps';

/** Afspraken en doelen: agreements made with the resident and goals of the plan. */
export function PlanTab({ residentId, view, onView }: TabProps) {
  const { t } = useText();
  return (
    <>
      <Heading2>{t('file-tab-plan')}</Heading2>
      <PlanList
        idPrefix="agreement"
        title={t('plan-agreements')}
        emptyText={t('plan-agreements-empty')}
        dateLabel={t('plan-due-on')}
        newTitle={t('plan-agreement-new')}
        editTitle={t('plan-agreement-edit')}
        statuses={AGREEMENT_STATUSES}
        items={view.agreements.map((a) => ({ id: a.id, description: a.description, date: a.due_on, status: a.status }))}
        onSave={async (id, v) =>
          onView(
            await api.agreementSave({
              resident_id: residentId,
              id,
              description: v.description,
              due_on: v.date || null,
              status: v.status as AgreementStatus,
            }),
          )
        }
      />
      <PlanList
        idPrefix="goal"
        title={t('plan-goals')}
        emptyText={t('plan-goals-empty')}
        dateLabel={t('plan-target-date')}
        newTitle={t('plan-goal-new')}
        editTitle={t('plan-goal-edit')}
        statuses={GOAL_STATUSES}
        items={view.goals.map((g) => ({ id: g.id, description: g.description, date: g.target_date, status: g.status }))}
        onSave={async (id, v) =>
          onView(
            await api.goalSave({
              resident_id: residentId,
              id,
              description: v.description,
              target_date: v.date || null,
              status: v.status as GoalStatus,
            }),
          )
        }
      />
    </>
  );
}
