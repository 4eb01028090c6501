/**
 * The contact call to action, rendered by Astro on the about page and by
 * the quiz island under a result. Where it points is set in site.config.ts.
 */
interface Props {
  heading: string;
  body: string;
  cta: string;
  href: string;
  /** The heading level that fits the page's outline. */
  level: 2 | 3;
}

export function ContactBlock({ heading, body, cta, href, level }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="contact-block" aria-labelledby="contact-heading">
      <Heading id="contact-heading">{heading}</Heading>
      <p>{body}</p>
      <p>
        <a class="button" href={href}>
          {cta}
        </a>
      </p>
    </section>
  );
}
