/**
 * Share URLs for the networks marketing uses. Plain links: they work without
 * JavaScript and send nothing until the reader clicks.
 */
export type Network = 'linkedin' | 'x' | 'whatsapp' | 'email';
export const networks: readonly Network[] = ['linkedin', 'x', 'whatsapp', 'email'];
/** Where a shared link came from: a network, a copied link, or the system share sheet. */
export type ShareSource = Network | 'copy' | 'system';

/** X counts every URL as 23 characters (t.co), plus one space. */
const X_LIMIT = 280;
const X_URL_LENGTH = 23;

export interface ShareInput {
  /** Absolute URL of the page being shared. */
  url: string;
  /** Title of the page, used as e-mail subject (and X text when there is no post). */
  title: string;
  /** Sentence that introduces the link in WhatsApp, e-mail and the system share sheet. */
  message: string;
  /** The post on X, when it should say more than the title. */
  post?: string | undefined;
  /** utm_campaign value from the site config. */
  campaign: string;
}

/**
 * utm_medium per source, as analytics tools group traffic: networks are
 * social, a mail is email, and a copied or system-shared link lands wherever
 * the reader pastes it, so it counts as a referral.
 */
export const mediumOf: Record<ShareSource, 'social' | 'email' | 'referral'> = {
  linkedin: 'social',
  x: 'social',
  whatsapp: 'social',
  email: 'email',
  copy: 'referral',
  system: 'referral',
};

/** The page URL with stable campaign tags for one network. */
export function taggedUrl(url: string, network: ShareSource, campaign: string): string {
  const tagged = new URL(url);
  tagged.searchParams.set('utm_source', network);
  tagged.searchParams.set('utm_medium', mediumOf[network]);
  tagged.searchParams.set('utm_campaign', campaign);
  return tagged.href;
}

/** Shortens text with an ellipsis so that text plus URL fit in one post on X. */
export function fitForX(text: string): string {
  const room = X_LIMIT - X_URL_LENGTH - 1;
  const chars = Array.from(text);
  return chars.length <= room
    ? text
    : `${chars
        .slice(0, room - 1)
        .join('')
        .trimEnd()}…`;
}

/** A new e-mail in the reader's own mail program. */
export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** A WhatsApp message with the text filled in. */
export function whatsappHref(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}

/** The share link for one network. */
export function shareHref(network: Network, input: ShareInput): string {
  const url = taggedUrl(input.url, network, input.campaign);
  const enc = encodeURIComponent;
  switch (network) {
    case 'linkedin':
      // LinkedIn reads title, description and image from the page's og: tags.
      return `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`;
    case 'x':
      return `https://x.com/intent/post?text=${enc(fitForX(input.post ?? input.title))}&url=${enc(url)}`;
    case 'whatsapp':
      return whatsappHref(`${input.message} ${url}`);
    case 'email':
      return mailtoHref(input.title, `${input.message}\n\n${url}`);
  }
}
