import type { Markdown } from './card-text.js';

/**
 * A platform-neutral card. Handlers and the builders in cards/ produce these; each platform adapter
 * renders them (Feishu: card JSON 2.0; sandbox: text), so no handler ever touches a platform payload.
 */

/** Header colour, mapped to the platform's templates. */
export type CardTone = 'blue' | 'green' | 'orange' | 'red' | 'grey';

/** A button; `value` comes back in the card action event (keep ids only, never trust them blindly). */
export interface CardButton {
  text: string;
  action: string;
  value?: Record<string, string | number>;
  style?: 'primary' | 'default' | 'danger';
  /** A confirmation dialog before the action is sent. */
  confirm?: { title: string; text: string };
}

/**
 * A link button: opens `url` in the platform's in-app browser (the check-in page) instead of sending an
 * action. Feishu: a button with an `open_url` behaviour; sandbox: the address printed for the terminal.
 */
export interface CardLinkButton {
  text: string;
  url: string;
  style?: 'primary' | 'default';
}

/** A text input in a card form. */
export interface CardInput {
  name: string;
  label: string;
  placeholder?: string;
  defaultValue?: string;
  required?: boolean;
}

/** One block of a card. */
export type CardElement =
  /** Markdown: only escaped text gets in (see `card-text.ts`). */
  | { kind: 'markdown'; text: Markdown }
  | { kind: 'fields'; fields: { label: string; value: string }[] }
  | { kind: 'divider' }
  | { kind: 'note'; text: Markdown }
  | {
      kind: 'table';
      columns: { key: string; label: string; align?: 'left' | 'right' }[];
      rows: Record<string, string | number>[];
      /** Rows shown per page on platforms that page tables. */
      pageSize?: number;
    }
  | {
      kind: 'barChart';
      title: string;
      /** Bars in display order. */
      bars: { label: string; value: number }[];
      valueLabel: string;
    }
  | { kind: 'actions'; buttons: CardButton[] }
  /** Buttons that open addresses (kept apart so an action button is never mistaken for one). */
  | { kind: 'links'; buttons: CardLinkButton[] }
  | {
      kind: 'form';
      name: string;
      inputs: CardInput[];
      submit: CardButton;
      /**
       * How to give the same without the form (e.g. the command to type), for a form that is useless
       * unfilled: where a platform's cards cannot hold inputs (DingTalk's card template has none), it is
       * shown instead of the submit button. Without it the submit stays, sending no inputs.
       */
      typed?: Markdown;
    };

/** A whole card. */
export interface Card {
  title: string;
  subtitle?: string;
  tone?: CardTone;
  elements: CardElement[];
}
