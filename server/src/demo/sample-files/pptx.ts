import { type FileMeta, type Slide, resolveMeta } from './content.ts';
import { OOXML_CT, REL, ooxmlPackage, relationships } from './ooxml-package.ts';
import { XML, esc } from './zip-xml.ts';

const PML = `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"`;
const SLIDE_W = 12192000;
const SLIDE_H = 6858000;
const CLR_MAP = 'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"';
const GROUP_PROPS =
  '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
  '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';

/** The title and content placeholders of master ('body' in a master), layout and slides; `paragraphs` only on slides. */
function placeholder(kind: 'title' | 'content' | 'body', paragraphs = '<a:p><a:endParaRPr/></a:p>'): string {
  const ph = { title: '<p:ph type="title"/>', content: '<p:ph idx="1"/>', body: '<p:ph type="body" idx="1"/>' }[kind];
  const [id, y, cy] = kind === 'title' ? [2, 457200, 1143000] : [3, 1752600, 4572000];
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${kind === 'title' ? 'Title' : 'Content'} ${id - 1}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="609600" y="${y}"/><a:ext cx="${SLIDE_W - 2 * 609600}" cy="${cy}"/></a:xfrm></p:spPr>` +
    `<p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs}</p:txBody></p:sp>`
  );
}

const THEME =
  `${XML}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Praxisnetz"><a:themeElements>` +
  '<a:clrScheme name="Praxisnetz"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  '<a:dk2><a:srgbClr val="1F3A5F"/></a:dk2><a:lt2><a:srgbClr val="EEF2F6"/></a:lt2>' +
  ['2E6DA4', 'D9822B', '4F9D69', 'A23B72', '6C757D', 'F2C14E'].map((c, i) => `<a:accent${i + 1}><a:srgbClr val="${c}"/></a:accent${i + 1}>`).join('') +
  '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>' +
  '<a:fontScheme name="Praxisnetz">' +
  ['major', 'minor'].map((k) => `<a:${k}Font><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:${k}Font>`).join('') +
  '</a:fontScheme><a:fmtScheme name="Praxisnetz">' +
  `<a:fillStyleLst>${'<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'.repeat(3)}</a:fillStyleLst>` +
  `<a:lnStyleLst>${'<a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'.repeat(3)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${'<a:effectStyle><a:effectLst/></a:effectStyle>'.repeat(3)}</a:effectStyleLst>` +
  `<a:bgFillStyleLst>${'<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'.repeat(3)}</a:bgFillStyleLst>` +
  '</a:fmtScheme></a:themeElements></a:theme>';

/** A 16:9 PowerPoint presentation: one slide per entry, a title and a bulleted list each. */
export function pptxFile(slides: Slide[], meta: FileMeta = {}): Uint8Array {
  const { language } = resolveMeta(meta);
  const run = (text: string, size: number, bold = false) => `<a:r><a:rPr lang="${esc(language)}" sz="${size}"${bold ? ' b="1"' : ''}/><a:t>${esc(text)}</a:t></a:r>`;
  const slideXml = (s: Slide) =>
    `${XML}<p:sld ${PML}><p:cSld><p:spTree>${GROUP_PROPS}` +
    placeholder('title', `<a:p>${run(s.title, 3200, true)}</a:p>`) +
    placeholder(
      'content',
      (s.bullets.length ? s.bullets : ['']).map((b) => `<a:p><a:pPr marL="342900" indent="-342900"><a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>${run(b, 2000)}</a:p>`).join(''),
    ) +
    '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>';
  const shapes = (content: 'content' | 'body') => `<p:spTree>${GROUP_PROPS}${placeholder('title')}${placeholder(content)}</p:spTree>`;
  const slideParts = slides.map((_, i) => `ppt/slides/slide${i + 1}.xml`);
  return ooxmlPackage(
    slides[0]?.title ?? '',
    meta,
    [
      ['ppt/presentation.xml', `${OOXML_CT}.presentationml.presentation.main+xml`],
      ['ppt/slideMasters/slideMaster1.xml', `${OOXML_CT}.presentationml.slideMaster+xml`],
      ['ppt/slideLayouts/slideLayout1.xml', `${OOXML_CT}.presentationml.slideLayout+xml`],
      ['ppt/theme/theme1.xml', `${OOXML_CT}.theme+xml`],
      ...slideParts.map((part): [string, string] => [part, `${OOXML_CT}.presentationml.slide+xml`]),
    ],
    [
      [
        'ppt/_rels/presentation.xml.rels',
        relationships([['slideMaster', 'slideMasters/slideMaster1.xml'], ['theme', 'theme/theme1.xml'], ...slideParts.map((_, i): [string, string] => ['slide', `slides/slide${i + 1}.xml`])]),
      ],
      [
        'ppt/presentation.xml',
        `${XML}<p:presentation ${PML}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>` +
          `<p:sldIdLst>${slides.map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 3}"/>`).join('')}</p:sldIdLst>` +
          `<p:sldSz cx="${SLIDE_W}" cy="${SLIDE_H}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`,
      ],
      ['ppt/slideMasters/_rels/slideMaster1.xml.rels', relationships([['slideLayout', '../slideLayouts/slideLayout1.xml'], ['theme', '../theme/theme1.xml']])],
      [
        'ppt/slideMasters/slideMaster1.xml',
        `${XML}<p:sldMaster ${PML}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>${shapes('body')}</p:cSld>` +
          `<p:clrMap ${CLR_MAP}/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>`,
      ],
      ['ppt/slideLayouts/_rels/slideLayout1.xml.rels', relationships([['slideMaster', '../slideMasters/slideMaster1.xml']])],
      ['ppt/slideLayouts/slideLayout1.xml', `${XML}<p:sldLayout ${PML} type="obj" preserve="1"><p:cSld name="Title and Content">${shapes('content')}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`],
      ['ppt/theme/theme1.xml', THEME],
      ...slides.flatMap((s, i): [string, string][] => [
        [`ppt/slides/_rels/slide${i + 1}.xml.rels`, relationships([['slideLayout', '../slideLayouts/slideLayout1.xml']])],
        [`ppt/slides/slide${i + 1}.xml`, slideXml(s)],
      ]),
    ],
  );
}
