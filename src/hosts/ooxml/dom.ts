import { DOMParser } from '@xmldom/xmldom';
import { DocumentError } from '../errors';
import { refuseDoctype } from './xml';

// Only the writers build a DOM: reading streams (stream-xml.ts), so checking a plan never loads xmldom.
/**
 * Parses a package part. OOXML never carries a DTD, so one is refused outright:
 * no entity is ever declared, expanded or fetched.
 */
export function parseXml(xml: string): Document {
  refuseDoctype(xml);
  let failed = false;
  const doc = new DOMParser({
    onError: (level) => {
      if (level !== 'warning') failed = true;
    },
  }).parseFromString(xml, 'text/xml');
  if (failed || !doc.documentElement) throw new DocumentError('error.corruptFile');
  return doc as unknown as Document;
}

