import { mustGet } from './must-get.js';

/** Database ids of the demo rows by their demo keys, filled as the loader writes them. */
export class DemoIds {
  readonly regions = new Map<string, number>();
  readonly institutions = new Map<string, number>();
  readonly people = new Map<string, number>();
  readonly programs = new Map<string, number>();

  /** The region id of a code. */
  region(code: string): number {
    return mustGet(this.regions, code, 'region');
  }
  /** The institution id of a demo institution key. */
  institution(key: string): number {
    return mustGet(this.institutions, key, 'institution');
  }
  /** The person id of a demo open_id. */
  person(openId: string): number {
    return mustGet(this.people, openId, 'person');
  }
  /** The program id of a program code. */
  program(code: string): number {
    return mustGet(this.programs, code, 'program');
  }
}
