/**
 * The planner's pure logic: templates, hours and shares, warnings, the pairing summary
 * and which engagement a week belongs to. No I/O: main and renderer both use it.
 */
export * from './template';
export * from './rituals';
export * from './totals';
export * from './warnings';
export * from './pairing';
export * from './owner';
export * from './engagementWeeks';
