// The closed lists of the matching (crates/domain/src/matching, `choice_enum!`): machine
// name and the Fluent id of its label in locales/*/domain.ftl.

import { msg } from '../i18n/msg';
import type { Choice } from './choices';
import type {
  ContactParty,
  ContractKind,
  DemandLevel,
  Indication,
  MatchComponent,
  MatchEffect,
  PlacementEndReason,
  ReferenceDataset,
  SupportKind,
  WorkplaceKind,
} from './types';

export const WORKPLACE_KINDS: Choice<WorkplaceKind>[] = [
  { value: 'regulier', label: msg('workplace-kind-regulier') },
  { value: 'beschut', label: msg('workplace-kind-beschut') },
  { value: 'aangepast', label: msg('workplace-kind-aangepast') },
  { value: 'leerwerkplek', label: msg('workplace-kind-leerwerkplek') },
];

/** Light to heavy, for work (demand) and for a resident (capacity). */
export const DEMAND_LEVELS: Choice<DemandLevel>[] = [
  { value: 'licht', label: msg('demand-level-licht') },
  { value: 'middel', label: msg('demand-level-middel') },
  { value: 'zwaar', label: msg('demand-level-zwaar') },
];

export const SUPPORT_KINDS: Choice<SupportKind>[] = [
  { value: 'jobcoach_on_site', label: msg('support-kind-jobcoach-on-site') },
  { value: 'adjusted_hours', label: msg('support-kind-adjusted-hours') },
  { value: 'quiet_workspace', label: msg('support-kind-quiet-workspace') },
  { value: 'adapted_equipment', label: msg('support-kind-adapted-equipment') },
  { value: 'buddy', label: msg('support-kind-buddy') },
  { value: 'accessible_building', label: msg('support-kind-accessible-building') },
  { value: 'extra_instruction', label: msg('support-kind-extra-instruction') },
];

export const INDICATIONS: Choice<Indication>[] = [
  { value: 'beschut_werk', label: msg('indication-beschut-werk') },
  { value: 'banenafspraak', label: msg('indication-banenafspraak') },
];

export const CONTRACT_KINDS: Choice<ContractKind>[] = [
  { value: 'arbeidsovereenkomst', label: msg('contract-kind-arbeidsovereenkomst') },
  { value: 'proefplaatsing', label: msg('contract-kind-proefplaatsing') },
  { value: 'detachering', label: msg('contract-kind-detachering') },
  { value: 'leerwerkplek', label: msg('contract-kind-leerwerkplek') },
  { value: 'beschut_dienstverband', label: msg('contract-kind-beschut-dienstverband') },
  { value: 'participatieplek', label: msg('contract-kind-participatieplek') },
];

export const PLACEMENT_END_REASONS: Choice<PlacementEndReason>[] = [
  { value: 'contract_ended', label: msg('placement-end-reason-contract-ended') },
  { value: 'resident_quit', label: msg('placement-end-reason-resident-quit') },
  { value: 'dismissed', label: msg('placement-end-reason-dismissed') },
  { value: 'not_suitable', label: msg('placement-end-reason-not-suitable') },
  { value: 'health', label: msg('placement-end-reason-health') },
  { value: 'doorstroom_regulier', label: msg('placement-end-reason-doorstroom-regulier') },
  { value: 'other', label: msg('placement-end-reason-other') },
];

export const CONTACT_PARTIES: Choice<ContactParty>[] = [
  { value: 'employer', label: msg('contact-party-employer') },
  { value: 'resident', label: msg('contact-party-resident') },
  { value: 'both', label: msg('contact-party-both') },
];

export const MATCH_EFFECTS: Choice<MatchEffect>[] = [
  { value: 'plus', label: msg('match-effect-plus') },
  { value: 'minus', label: msg('match-effect-minus') },
  { value: 'neutral', label: msg('match-effect-neutral') },
  { value: 'exclusion', label: msg('match-effect-exclusion') },
];

export const MATCH_COMPONENTS: Choice<MatchComponent>[] = [
  { value: 'occupation', label: msg('match-component-occupation') },
  { value: 'hours', label: msg('match-component-hours') },
  { value: 'travel', label: msg('match-component-travel') },
  { value: 'days', label: msg('match-component-days') },
  { value: 'support', label: msg('match-component-support') },
  { value: 'physical', label: msg('match-component-physical') },
  { value: 'mental', label: msg('match-component-mental') },
  { value: 'dutch', label: msg('match-component-dutch') },
  { value: 'kind', label: msg('match-component-kind') },
];

/** The reference datasets a laptop receives by sync (`Dataset`). */
export const REFERENCE_DATASETS: Choice<ReferenceDataset>[] = [
  { value: 'esco_occupations', label: msg('reference-dataset-esco-occupations') },
  { value: 'isco_groups', label: msg('reference-dataset-isco-groups') },
  { value: 'pc4', label: msg('reference-dataset-pc4') },
];
