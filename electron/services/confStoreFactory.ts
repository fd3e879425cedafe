import Conf from 'conf';
import { STORE_OPTIONS, wrapConf, type StoreFactory } from './storeFiles';

/** The Node-only factory: the same `conf` that electron-store extends. */
export const confStoreFactory: StoreFactory = (cwd, name) =>
  wrapConf(cwd, name, () => new Conf<Record<string, unknown>>({ ...STORE_OPTIONS, cwd, configName: name }));
