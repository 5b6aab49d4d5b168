// Every procedure the portal offers. Adding a procedure = adding a definition here.
import type { ProcedureDefinitionInput } from '@portail/contracts';
import { AMMPS, ANRT, CCM, CITES, ONICL, SPS } from './agencies.ts';
import { DFD } from './dfd.ts';
import { COC, LE, LI } from './mic.ts';

export const DEFINITIONS: ProcedureDefinitionInput[] = [
  DFD,
  LI,
  COC,
  LE,
  SPS,
  AMMPS,
  ANRT,
  ONICL,
  CITES,
  CCM,
];
