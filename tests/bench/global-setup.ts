import fs from 'node:fs';
import e2eSetup from '../e2e/global-setup';
import { PARTS_DIR } from './stats';

/** The e2e checks (app built, a host present), and no figures left from an earlier run. */
export default function globalSetup(): void {
  e2eSetup();
  fs.rmSync(PARTS_DIR, { recursive: true, force: true });
}
