// Reading generated DOCX files back as Word would: the package (jszip), the body's paragraphs
// with their runs (text, font, size, bold/italic/underline), the section's page settings and the
// headers each section refers to.
import JSZip from 'jszip';

export type DocxRun = {
  text: string;
  font: string | null;
  /** Half-points (w:sz), as Word stores them. */
  halfPoints: number | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
};
export type DocxParagraph = {
  text: string;
  runs: DocxRun[];
  align: string | null;
  firstLineIndent: number | null;
};

export type DocxPackage = {
  documentXml: string;
  paragraphs: DocxParagraph[];
  /** Header XML by type (default, first, even). */
  headers: Record<string, string>;
};

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A boolean toggle such as <w:b/> or <w:b w:val="false"/>. */
function toggle(rPr: string, tag: string): boolean {
  const m = new RegExp(`<w:${tag}(?: w:val="([^"]*)")?/>`).exec(rPr);
  return !!m && m[1] !== 'false' && m[1] !== '0' && m[1] !== 'none';
}

export function parseParagraphs(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  for (const p of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const body = p[0];
    const runs: DocxRun[] = [];
    for (const r of body.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
      const inner = r[1] ?? '';
      const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(inner)?.[1] ?? '';
      const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)]
        .map((t) => decode(t[1] ?? ''))
        .join('');
      runs.push({
        text,
        font: /<w:rFonts [^>]*w:ascii="([^"]+)"/.exec(rPr)?.[1] ?? null,
        halfPoints: Number(/<w:sz w:val="(\d+)"/.exec(rPr)?.[1] ?? Number.NaN) || null,
        bold: toggle(rPr, 'b'),
        italic: toggle(rPr, 'i'),
        underline: toggle(rPr, 'u'),
      });
    }
    const indent = /<w:ind [^>]*w:firstLine="(\d+)"/.exec(body)?.[1];
    out.push({
      text: runs.map((r) => r.text).join(''),
      runs,
      align: /<w:jc w:val="([^"]+)"/.exec(body)?.[1] ?? null,
      firstLineIndent: indent ? Number(indent) : null,
    });
  }
  return out;
}

export async function readDocx(bytes: Buffer): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const file = async (path: string) => {
    const f = zip.file(path);
    if (!f) throw new Error(`missing ${path} in the DOCX package`);
    return f.async('string');
  };
  const documentXml = await file('word/document.xml');
  const rels = await file('word/_rels/document.xml.rels');
  const target = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const headers: Record<string, string> = {};
  for (const m of documentXml.matchAll(/<w:headerReference w:type="(\w+)" r:id="([^"]+)"\/>/g)) {
    headers[m[1]!] = await file(`word/${target.get(m[2]!)}`);
  }
  return { documentXml, paragraphs: parseParagraphs(documentXml), headers };
}
