/**
 * JSON-LD for search engines: each essay is an Article that is part of the
 * CreativeWorkSeries "De luisterende koning".
 */
export interface ArticleInput {
  url: string;
  headline: string;
  description: string;
  image: string;
  datePublished: Date;
  dateModified?: Date | undefined;
  author: string;
  language: string;
  position: number;
  series: { name: string; url: string };
  publisher: { name: string; url: string };
}

/** Schema.org Article, part of the series. */
export function articleJsonLd(input: ArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.headline,
    description: input.description,
    image: input.image,
    datePublished: input.datePublished.toISOString(),
    dateModified: (input.dateModified ?? input.datePublished).toISOString(),
    inLanguage: input.language,
    author: { '@type': 'Organization', name: input.author },
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    position: input.position,
    isPartOf: { '@type': 'CreativeWorkSeries', name: input.series.name, url: input.series.url },
  };
}

/** Schema.org CreativeWorkSeries for the home page, listing its parts. */
export function seriesJsonLd(input: {
  url: string;
  name: string;
  description: string;
  language: string;
  parts: { url: string; headline: string; position: number }[];
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWorkSeries',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.language,
    hasPart: input.parts.map((part) => ({
      '@type': 'Article',
      url: part.url,
      headline: part.headline,
      position: part.position,
    })),
  };
}
