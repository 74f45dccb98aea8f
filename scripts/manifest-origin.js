/**
 * The manifest for the origin the add-in is served from: every URL of manifest.xml
 * names https://localhost:3000 (development); a province's build names its own server.
 */
const DEV_ORIGIN = 'https://localhost:3000';

/** The manifest text with the development origin replaced; the origin must be a bare https origin. */
function manifestFor(xml, origin) {
  if (!origin) return xml;
  let url;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`ADDIN_ORIGIN is not a URL: ${origin}`);
  }
  if (url.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash || origin.endsWith('/')) {
    throw new Error(`ADDIN_ORIGIN must be an https origin without a path, e.g. https://cchc.snv.example.gov.vn (got ${origin})`);
  }
  return xml.split(DEV_ORIGIN).join(url.origin);
}

module.exports = { manifestFor, DEV_ORIGIN };
