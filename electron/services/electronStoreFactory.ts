import ElectronStore from 'electron-store';
import { STORE_OPTIONS, wrapConf, type StoreFactory } from './storeFiles';

/** The production factory: electron-store at an absolute cwd inside the data folder. */
export const electronStoreFactory: StoreFactory = (cwd, name) =>
  wrapConf(cwd, name, () => new ElectronStore<Record<string, unknown>>({ ...STORE_OPTIONS, cwd, name }));
