import Conf from 'conf';
import { STORE_OPTIONS, wrapConf, type StoreFactory } from './storeFiles';

/** Synchronous `conf` stores, for tests and benchmarks that read a file right after `flush()`; the app uses the writer. */
export const confStoreFactory: StoreFactory = (cwd, name) =>
  wrapConf(cwd, name, () => new Conf<Record<string, unknown>>({ ...STORE_OPTIONS, cwd, configName: name }));
