// Draws every page of the PDF into an <img> inside a sheet element, one page at a time. Printing the
// images instead of the PDF is the point of this window: Chromium's own PDF viewer prints blank sheets.
// Memory stays bounded for a 200-page notice: one canvas is reused for every page, each page's pdf.js
// resources are released once drawn, and each page is kept as a compressed PNG (a few hundred KB);
// Chromium's cache of decoded images has its own cap.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PrintFailure } from './pdf-document';
import { sheetSizeFromPoints, type SheetSize } from './sheet-size';

/** About 200 DPI: sharp on a laser printer, and an A4 page stays under 4 megapixels. */
const renderScale = 200 / 72;

export interface DrawnSheets {
  pageCount: number;
  /** The first page's size, which becomes the paper size. */
  firstSheet: SheetSize;
}

export async function drawSheets(
  pdf: PDFDocumentProxy,
  container: HTMLElement,
  onPageDrawn: (rendered: number, total: number) => void,
): Promise<DrawnSheets> {
  const total = pdf.numPages;
  const canvas = document.createElement('canvas');
  let firstSheet: SheetSize | undefined;
  try {
    for (let pageNumber = 1; pageNumber <= total; pageNumber += 1) {
      const size = await drawPage(pdf, pageNumber, canvas, container);
      firstSheet ??= size;
      onPageDrawn(pageNumber, total);
    }
  } finally {
    // Zero-sized, the canvas gives its backing store back at once instead of at garbage collection.
    canvas.width = 0;
    canvas.height = 0;
  }
  if (!firstSheet) throw new PrintFailure('无法读取要打印的文件：文件中没有任何页面');
  return { pageCount: total, firstSheet };
}

async function drawPage(
  pdf: PDFDocumentProxy,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  container: HTMLElement,
): Promise<SheetSize> {
  let page: PDFPageProxy | null = null;
  try {
    page = await pdf.getPage(pageNumber);
    // The viewport at scale 1 is in points and already turned by the page's /Rotate.
    const pointSize = page.getViewport({ scale: 1 });
    const size = sheetSizeFromPoints(pointSize.width, pointSize.height);
    const viewport = page.getViewport({ scale: renderScale });
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport, intent: 'print' }).promise;
    const png = await canvasToPng(canvas);
    await appendSheet(container, png, size, pageNumber);
    return size;
  } catch (error) {
    if (error instanceof PrintFailure) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new PrintFailure(`无法绘制第 ${pageNumber} 页：${reason}`);
  } finally {
    page?.cleanup();
  }
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('页面图像生成失败，可能是内存不足'))),
      'image/png',
    );
  });
}

async function appendSheet(
  container: HTMLElement,
  png: Blob,
  size: SheetSize,
  pageNumber: number,
): Promise<void> {
  const sheet = document.createElement('section');
  sheet.className = 'sheet';
  sheet.dataset.page = String(pageNumber);
  // The screen preview keeps the page's proportions at up to its real width (print.css).
  sheet.style.setProperty('--sheet-width', `${size.widthMm}mm`);
  sheet.style.setProperty('--sheet-aspect', `${size.widthMm} / ${size.heightMm}`);
  const image = new Image();
  image.alt = `第 ${pageNumber} 页`;
  // The object URL lives as long as the window: Chromium may drop a decoded image and read it again to print.
  image.src = URL.createObjectURL(png);
  // Loaded, not decoded: printing decodes each image as it lays the sheet out, and decoding all of them
  // up front kept every page's bitmap in Chromium's image cache (some 470 MB more for 200 pages).
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new PrintFailure(`第 ${pageNumber} 页的图像无法载入`));
  });
  sheet.append(image);
  container.append(sheet);
  await loaded;
}
