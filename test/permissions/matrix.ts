import type { ActorName } from './fixtures.js';

/** A permission table: for every actor, the expected answer for every column. */
export type Matrix<Column extends string> = Record<ActorName, Record<Column, boolean>>;

/** The table as rows for `it.each`: `[actor, column, expected]`. */
export function matrixCases<Column extends string>(matrix: Matrix<Column>): [ActorName, Column, boolean][] {
  return (Object.entries(matrix) as [ActorName, Record<Column, boolean>][]).flatMap(([actor, row]) =>
    (Object.entries(row) as [Column, boolean][]).map(([column, expected]): [ActorName, Column, boolean] => [
      actor,
      column,
      expected,
    ]),
  );
}
