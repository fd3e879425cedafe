import { createContext } from 'react';
import type { Person } from '../../../shared/model/engagement';

/** The engagement's people, for action-item owners inside the editors. */
export const PeopleContext = createContext<Person[]>([]);
